import { withoutIgnored } from './without-ignored.ts';

/**
 * The search index is split into shards that the search page merges.
 *
 * Why: in Pagefind 1.6 ranking is linear in the matches, but counting filters
 * and sorting grow faster (and every result comes back with all its word
 * positions, which the primary tier keeps few: src/lib/opening-html.ts). Measured at 10,000 texts in Chromium, one index against
 * seven shards: `cai cach hanh chinh` 1,991 against 763 ms before the tiers;
 * with them, 588 against 558 ms live and 1,990 against 622 ms to the filter
 * counts. Shards of a bounded size keep those small as the archive grows; each
 * costs one more small request when the page opens.
 *
 * Shards hold contiguous date ranges, oldest first: a search sorted by date
 * reads the shards in order, since Pagefind's sort positions only compare
 * within one index. Each shard carries a synthetic filter (`SHARD_FILTER`)
 * naming it, so one query can be asked of one shard.
 *
 * Pagefind drops a query word its index does not have instead of finding
 * nothing, so a shard without `08` would answer `08/TB-UBND` with every
 * `TB-UBND`, and the primary tier would answer a word found only deep in a
 * text with the pages that have the other words. Each index of each tier
 * therefore also holds one hidden record with every word of the archive
 * (`vocabularyOf`), marked by `VOCABULARY_FILTER`, which every search
 * excludes: a word missing from an index then matches only that record.
 */
export const PAGES_PER_SHARD = 1500;

/**
 * The two tiers of the index (see src/lib/opening-html.ts): the primary holds
 * each page's title, metadata, headings and opening and answers first; the
 * full holds the whole text. Both are cut into the same shards.
 */
export type SearchTier = 'primary' | 'full';

/** Where shard `i` of a tier is written and served: the primary's shard 0 is Pagefind's usual `/pagefind/`. */
export function shardPath(index: number, tier: SearchTier = 'primary'): string {
  const name = tier === 'primary' ? 'pagefind' : 'pagefind-toan-van';
  return index === 0 ? `/${name}/` : `/${name}-${index + 1}/`;
}

/** The manifest the search page reads to know which shards to merge. */
export const SHARD_MANIFEST = '/pagefind/archive-shards.json';

/** The synthetic filter naming a page's shard (`mergeFilter`); not shown to readers. */
export const SHARD_FILTER = 'shard';

/** The filter marking each shard's vocabulary record; every search excludes it. */
export const VOCABULARY_FILTER = 'vocabulary';

export interface ShardManifest {
  /** The primary tier's index paths, oldest dates first. */
  primary: string[];
  /** The full tier's, shard for shard. */
  full: string[];
  pages: number;
  /** Queries with a precomputed first page (src/lib/search-answers.ts), as `answerKey` gives them; the nth is `answerPath(n)`. */
  answers: string[];
}

/**
 * The manifest as the search page finds it: a site indexed before the tiers
 * wrote `{ shards, pages }` (one tier, no answers), and a missing one means a
 * lone index at Pagefind's usual place.
 */
export function readManifest(json: unknown): ShardManifest {
  const found = (typeof json === 'object' && json !== null ? json : {}) as Partial<ShardManifest> & { shards?: string[] };
  const primary = found.primary ?? found.shards ?? [shardPath(0)];
  return { primary, full: found.full ?? primary, pages: found.pages ?? 0, answers: found.answers ?? [] };
}

export function shardCount(pages: number, pagesPerShard: number = PAGES_PER_SHARD): number {
  if (!Number.isInteger(pagesPerShard) || pagesPerShard < 1) throw new Error(`pages per shard must be a positive integer, got ${pagesPerShard}`);
  return Math.max(1, Math.ceil(pages / pagesPerShard));
}

export interface ShardPage {
  url: string;
  /** ISO date, `''` when the page has none (sorted first). */
  date: string;
}

/** Pages in date order (then URL, for determinism), cut into `count` runs of equal size. */
export function assignShards<T extends ShardPage>(pages: readonly T[], count: number): T[][] {
  const ordered = [...pages].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) : a.date < b.date ? -1 : 1));
  const size = Math.ceil(ordered.length / count);
  return Array.from({ length: count }, (_, i) => ordered.slice(i * size, (i + 1) * size));
}

/**
 * The text of a page (as `searchableHtml` gives it): markup, scripts and styles
 * dropped and the few entities Astro writes decoded.
 */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));/giu, (_, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : NAMED[name!.toLowerCase()]!,
    );
}

/** Every distinct word of a page's text (`plainText`), lowercased; Pagefind's own tokenizer reads the rest. */
export function wordsOf(html: string): string[] {
  const spellings = new Set(plainText(html).split(/\s+/u));
  spellings.delete('');
  // Lowercased once per distinct spelling: per occurrence it was most of the time (8 s at 10,000 pages).
  return [...new Set([...spellings].map((word) => word.toLocaleLowerCase('vi')))];
}

/** The content of each shard's vocabulary record: every word of the archive (`wordsOf` each page), once, in a stable order. */
export function vocabularyOf(wordLists: Iterable<readonly string[]>): string {
  const words = new Set<string>();
  for (const list of wordLists) for (const word of list) words.add(word);
  return [...words].sort().join(' ');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * What Pagefind needs of a page: the `<article data-pagefind-body>` (content,
 * title, filters and sort keys are all inside it) in a minimal document, without
 * the parts marked `data-pagefind-ignore` (`withoutIgnored`). Pagefind otherwise
 * parses the whole page (navigation, removed chrome, JSON-LD, panels): at 10,000
 * pages, three times the bytes and most of its time, for the same index. A page
 * without that article is returned whole.
 */
export function searchableHtml(html: string): string {
  const start = html.indexOf('<article data-pagefind-body');
  const end = html.indexOf('</article>', start);
  if (start === -1 || end === -1) return html;
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>${withoutIgnored(html.slice(start, end + '</article>'.length))}</body></html>`;
}
