import { describe, expect, it } from 'vitest';
import { diagnosticLabel } from '../../src/lib/diagnostic-labels.ts';
import { compareCodeUnits, compareNewestFirst, formatDate, formatSize, originalPath, recordHeading, recordPath } from '../../src/lib/format.ts';

describe('formatDate: as Vietnamese readers write dates', () => {
  it.each([
    // a day
    ['2021-01-06', '06/01/2021'],
    // a publication time
    ['2020-12-17T16:30', '16:30, 17/12/2020'],
    // nothing known
    [null, null],
  ])('%s → %s', (iso, shown) => expect(formatDate(iso)).toBe(shown));
});

describe('compareNewestFirst', () => {
  const record = (id: string, issued: string | null, published: string | null = null) => ({ id, issued, published });
  it('orders by day, then time of publication, then id; undated last', () => {
    const records = [
      record('b', '2020-12-17', '2020-12-17T09:00'),
      record('undated', null),
      record('a', '2021-01-06'),
      record('c', '2020-12-17', '2020-12-17T16:30'),
      record('d', '2020-12-17'),
    ];
    expect(records.sort(compareNewestFirst).map((item) => item.id)).toEqual(['a', 'c', 'b', 'd', 'undated']);
  });
});

describe('recordPath and recordHeading', () => {
  it.each([
    // an official document
    [{ id: '2021-08-tb-ubnd-hai-phong', kind: 'document' as const, title: 'Kết luận', number: '08/TB-UBND', docType: 'Thông báo' }, '/van-ban/2021-08-tb-ubnd-hai-phong/', 'Kết luận'],
    // a document whose subject was lost: the number stands in
    [{ id: 'x', kind: 'document' as const, title: null, number: '08/TB-UBND', docType: 'Thông báo' }, '/van-ban/x/', 'Thông báo số 08/TB-UBND'],
    // a news item without any title
    [{ id: 'y', kind: 'news' as const, title: null, number: null, docType: null }, '/tin-tuc/y/', '(Không có tiêu đề)'],
  ])('%j', (record, path, heading) => {
    expect(recordPath(record)).toBe(path);
    expect(recordHeading(record)).toBe(heading);
  });
});

describe('diagnosticLabel', () => {
  it('explains known codes in Vietnamese and shows unknown ones as they are', () => {
    expect(diagnosticLabel('jurisdiction-unknown')).toMatch(/^Văn bản không nêu địa bàn/u);
    expect(diagnosticLabel('something-new')).toBe('something-new');
  });
});

describe('compareCodeUnits', () => {
  // The keys the site sorts by: ISO days, times of publication, bare years, nothing.
  const keys = ['2021-01-06', '2021-01-06T09:07', '2021-01-06T10:30', '2020-12-31', '2021', '2019', '', '2021-10-01', '2021-02-01T00:00:00+07:00'];

  it('orders dates, times and years exactly as localeCompare does', () => {
    const byLocale = [...keys].sort((a, b) => a.localeCompare(b));
    expect([...keys].sort(compareCodeUnits)).toEqual(byLocale);
    expect([...keys].reverse().sort(compareCodeUnits)).toEqual(byLocale);
  });

  it.each([
    // equal
    ['2021-01-06', '2021-01-06', 0],
    // a day before a later day
    ['2020-12-31', '2021-01-06', -1],
    // a day before the same day with a time
    ['2021-01-06', '2021-01-06T09:07', -1],
    // nothing before anything
    ['', '2015', -1],
  ])('%j against %j gives %i', (a, b, expected) => expect(compareCodeUnits(a, b)).toBe(expected));
});

describe('where an original is published, and how big it is', () => {
  it.each([
    // a text source
    [{ id: '2021-08-tb-ubnd-hai-phong', format: 'text' }, '/nguon/2021-08-tb-ubnd-hai-phong.txt'],
    // a saved web page is published as text: its scripts must not run from the archive's address
    [{ id: '2018-2862-qd-ubnd-son-la', format: 'html' }, '/nguon/2018-2862-qd-ubnd-son-la.html.txt'],
    // Word and PDF under their own extensions
    [{ id: '2018-2862-qd-ubnd-son-la-2', format: 'pdf' }, '/nguon/2018-2862-qd-ubnd-son-la-2.pdf'],
    [{ id: '2024-14084-kh-ubnd-khanh-hoa', format: 'docx' }, '/nguon/2024-14084-kh-ubnd-khanh-hoa.docx'],
  ] as const)('%j → %s', (record, path) => expect(originalPath(record)).toBe(path));

  it.each([
    [350, '350 B'],
    [1_229, '1,2 KB'],
    [2_516_582, '2,4 MB'],
  ])('%i bytes → %s', (bytes, label) => expect(formatSize(bytes)).toBe(label));
});
