import { describe, expect, it } from 'vitest';
import { answerKey } from '../../src/lib/search-answers.ts';

describe('answerKey', () => {
  it.each([
    // case and spaces do not matter
    ['  Cải  cách hành chính ', 'cải cách hành chính'],
    // punctuation at the ends is not read
    ['Sở Nội vụ,', 'sở nội vụ'],
    // punctuation inside is: an abbreviation with & is one word, not two
    ['TT&TT', 'tt&tt'],
    // marks stay: the folded form is a query of its own
    ['dich vu cong', 'dich vu cong'],
    // a number stays as typed
    ['61/2018', '61/2018'],
    // a quoted phrase keeps its quotes: it is another search than the words unquoted
    ['"Một cửa liên thông"', '"một cửa liên thông"'],
    // a letter written in two code points is the same letter
    ['Ca\u0309i cách', 'cải cách'],
  ])('%j is looked up as %j', (query, key) => expect(answerKey(query)).toBe(key));
});
