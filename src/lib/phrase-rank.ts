import { fold, splitWords } from './fold.ts';

/**
 * Search results with the query's words together first. Pagefind scores a
 * page by how often and where its words occur, not by whether they stand
 * side by side: `quyền hạn` put a notice with `quyền` and `hạn` pages apart
 * above the one that says `chức năng, nhiệm vụ, quyền hạn`. The search page
 * re-ranks its first results by the text Pagefind returns for each: the words
 * together as typed (marks and all) first, then together once folded
 * (`quyen han`, `dich vu cong` for `dịch vụ công`), then the rest, each group
 * in Pagefind's order.
 */

/** How a result holds the query: 0 together as typed, 1 together once folded, 2 apart (or not at all). */
export type PhraseTier = 0 | 1 | 2;

/**
 * The tier of a page's text for a query and the other forms it was searched
 * in (`expandQuery`: đ added, abbreviations expanded). A query of one word has
 * no phrase: every page is tier 2, and the order stays Pagefind's.
 */
export function phraseTier(text: string, query: string, variants: readonly string[] = []): PhraseTier {
  const typed = words(query.toLocaleLowerCase('vi'));
  if (typed.split(' ').length < 2) return 2;
  const lower = ` ${words(text.toLocaleLowerCase('vi'))} `;
  if (lower.includes(` ${typed} `)) return 0;
  const folded = fold(lower);
  for (const form of [query, ...variants]) {
    const phrase = fold(words(form.toLocaleLowerCase('vi')));
    if (phrase.includes(' ') && folded.includes(` ${phrase} `)) return 1;
  }
  return 2;
}

/** Items in phrase tiers, each tier in the order given (a stable sort). */
export function rankByPhrase<T>(items: readonly T[], tierOf: (item: T) => PhraseTier): T[] {
  return items
    .map((item, index) => ({ item, index, tier: tierOf(item) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ item }) => item);
}

// Words joined by one space: punctuation and line ends between words do not part a phrase
// (`quyền hạn,` · `quyền\nhạn`), as Pagefind's own word splitting does not.
function words(text: string): string {
  return splitWords(text).join(' ');
}
