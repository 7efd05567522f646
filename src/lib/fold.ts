/**
 * How the search compares Vietnamese text the way readers type it: without
 * tone and vowel marks, `đ` written `d` (Pagefind folds the marks itself, not
 * `đ`), words parted by anything that is not a letter or a digit. The query
 * reading (expand-query.ts), the phrase ranking (phrase-rank.ts) and the
 * precomputed answers (search-answers.ts, frequent-queries.ts) share it.
 */

/** The text without marks, `đ` as `d`. One letter stays one letter, so a place in an NFC text is the same place folded. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}

/** The words: `quyền hạn,` and `quyền\nhạn` are both `quyền`, `hạn`. */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}
