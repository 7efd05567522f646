import { describe, expect, it } from 'vitest';
import { phraseTier, rankByPhrase } from '../../src/lib/phrase-rank.ts';

// Sentences from the seeds (content/sources/000_…, the Sở Ngoại vụ notice) and look-alikes with the same words apart.
const TOGETHER = 'Thực hiện đúng các quy định về chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức bộ máy trong cơ quan';
const APART = 'Bảo đảm quyền của người dân; giải quyết hồ sơ đúng hạn, không để quá hạn.';

describe('phraseTier', () => {
  it.each([
    // the words together, typed with their marks
    [TOGETHER, 'quyền hạn', [], 0],
    // together, typed without marks
    [TOGETHER, 'quyen han', [], 1],
    // the look-alike: both words, far apart
    [APART, 'quyền hạn', [], 2],
    [APART, 'quyen han', [], 2],
    // punctuation and a line end between the words do not part them
    ['trang thiết\nbị, cơ sở vật chất', 'trang thiết bị', [], 0],
    // a comma in the query is not a word
    [TOGETHER, 'nhiệm vụ, quyền hạn', [], 0],
    // đ typed as d: together once folded
    ['Cổng dịch vụ công điện tử của tỉnh', 'cong dien tu', [], 1],
    // the đ form the page searched (expandQuery) counts as folded, not as typed
    ['Cổng dịch vụ công điện tử của tỉnh', 'cong dien tu', ['cong điện tu'], 1],
    // an abbreviation spelled out in the text: together through its expansion
    ['kết quả công tác cải cách hành chính năm 2020', 'CCHC năm 2020', ['cải cách hành chính năm 2020'], 1],
    // the words of a phrase inside longer words are not the phrase (`hạn` is not `hạnh`)
    ['quyền hạnh phúc', 'quyền hạn', [], 2],
    // one word: no phrase, every page alike
    [TOGETHER, 'quyền', [], 2],
    // the tone matters to "as typed": `hàn` is not `hạn`, though they fold alike
    ['quyền hàn', 'quyền hạn', [], 1],
  ] as const)('%j for %j (%j)', (text, query, variants, tier) => expect(phraseTier(text, query, variants)).toBe(tier));
});

describe('rankByPhrase', () => {
  it('puts the pages with the words together first, each group in the order given', () => {
    const pages = [
      { url: 'a', text: APART },
      { url: 'b', text: 'Quyen han cua co quan' },
      { url: 'c', text: APART },
      { url: 'd', text: TOGETHER },
    ];
    expect(rankByPhrase(pages, (page) => phraseTier(page.text, 'quyền hạn')).map((page) => page.url)).toEqual(['d', 'b', 'a', 'c']);
  });
});
