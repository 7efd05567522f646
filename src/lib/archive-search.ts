/**
 * The archive's search over Pagefind, without the page around it: the same
 * code answers a reader in the browser (src/scripts/search-page.ts) and writes
 * the precomputed answers at build time in Node (scripts/lib/write-answers.ts),
 * so both give the same first page.
 *
 * A query is asked of the primary tier (titles, metadata, headings and
 * openings: src/lib/opening-html.ts) and, when that finds less than a page of
 * results, of the full tier, which then answers alone; a reader asking for the
 * full text goes to the full tier at once. A quoted phrase is no exception: a
 * page of texts with the phrase in their title or opening answers it, and the
 * page offers the full text (measured: the full tier took 340 ms and 594 KiB
 * for `"một cửa liên thông"` at 10,000 texts).
 */
import { expandQuery, isQuoted, type Abbreviation } from './expand-query.ts';
import { compareCodeUnits } from './format.ts';
import { phraseTier, rankByPhrase } from './phrase-rank.ts';
import { SHARD_FILTER, VOCABULARY_FILTER, type SearchTier } from './search-shards.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
/** A result's fragment: `content` is the text Pagefind indexed for the page. */
export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
/** What the archive uses of a Pagefind instance (`pagefind.js` or its `createInstance`). */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse>;
}

/** Results on a page of the search. */
export const PAGE_SIZE = 20;

/** `''` for relevance, else newest or oldest first. */
export type SortOrder = '' | 'moi-nhat' | 'cu-nhat';

export interface SearchRequest {
  query: string;
  /** Chosen filters by Pagefind key. */
  filters: Record<string, string[]>;
  sort: SortOrder;
  /** The reader asked for the full text. */
  fullText: boolean;
}

type Variant = { query: string | null; weight: number };
type Filters = Record<string, string[] | Record<string, string>>;

/** Words of excerpt around a hit: the page and the precomputed answers ask for the same, so their first pages are equal. */
export const EXCERPT_LENGTH = 24;

/** A tier's answer: its results in order. */
export interface TierAnswer {
  tier: SearchTier;
  ranked: PagefindResult[];
  /** How many the primary tier found when the full tier answered instead, `null` when it was not asked. */
  primaryFound: number | null;
}

export interface Tiers {
  primary: PagefindApi;
  /** Loaded the first time it is needed. */
  full: () => Promise<PagefindApi>;
  /** Shards per tier (src/lib/search-shards.ts). */
  shards: number;
}

// Each index's vocabulary record (src/lib/search-shards.ts) is never a result.
const NOT_VOCABULARY = { not: { [VOCABULARY_FILTER]: '1' } };

/** The searches one query stands for (`expandQuery`); no query at all lists by filters alone. */
export function variantsOf(query: string, abbreviations: readonly Abbreviation[]): Variant[] {
  return query.trim() === '' ? [{ query: null, weight: 1 }] : expandQuery(query, abbreviations);
}

/** Whether the first page is re-ranked by the query's words together (src/lib/phrase-rank.ts). */
export function ranksByPhrase(request: SearchRequest): boolean {
  const query = request.query.trim();
  return !request.sort && !isQuoted(query) && query.split(/\s+/u).length > 1;
}

/**
 * Called once, when the first page of results is known before the whole answer
 * is: a date sort reads the shards in date order, so the newest (or oldest)
 * shards settle the first page while the others are still counted. The other
 * shards wait for the promise it returns (the page on screen): their searches
 * and the page's fragments go through the same Pagefind worker.
 */
export type FirstPageKnown = (firstPage: PagefindResult[]) => Promise<unknown> | void;

/** The tier that answers, and its results. */
export async function searchTiers(tiers: Tiers, request: SearchRequest, abbreviations: readonly Abbreviation[], onFirstPage?: FirstPageKnown): Promise<TierAnswer> {
  const variants = variantsOf(request.query, abbreviations);
  if (request.fullText) return { tier: 'full', ...(await searchTier(await tiers.full(), variants, request, tiers.shards, onFirstPage)), primaryFound: null };
  // A first page known early is a whole page, so the primary answers.
  const primary = await searchTier(tiers.primary, variants, request, tiers.shards, onFirstPage);
  // A page of results: the primary answers. Less: what it found is also in the full text, ranked there.
  if (primary.ranked.length >= PAGE_SIZE || request.query.trim() === '') return { tier: 'primary', ...primary, primaryFound: null };
  return { tier: 'full', ...(await searchTier(await tiers.full(), variants, request, tiers.shards, onFirstPage)), primaryFound: primary.ranked.length };
}

/** One tier's results for a request, by relevance or by date. */
async function searchTier(pagefind: PagefindApi, variants: Variant[], request: SearchRequest, shards: number, onFirstPage?: FirstPageKnown): Promise<Omit<TierAnswer, 'tier' | 'primaryFound'>> {
  const filters: Filters = { ...request.filters, ...NOT_VOCABULARY };
  return request.sort ? searchByDate(pagefind, variants, filters, request.sort === 'moi-nhat' ? 'desc' : 'asc', shards, onFirstPage) : searchByRelevance(pagefind, variants, filters);
}

/** The fragments of results `from` to `to`, re-ranked by phrase when the request is (the first page only). */
export async function resultData(ranked: readonly PagefindResult[], request: SearchRequest, abbreviations: readonly Abbreviation[], from: number, to: number): Promise<ResultData[]> {
  const batch = await Promise.all(ranked.slice(from, to).map((result) => result.data()));
  if (!ranksByPhrase(request)) return batch;
  const forms = variantsOf(request.query, abbreviations).map((variant) => variant.query ?? '');
  return rankByPhrase(batch, (data) => phraseTier(data.content, request.query, forms));
}

// Each page once, at its best weighted score; the query as typed weighs most.
async function searchByRelevance(pagefind: PagefindApi, variants: Variant[], filters: Filters): Promise<Omit<TierAnswer, 'tier' | 'primaryFound'>> {
  const responses = await Promise.all(variants.map((variant) => pagefind.search(variant.query, { filters })));
  const merged = new Map<string, { result: PagefindResult; score: number }>();
  responses.forEach((response, i) => {
    for (const result of response.results) {
      const score = result.score * variants[i]!.weight;
      const existing = merged.get(result.id);
      if (!existing || score > existing.score) merged.set(result.id, { result, score });
    }
  });
  return { ranked: byScore([...merged.values()], ({ score }) => score, ({ result }) => result.id).map(({ result }) => result) };
}

/**
 * How many texts each filter value has for a request (of the filters the instance has loaded): the order does
 * not change them, so one search per variant, nothing ranked. The variant finding most carries the counts.
 */
export async function filterCounts(pagefind: PagefindApi, request: SearchRequest, abbreviations: readonly Abbreviation[]): Promise<Record<string, Record<string, number>>> {
  const filters: Filters = { ...request.filters, ...NOT_VOCABULARY };
  return largest(await Promise.all(variantsOf(request.query, abbreviations).map((variant) => pagefind.search(variant.query, { filters })))).filters;
}

// Pagefind's sort positions compare only within one index, and the shards hold date ranges:
// each shard is asked on its own, its variants merged by position, the shards read in date order,
// one after another, so the first page is known as soon as the first shards fill it.
async function searchByDate(pagefind: PagefindApi, variants: Variant[], filters: Filters, direction: 'asc' | 'desc', shards: number, onFirstPage?: FirstPageKnown): Promise<Omit<TierAnswer, 'tier' | 'primaryFound'>> {
  const order = Array.from({ length: shards }, (_, i) => i);
  if (direction === 'desc') order.reverse();
  const seen = new Set<string>();
  const ranked: PagefindResult[] = [];
  let told = false;
  for (const shard of order) {
    const responses = await Promise.all(variants.map((variant) => pagefind.search(variant.query, { filters: shards > 1 ? { ...filters, [SHARD_FILTER]: [String(shard)] } : filters, sort: { date: direction } })));
    const inShard = byScore(
      responses.flatMap((response) => response.results),
      (result) => result.score,
      (result) => result.id,
    );
    for (const result of inShard) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      ranked.push(result);
    }
    if (!told && ranked.length >= PAGE_SIZE && shard !== order.at(-1)) {
      told = true;
      await onFirstPage?.(ranked.slice(0, PAGE_SIZE));
    }
  }
  return { ranked };
}

// Scores closer than this (relative) are one score.
const SAME_SCORE = 1e-5;

/**
 * Highest score first; scores that differ by less than `SAME_SCORE` in the
 * order of the pages' ids. Pagefind computes scores in 32-bit floats in an
 * order that changes between runs: the same query gave 54.562569, 54.562553
 * and 54.562561 for one page in three instances, and swapped it with a
 * neighbour 5e-6 below. A precomputed page must be the live one, and the
 * same on every build.
 */
export function byScore<T>(items: readonly T[], scoreOf: (item: T) => number, idOf: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => scoreOf(b) - scoreOf(a));
  const out: T[] = [];
  let band: T[] = [];
  const close = () => out.push(...band.sort((a, b) => compareCodeUnits(idOf(a), idOf(b))));
  for (const item of sorted) {
    const previous = band.at(-1);
    if (previous !== undefined && scoreOf(previous) - scoreOf(item) > Math.abs(scoreOf(previous)) * SAME_SCORE) {
      close();
      band = [];
    }
    band.push(item);
  }
  close();
  return out;
}

function largest(responses: PagefindResponse[]): PagefindResponse {
  return responses.reduce((best, response) => (response.results.length > best.results.length ? response : best), responses[0]!);
}

/** Merges a tier's shards into `pagefind`, each named by the shard filter so a date sort can ask them one by one. */
export async function mergeShards(pagefind: PagefindApi, paths: readonly string[], options: Record<string, unknown> = {}): Promise<void> {
  for (const [i, path] of paths.entries()) if (i > 0) await pagefind.mergeIndex(path, { ...options, mergeFilter: { [SHARD_FILTER]: String(i) } });
  await pagefind.init();
  await pagefind.options({ mergeFilter: { [SHARD_FILTER]: '0' } });
}
