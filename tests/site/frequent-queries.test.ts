import { describe, expect, it } from 'vitest';
import { frequentQueries, type FrequentOptions } from '../../src/lib/frequent-queries.ts';

// Openings in the shape of the seeds' (content/sources/): phrases said in varied sentences, one
// sentence that every page repeats word for word, and a phrase on too few pages.
const BEFORE = ['công tác', 'đẩy mạnh', 'kết quả', 'về'];
const AFTER = ['năm 2021', 'tại Sở Ngoại vụ', 'của tỉnh', 'và hiện đại hóa'];
const OPENING = (i: number) =>
  [
    `Số: ${i + 1}/TB-UBND. Ủy ban nhân dân tỉnh thông báo kết luận của Phó Chủ tịch tại buổi kiểm tra.`,
    `${BEFORE[i % 4]} cải cách hành chính ${AFTER[(i >> 2) % 4]}.`,
    i % 4 !== 0 ? `Cung cấp dịch vụ công ${AFTER[i % 4]}; ${BEFORE[(i >> 1) % 4]} dịch vụ công trực tuyến.` : 'Số hóa hồ sơ.',
  ].join(' ');
const PAGES = Array.from({ length: 40 }, (_, i) => OPENING(i));
const OPTIONS: FrequentOptions = { terms: 5, phrases: 50, agencies: 5, sample: 1000, minPages: 20 };
// The registry's abbreviations and what they stand for (content/registry/agencies.yaml).
const TERMS = ['Ủy ban nhân dân', 'UBND', 'cải cách hành chính', 'CCHC', 'thủ tục hành chính', 'TTHC'];

describe('frequentQueries', () => {
  const queries = frequentQueries(PAGES, (page) => page, new Map([['Sở Nội vụ tỉnh Bình Định', 25], ['Sở Tư pháp tỉnh Bình Định', 3], ['Sở Tư pháp tỉnh Gia Lai', 3]]), TERMS, OPTIONS);

  it.each([
    // a phrase on every page, in the spelling of the texts and folded as readers type it
    ['cải cách hành chính', true],
    ['cai cach hanh chinh', true],
    // on 30 of 40 pages
    ['dịch vụ công', true],
    // a fragment of the sentence every page repeats: always followed by the same word
    ['thông báo kết', false],
    ['kết luận của phó', false],
    // …unless it is a term the archive names (an abbreviation's long form), here on every page
    ['ủy ban nhân dân', true],
    ['uy ban nhan dan', true],
    // a named term on no page
    ['thủ tục hành chính', false],
    ['tthc', false],
    // on fewer pages than a screen of results: the live search is fast enough
    ['số hóa hồ sơ', false],
    // digits belong to the number index, and so do the letters of a number's symbol
    ['năm 2010', false],
    ['tb ubnd', false],
    ['ubnd ủy ban', false],
    // a phrase does not begin or end on a word that only joins others
    ['tại sở', false],
    ['công tại', false],
    // an agency named on 25 pages, both forms, and without its place, as journalists type it
    ['sở nội vụ tỉnh bình định', true],
    ['so noi vu tinh binh dinh', true],
    ['sở nội vụ', true],
    ['so noi vu', true],
    // one named on 3 pages is not worth a file; nor is its name without the place (3 + 3 pages)
    ['sở tư pháp tỉnh bình định', false],
    ['sở tư pháp', false],
  ])('%j: %s', (query, kept) => expect(queries.includes(query)).toBe(kept));

  it('gives the same list for the same pages, and keeps to its limits', () => {
    expect(frequentQueries(PAGES, (page) => page, new Map(), [], OPTIONS)).toEqual(frequentQueries([...PAGES], (page) => page, new Map(), [], OPTIONS));
    expect(frequentQueries(PAGES, (page) => page, new Map(), [], { ...OPTIONS, phrases: 1 })).toEqual(['cải cách hành chính', 'cai cach hanh chinh']);
  });

  it('counts a sample of a large archive, scaled to the whole', () => {
    // 40 pages read as 4 of every 10: the phrase on every page still counts as on 40
    expect(frequentQueries(PAGES, (page) => page, new Map(), [], { ...OPTIONS, sample: 4 })).toContain('cải cách hành chính');
  });
});
