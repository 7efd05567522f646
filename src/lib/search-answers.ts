/**
 * Precomputed answers: the first page of results for the queries that match
 * most of the archive (its most frequent phrases and agency names), written at
 * build time by running the archive's own search in Node
 * (scripts/lib/write-answers.ts). Those are the slowest queries to answer live
 * and the likeliest to be typed; the search page shows their file at once and
 * lets the live search fill in the filter counts.
 *
 * A query is looked up by `answerKey`: lowercased, words parted by single
 * spaces. Each phrase is kept in two forms, as the texts spell it and folded
 * as readers type it without marks (`cải cách hành chính`,
 * `cai cach hanh chinh`), since Pagefind and the phrase ranking both rank the
 * typed marks above folded matches: each form has its own answer.
 */
import type { SearchTier } from './search-shards.ts';

/** One result as the search page shows it (src/scripts/search-page.ts `resultItem`). */
export interface AnswerResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

export interface PrecomputedAnswer {
  /** The query, as `answerKey` gives it. */
  query: string;
  tier: SearchTier;
  /** How many results the live search finds. */
  total: number;
  /** What the primary tier found when the full text answered instead (src/lib/archive-search.ts `TierAnswer`). */
  primaryFound: number | null;
  results: AnswerResult[];
}

/** Where the answer of the `index`th key of the manifest's `answers` is served. */
export function answerPath(index: number): string {
  return `/tim-kiem/tra-loi/${index}.json`;
}

// `Sở Nội vụ,` → `sở nội vụ`: words as the phrase ranking parts them (src/lib/phrase-rank.ts).
export function answerKey(query: string): string {
  return words(query.toLocaleLowerCase('vi')).join(' ');
}

export interface FrequentOptions {
  /** Named terms kept (each in up to two forms). */
  terms: number;
  /** Phrases kept (each in up to two forms). */
  phrases: number;
  /** Agencies kept. */
  agencies: number;
  /** Pages read to count phrases: a sample, spread over the archive, is enough to rank them. */
  sample: number;
  /** Fewer pages than this: a query the primary tier answers quickly enough, not worth a file. */
  minPages: number;
}

export const FREQUENT_OPTIONS: FrequentOptions = { terms: 20, phrases: 30, agencies: 15, sample: 4000, minPages: 20 };

// Two to four words: a phrase readers type (`dịch vụ công`, `cải cách hành chính`); one syllable alone is not.
const MIN_WORDS = 2;
const MAX_WORDS = 4;
// Words that join or place others (`của`, `và`, `tại`, `đã`): a phrase readers type does not begin or
// end with one (`tại sở`, `đơn vị đã`), as in keyword extraction that parts candidates at them (RAKE).
const FUNCTION_WORDS = new Set(
  'các cả chỉ cho có của cùng đã đang đến để do đó được gì hay khi không là lại mà mỗi một này nên nếu nhiều những ở qua ra rằng rất sau sẽ số tại theo thì trên trong từ và vào về vẫn việc với ngày tháng năm'.split(' '),
);
// Candidates, the most frequent, whose neighbours are counted in a second pass.
const CANDIDATES = 1000;
// A phrase whose next (or previous) word is nearly always the same is part of a longer one
// (`tác cải cách hành` is always followed by `chính`), not a phrase of its own.
const BOUND_SHARE = 0.8;

/**
 * The queries worth an answer file, in a stable order: the archive's named
 * terms (`terms`: the registry's abbreviations and what they stand for, the
 * words readers of administrative reform type most: `cải cách hành chính`,
 * `CCHC`, `dịch vụ công`) found on the most pages, the phrases of two to
 * four words found on the most pages (digits left out: numbers have their own
 * index) in the pages' text (`textOf`: title and opening, what the primary
 * tier indexes) and the agencies named on the most pages (`agencies`: name →
 * pages), each in its spelled and folded forms. A phrase is one whose words
 * before and after vary (the branching test of word segmentation), so the
 * fragments of a sentence every page repeats are not taken for phrases.
 */
export function frequentQueries<T>(pages: readonly T[], textOf: (page: T) => string, agencies: ReadonlyMap<string, number>, terms: readonly string[], options: FrequentOptions = FREQUENT_OPTIONS): string[] {
  const step = Math.max(1, Math.ceil(pages.length / options.sample));
  const sampled: string[][][] = [];
  for (let i = 0; i < pages.length; i += step) sampled.push(clauses(textOf(pages[i]!)));
  const queries: string[] = [];
  // The named terms, by the pages that have them (in a clause, folded).
  const folded = sampled.map((page) => page.map((clause) => ` ${fold(clause.join(' '))} `));
  const termPages = [...new Set(terms.map(answerKey))]
    .map((term) => ({ term, pages: folded.filter((page) => page.some((clause) => clause.includes(` ${fold(term)} `))).length }))
    .filter(({ pages }) => pages * step >= options.minPages)
    .sort((a, b) => b.pages - a.pages || compare(a.term, b.term));
  // A phrase with a chosen term or phrase inside it is answered by that one (see below).
  const chosenPhrases: string[] = [];
  for (const { term } of termPages.slice(0, options.terms)) {
    queries.push(term, fold(term));
    chosenPhrases.push(fold(term));
  }
  // Pass 1: pages per folded phrase.
  const found = new Map<string, number>();
  for (const page of sampled) {
    const onPage = new Set<string>();
    eachPhrase(page, (key) => onPage.add(key));
    for (const key of onPage) found.set(key, (found.get(key) ?? 0) + 1);
  }
  const byPages = [...found].filter(([, count]) => count * step >= options.minPages).sort(([a, x], [b, y]) => y - x || compare(a, b)).slice(0, CANDIDATES);
  // Pass 2: for the candidates, their spellings and the words on either side (a clause's edge is a new neighbour each time).
  const candidates = new Map(byPages.map(([key]) => [key, { spellings: new Map<string, number>(), before: new Map<string, number>(), after: new Map<string, number>(), seen: 0 }]));
  for (const page of sampled) {
    eachPhrase(page, (key, spelled, before, after) => {
      const entry = candidates.get(key);
      if (!entry) return;
      entry.seen += 1;
      entry.spellings.set(spelled, (entry.spellings.get(spelled) ?? 0) + 1);
      if (before !== undefined) entry.before.set(before, (entry.before.get(before) ?? 0) + 1);
      if (after !== undefined) entry.after.set(after, (entry.after.get(after) ?? 0) + 1);
    });
  }
  const bounded = (neighbours: Map<string, number>, seen: number) => Math.max(0, ...neighbours.values()) < seen * BOUND_SHARE;
  let phrases = 0;
  for (const [key] of byPages) {
    if (phrases >= options.phrases) break;
    const entry = candidates.get(key)!;
    if (!bounded(entry.before, entry.seen) || !bounded(entry.after, entry.seen)) continue;
    // A phrase chosen already, inside this one, answers it: `làm trưởng đoàn` for `bình làm trưởng đoàn`.
    if (chosenPhrases.some((inner) => ` ${key} `.includes(` ${inner} `))) continue;
    chosenPhrases.push(key);
    const spelled = [...entry.spellings].sort(([a, x], [b, y]) => y - x || compare(a, b))[0]![0];
    queries.push(spelled, key);
    phrases += 1;
  }
  // Agencies as named and without their place (`Sở Nội vụ`, the way a journalist types it): its pages add up.
  const named = new Map<string, number>();
  for (const [name, count] of agencies) {
    for (const form of new Set([answerKey(name), answerKey(withoutPlace(name))])) named.set(form, (named.get(form) ?? 0) + count);
  }
  const namedMost = [...named].filter(([, count]) => count >= options.minPages).sort(([a, x], [b, y]) => y - x || compare(a, b));
  for (const [name] of namedMost.slice(0, options.agencies)) queries.push(name, fold(name));
  return [...new Set(queries)];
}

// `Sở Nội vụ tỉnh Bình Định` → `Sở Nội vụ`; `Ủy ban nhân dân quận 1` → `Ủy ban nhân dân`.
const PLACE = /\s+(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+[\p{L}\p{N}].*$/iu;
function withoutPlace(name: string): string {
  return name.replace(PLACE, '');
}

// A text's clauses (parted by punctuation), each as its lowercased words.
function clauses(text: string): string[][] {
  return text
    .toLocaleLowerCase('vi')
    .split(/[.,;:!?()[\]"“”…\n]+/u)
    .map(words)
    .filter((clause) => clause.length > 0);
}

// Every phrase of two to four words without digits, with the words beside it in its clause. The text's
// last words are left out: an opening is cut at a word count, and a phrase cut short there
// (`chỉ số hài` for `chỉ số hài lòng`) would look like one that ends.
function eachPhrase(clauses: readonly string[][], visit: (key: string, spelled: string, before: string | undefined, after: string | undefined) => void): void {
  for (const [index, clause] of clauses.entries()) {
    const end = index === clauses.length - 1 ? clause.length - 1 : clause.length;
    for (let start = 0; start < clause.length; start++) {
      // Letters after a number are its symbol (`08/TB-UBND`), not a phrase.
      if (start > 0 && /\p{N}/u.test(clause[start - 1]!)) continue;
      if (FUNCTION_WORDS.has(clause[start]!)) continue;
      for (let length = MIN_WORDS; length <= MAX_WORDS && start + length <= end; length++) {
        if (/\p{N}/u.test(clause[start + length - 1]!) || /\p{N}/u.test(clause[start]!)) break;
        if (FUNCTION_WORDS.has(clause[start + length - 1]!)) continue;
        const spelled = clause.slice(start, start + length).join(' ');
        visit(fold(spelled), spelled, clause[start - 1], clause[start + length]);
      }
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

// Tone marks and đ folded, as readers type without them.
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').normalize('NFC');
}
