import { describe, expect, it } from 'vitest';
import { matchNumber, numberShard, parseNumberQuery, type NumberEntry } from '../../src/lib/number-query.ts';

describe('parseNumberQuery: numbers as readers type them', () => {
  it.each([
    // as printed
    ['08/TB-UBND', { serial: '8', year: null, typeCode: 'TB', canonical: '08/TB-UBND' }],
    // in lower case
    ['08/tb-ubnd', { serial: '8', year: null, typeCode: 'TB', canonical: '08/TB-UBND' }],
    // with the stray space of the seed
    ['08 /TB-UBND', { serial: '8', year: null, typeCode: 'TB', canonical: '08/TB-UBND' }],
    // without a Vietnamese keyboard
    ['61/2018/ND-CP', { serial: '61', year: 2018, typeCode: 'NĐ', canonical: '61/2018/NĐ-CP' }],
    // serial and year only
    ['61/2018', { serial: '61', year: 2018, typeCode: null, canonical: null }],
    // type code, serial and year
    ['QĐ 06/2020', { serial: '6', year: 2020, typeCode: 'QĐ', canonical: null }],
    // the same typed without Đ
    ['QD 06/2020', { serial: '6', year: 2020, typeCode: 'QĐ', canonical: null }],
    // a department's symbol in capitals
    ['984/kh-sngv', { serial: '984', year: null, typeCode: 'KH', canonical: '984/KH-SNgV' }],
  ])('%s', (query, expected) => {
    expect(parseNumberQuery(query)).toEqual(expected);
  });

  it.each([
    // words
    ['cải cách hành chính'],
    // a ratio
    ['119/133'],
    // a date
    ['17/12/2020'],
    // a quarter
    ['quý II/2023'],
  ])('%s is not a number', (query) => {
    expect(parseNumberQuery(query)).toBeNull();
  });
});

describe('matchNumber', () => {
  const entries: NumberEntry[] = [
    { n: '61/2018/NĐ-CP', y: 2018, u: '/can-cu/61-2018-nd-cp/', h: 'Nghị định số 61/2018/NĐ-CP', k: 'can-cu' },
    { n: '61/QĐ-UBND', y: 2018, u: '/van-ban/2018-61-qd-ubnd-hai-phong/', h: 'Quyết định 61', k: 'van-ban' },
    { n: '06/2020/QĐ-TTg', y: 2020, u: '/can-cu/06-2020-qd-ttg/', h: 'Quyết định số 06/2020/QĐ-TTg', k: 'can-cu' },
  ];
  it.each([
    // the whole number: that document only
    ['61/2018/ND-CP', ['/can-cu/61-2018-nd-cp/']],
    // serial and year: every document of that serial in that year, archive pages first
    ['61/2018', ['/van-ban/2018-61-qd-ubnd-hai-phong/', '/can-cu/61-2018-nd-cp/']],
    // type, serial and year
    ['QĐ 06/2020', ['/can-cu/06-2020-qd-ttg/']],
  ])('%s', (query, urls) => {
    expect(matchNumber(parseNumberQuery(query)!, entries).map((entry) => entry.u)).toEqual(urls);
  });
  it('shards by the first two digits of the serial', () => {
    expect([numberShard('08'), numberShard('984'), numberShard('6')]).toEqual(['8', '98', '6']);
  });
});
