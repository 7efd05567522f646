/**
 * Precomputed answers: the first page of results for the queries that match
 * most of the archive (its most frequent phrases and agency names), written at
 * build time by running the archive's own search in Node
 * (scripts/lib/write-answers.ts). Those are the slowest queries to answer live
 * and the likeliest to be typed; the search page shows their file at once and
 * lets the live search fill in the filter counts.
 *
 * A query is looked up by `answerKey`. The queries are chosen by
 * `frequentQueries` (frequent-queries.ts), each in two forms, as the texts
 * spell it and folded as readers type it without marks (`cải cách hành chính`,
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

/**
 * A query as its answer is filed: lowercased, spaces collapsed, punctuation at
 * its ends dropped (`Sở Nội vụ,` → `sở nội vụ`). Punctuation inside stays, since
 * the search reads it: `TT&TT` is an abbreviation, `tt tt` two words. A quoted
 * query keeps its quotes, and is another search.
 */
export function answerKey(query: string): string {
  return query
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^[^\p{L}\p{N}"]+|[^\p{L}\p{N}"]+$/gu, '')
    .replace(/\s+/gu, ' ');
}

