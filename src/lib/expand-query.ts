import { fold } from './fold.ts';

/**
 * The searches one query stands for, the way Vietnamese readers type: without
 * `đ` (`dien tu` for `điện tử`; Pagefind already folds tone marks but not `đ`),
 * and in abbreviations (`CCHC` ↔ `cải cách hành chính`). The query as typed
 * comes first and weighs most, so exact matches rank above folded ones.
 */
export interface QueryVariant {
  query: string;
  weight: number;
}

export interface Abbreviation {
  short: string;
  long: string;
}

const MAX_VARIANTS = 8;
const FOLDED_WEIGHT = 0.9;

/** `"một cửa liên thông"`: a phrase to search exactly. */
export function isQuoted(query: string): boolean {
  return /^".*"$/u.test(query.trim());
}

export function expandQuery(query: string, abbreviations: readonly Abbreviation[]): QueryVariant[] {
  const typed = query.trim().replace(/\s+/gu, ' ');
  if (typed === '') return [];
  // A quoted phrase is searched exactly as typed.
  if (isQuoted(typed)) return [{ query: typed, weight: 1 }];
  const seen = new Set<string>([typed.toLocaleLowerCase('vi')]);
  const variants: QueryVariant[] = [{ query: typed, weight: 1 }];
  const push = (candidate: string, weight: number) => {
    const key = candidate.toLocaleLowerCase('vi');
    if (!seen.has(key) && variants.length < MAX_VARIANTS) {
      seen.add(key);
      variants.push({ query: candidate, weight });
    }
  };
  for (const expanded of expandAbbreviations(typed, abbreviations)) push(expanded, FOLDED_WEIGHT);
  // Only the words as typed get a đ: abbreviations (`UBND`) and expansions already have their letters.
  const shorts = new Set(abbreviations.map((abbreviation) => abbreviation.short.toLocaleLowerCase('vi')));
  for (const folded of dVariants(typed, shorts)) push(folded, FOLDED_WEIGHT);
  return variants;
}

function expandAbbreviations(query: string, abbreviations: readonly Abbreviation[]): string[] {
  const out: string[] = [];
  const folded = foldLower(query);
  for (const { short, long } of abbreviations) {
    const shortPattern = new RegExp(`(?<![\\p{L}\\p{N}&])${escape(short)}(?![\\p{L}\\p{N}&])`, 'iu');
    if (shortPattern.test(query)) out.push(query.replace(shortPattern, long));
    // The long form typed with or without marks: its place in the folded query maps back (folding keeps length).
    const at = folded.indexOf(foldLower(long));
    if (at !== -1) out.push(`${query.slice(0, at)}${short}${query.slice(at + long.length)}`);
  }
  return out;
}

// `dien tu` → `điện tu`: each word with a plain d tried with đ (Pagefind folds the tone marks).
function dVariants(query: string, shorts: ReadonlySet<string>): string[] {
  const words = query.split(' ');
  const withD = words.map((word, i) => (/[dD]/u.test(word) && !/[đĐ]/u.test(word) && !shorts.has(word.toLocaleLowerCase('vi')) ? i : -1)).filter((i) => i !== -1).slice(0, 3);
  const out: string[] = [];
  for (let mask = 1; mask < 1 << withD.length; mask++) {
    const next = [...words];
    withD.forEach((index, bit) => {
      if (mask & (1 << bit)) next[index] = next[index]!.replace(/d/gu, 'đ').replace(/D/gu, 'Đ');
    });
    out.push(next.join(' '));
  }
  return out;
}

function foldLower(text: string): string {
  return fold(text).toLowerCase();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
