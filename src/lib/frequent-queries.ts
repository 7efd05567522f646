/**
 * Which queries get a precomputed answer (src/lib/search-answers.ts): those
 * that match most of the archive, so are slowest to answer live, and that
 * readers are likeliest to type.
 */
import { fold, splitWords } from './fold.ts';
import { compareCodeUnits } from './format.ts';
import { answerKey } from './search-answers.ts';

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

const DEFAULTS: FrequentOptions = { terms: 20, phrases: 30, agencies: 15, sample: 4000, minPages: 20 };

// Two to four words: a phrase readers type (`dịch vụ công`, `cải cách hành chính`); one syllable alone is not.
const MIN_WORDS = 2;
const MAX_WORDS = 4;
// Words that only join or place others (`của`, `và`, `tại`, `đã`): a phrase readers type does not begin or
// end with one (`tại sở`, `đơn vị đã`), as keyword extraction parts its candidates at them (RAKE).
// Words with a meaning of their own stay phrases' edges: `số` (chuyển đổi số), `một` (một cửa), `việc` (việc làm).
const FUNCTION_WORDS = new Set('các cả cho có của cùng đã đang đến để do đó được hay khi là lại mà mỗi này nên nếu những ở qua ra rằng rất sẽ tại theo thì trên trong từ và vào về vẫn với'.split(' '));
// Candidates, the most frequent, whose neighbours are counted in a second pass.
const CANDIDATES = 1000;
// A phrase whose next (or previous) word is nearly always the same is part of a longer one
// (`tác cải cách hành` is always followed by `chính`), not a phrase of its own.
const BOUND_SHARE = 0.8;
// `Sở Nội vụ tỉnh Bình Định` → `Sở Nội vụ`; `Ủy ban nhân dân quận 1` → `Ủy ban nhân dân`.
const PLACE = /\s+(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+[\p{L}\p{N}].*$/iu;
// Where a clause ends: punctuation, a line (a block of the page), the metadata line's `·`.
const CLAUSE_END = /[.,;:!?()[\]"“”…·\n]+/u;

/**
 * The queries worth an answer file, in a stable order, each as `answerKey`
 * gives it and folded:
 * - the archive's named terms (`terms`: the registry's abbreviations and what
 *   they stand for, `cải cách hành chính`, `CCHC`, `dịch vụ công`) found on
 *   the most pages;
 * - the phrases of two to four words found on the most pages in the pages'
 *   text (`textOf`: title and opening, what the primary tier indexes, a line
 *   per block) whose words before and after vary (the branching test of word
 *   segmentation, so the fragments of a sentence every page repeats are not
 *   taken for phrases), that neither begin nor end on a function word, and
 *   hold no number (numbers have their own index);
 * - the agencies named on the most pages (`agencies`: name → pages), as named
 *   and without their place (`Sở Nội vụ`, the way a journalist types it).
 */
export function frequentQueries<T>(pages: readonly T[], textOf: (page: T) => string, agencies: ReadonlyMap<string, number>, terms: readonly string[], options: FrequentOptions = DEFAULTS): string[] {
  const step = Math.max(1, Math.ceil(pages.length / options.sample));
  const sampled: string[][][] = [];
  for (let i = 0; i < pages.length; i += step) sampled.push(clauses(textOf(pages[i]!)));
  const queries: string[] = [];
  // The named terms, by the pages that have them in a clause (folded).
  const folded = sampled.map((page) => page.map((clause) => ` ${fold(clause.join(' '))} `));
  const termPages = [...new Set(terms.map(answerKey))]
    .map((term) => {
      const words = ` ${splitWords(fold(term)).join(' ')} `;
      return { term, pages: folded.filter((page) => page.some((clause) => clause.includes(words))).length };
    })
    .filter(({ pages }) => pages * step >= options.minPages)
    .sort((a, b) => b.pages - a.pages || compareCodeUnits(a.term, b.term));
  const chosen: string[] = [];
  for (const { term } of termPages.slice(0, options.terms)) {
    queries.push(term, fold(term));
    chosen.push(splitWords(fold(term)).join(' '));
  }
  // Pass 1: pages per folded phrase.
  const found = new Map<string, number>();
  for (const page of sampled) {
    const onPage = new Set<string>();
    eachPhrase(page, (key) => onPage.add(key));
    for (const key of onPage) found.set(key, (found.get(key) ?? 0) + 1);
  }
  const byPages = [...found].filter(([, count]) => count * step >= options.minPages).sort(([a, x], [b, y]) => y - x || compareCodeUnits(a, b)).slice(0, CANDIDATES);
  // Pass 2: for the candidates, their spellings and the words on either side, folded (a clause's edge is a new neighbour each time).
  const candidates = new Map(byPages.map(([key]) => [key, { spellings: new Map<string, number>(), before: new Map<string, number>(), after: new Map<string, number>(), seen: 0 }]));
  const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const page of sampled) {
    eachPhrase(page, (key, spelled, before, after) => {
      const entry = candidates.get(key);
      if (!entry) return;
      entry.seen += 1;
      add(entry.spellings, spelled);
      if (before !== undefined) add(entry.before, fold(before));
      if (after !== undefined) add(entry.after, fold(after));
    });
  }
  const bounded = (neighbours: Map<string, number>, seen: number) => Math.max(0, ...neighbours.values()) < seen * BOUND_SHARE;
  let phrases = 0;
  for (const [key] of byPages) {
    if (phrases >= options.phrases) break;
    const entry = candidates.get(key)!;
    if (!bounded(entry.before, entry.seen) || !bounded(entry.after, entry.seen)) continue;
    // Around a chosen term or phrase, a phrase is mostly that one with a word added (the names before
    // `làm trưởng đoàn`): left to the live search, so the files go to phrases of their own.
    if (chosen.some((inner) => ` ${key} `.includes(` ${inner} `))) continue;
    chosen.push(key);
    const spelled = [...entry.spellings].sort(([a, x], [b, y]) => y - x || compareCodeUnits(a, b))[0]![0];
    queries.push(spelled, key);
    phrases += 1;
  }
  const named = new Map<string, number>();
  for (const [name, count] of agencies) {
    for (const form of new Set([answerKey(name), answerKey(name.replace(PLACE, ''))])) named.set(form, (named.get(form) ?? 0) + count);
  }
  const namedMost = [...named].filter(([, count]) => count >= options.minPages).sort(([a, x], [b, y]) => y - x || compareCodeUnits(a, b));
  for (const [name] of namedMost.slice(0, options.agencies)) queries.push(name, fold(name));
  return [...new Set(queries)];
}

// A text's clauses, each as its lowercased words; a token with a digit in it (`08/TB-UBND`, `2021`)
// ends a clause too, so neither it nor the letters of its symbol join a phrase.
function clauses(text: string): string[][] {
  const out: string[][] = [];
  for (const part of text.toLocaleLowerCase('vi').split(CLAUSE_END)) {
    let clause: string[] = [];
    for (const token of part.split(/\s+/u)) {
      if (/\p{N}/u.test(token)) {
        if (clause.length > 0) out.push(clause);
        clause = [];
      } else clause.push(...splitWords(token));
    }
    if (clause.length > 0) out.push(clause);
  }
  return out;
}

// Every phrase of two to four words, folded and as spelled, with the words beside it in its clause.
// The text's last words are left out: an opening is cut at a word count, and a phrase cut short there
// (`chỉ số hài` for `chỉ số hài lòng`) would look like one that ends.
function eachPhrase(clauses: readonly string[][], visit: (key: string, spelled: string, before: string | undefined, after: string | undefined) => void): void {
  for (const [index, clause] of clauses.entries()) {
    const end = index === clauses.length - 1 ? clause.length - 1 : clause.length;
    for (let start = 0; start < clause.length; start++) {
      if (FUNCTION_WORDS.has(clause[start]!)) continue;
      for (let length = MIN_WORDS; length <= MAX_WORDS && start + length <= end; length++) {
        if (FUNCTION_WORDS.has(clause[start + length - 1]!)) continue;
        const spelled = clause.slice(start, start + length).join(' ');
        visit(fold(spelled), spelled, clause[start - 1], clause[start + length]);
      }
    }
  }
}
