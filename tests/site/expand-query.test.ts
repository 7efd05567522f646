import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/lib/expand-query.ts';

const ABBREVIATIONS = [
  { short: 'CCHC', long: 'cải cách hành chính' },
  { short: 'UBND', long: 'Ủy ban nhân dân' },
];
const queries = (query: string) => expandQuery(query, ABBREVIATIONS).map((variant) => variant.query);

describe('expandQuery', () => {
  it.each([
    // đ typed as d: the đ variant is searched too, after the query as typed
    ['dien tu', ['dien tu', 'đien tu']],
    // two words with d: each combination
    ['dich vu dien tu', ['dich vu dien tu', 'đich vu dien tu', 'dich vu đien tu', 'đich vu đien tu']],
    // an abbreviation: the long form too
    ['kết quả CCHC', ['kết quả CCHC', 'kết quả cải cách hành chính']],
    // the long form typed without marks: the abbreviation too
    ['cai cach hanh chinh 2020', ['cai cach hanh chinh 2020', 'CCHC 2020']],
    // an abbreviation in lower case
    ['ubnd thanh pho', ['ubnd thanh pho', 'Ủy ban nhân dân thanh pho']],
    // words with marks and no plain d: as typed only
    ['điện tử', ['điện tử']],
    // a quoted phrase: exactly as typed
    ['"dien tu"', ['"dien tu"']],
  ])('%s', (query, expected) => {
    expect(queries(query)).toEqual(expected);
  });

  it('weighs the query as typed above its variants', () => {
    const [typed, ...rest] = expandQuery('dien tu', ABBREVIATIONS);
    expect(typed!.weight).toBe(1);
    for (const variant of rest) expect(variant.weight).toBeLessThan(1);
  });
});
