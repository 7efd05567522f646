import { describe, expect, it } from 'vitest';
import type { AgencyPage, PersonPage } from '../../src/lib/entities.ts';
import type { Basis } from '../../src/lib/legal-basis.ts';
import {
  agencyDocuments,
  agencyIndex,
  agencyListing,
  basisCitationHref,
  basisIndex,
  chartRows,
  citingDocuments,
  entityPagePaths,
  groupedIndex,
  initialOf,
  pageRanges,
  personIndex,
  PREVIEW_ROWS,
  sortFigures,
  sortTasks,
} from '../../src/lib/listings/entity-pages.ts';
import type { Archive } from '../../src/lib/archive.ts';
import type { FigureRow, TaskRow } from '../../src/lib/results.ts';
import type { ReferenceOccurrence, SourceRecord } from '../../src/schemas/index.ts';

// Only what the listing functions read.
const record = (id: string, issued: string | null = null): SourceRecord => ({ id, kind: 'document', issued, published: null }) as unknown as SourceRecord;
const occurrence = (start: number, anchor?: string): ReferenceOccurrence => ({ span: { start, end: start + 5 }, anchor }) as unknown as ReferenceOccurrence;
const figure = (id: string, year: number | null, place: number, rate = 50): FigureRow => ({ record: record(id), href: `/van-ban/${id}/#kq-${place}`, metric: { year, percent: rate, kind: 'percent', target: false } }) as unknown as FigureRow;
const task = (id: string, due: string | null, place: number): TaskRow => ({ record: record(id), href: `/van-ban/${id}/#nv-${place}`, task: { due } }) as unknown as TaskRow;
const agency = (id: string, jurisdiction: string | null, level: string, name = id, byRole: [string, SourceRecord[]][] = []): AgencyPage =>
  ({ id, name, level, jurisdiction, registered: true, byRole: new Map(byRole), byYear: new Map(), bases: [] }) as unknown as AgencyPage;
const basis = (id: string, citations: [SourceRecord, ReferenceOccurrence][] = [], type = 'Nghị định', date: string | null = null): Basis =>
  ({ id, type, date, year: null, canonical: id, citations: citations.map(([record, occurrence]) => ({ record, occurrence })) }) as unknown as Basis;
const person = (id: string, name: string): PersonPage => ({ id, name, positions: [], led: [] }) as unknown as PersonPage;
const range = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('agency documents', () => {
  const a = record('a', '2021-01-01');
  const b = record('b', '2022-01-01');
  const c = record('c', null);
  it.each([
    // a document in two roles is listed once, with both roles in ROLE_LABEL order
    [[['recipient', [a]], ['issuer', [a]]], [['a', ['issuer', 'recipient']]]],
    // newest first, undated last, whatever order the roles hold them in
    [[['mentioned', [c, a]], ['issuer', [b]]], [['b', ['issuer']], ['a', ['mentioned']], ['c', ['mentioned']]]],
    // same date: by id
    [[['issuer', [record('y', '2020-05-05'), record('x', '2020-05-05')]]], [['x', ['issuer']], ['y', ['issuer']]]],
  ] as const)('%j', (byRole, expected) => {
    const documents = agencyDocuments(agency('x', null, 'central', 'x', byRole as unknown as [string, SourceRecord[]][]));
    expect(documents.map((entry) => [entry.record.id, entry.roles])).toEqual(expected);
  });
});

describe('agency figures and tasks', () => {
  it.each([
    // newest year first; same year by document then place in it (kq-10 after kq-2)
    [[figure('b', 2020, 1), figure('a', 2021, 10), figure('a', 2021, 2), figure('c', null, 0)], ['a#2', 'a#10', 'b#1', 'c#0']],
  ])('figures %#', (rows, expected) => {
    expect(sortFigures(rows).map((row) => `${row.record.id}#${/\d+$/u.exec(row.href)![0]}`)).toEqual(expected);
  });

  it.each([
    // latest deadline first; no deadline last; ties by document and place
    [[task('a', '2020-01-01', 0), task('b', null, 0), task('c', '2021-06-30', 1), task('c', '2021-06-30', 0)], ['c#0', 'c#1', 'a#0', 'b#0']],
  ])('tasks %#', (rows, expected) => {
    expect(sortTasks(rows).map((row) => `${row.record.id}#${/\d+$/u.exec(row.href)![0]}`)).toEqual(expected);
  });

  it.each([
    // a few rated figures: all drawn, oldest first; one without a year is left out
    [[figure('a', 2019, 0), figure('b', 2021, 0), figure('c', null, 0)], 2, 2019],
    // 150 rated figures: the newest 100, the oldest of them first
    [range(150).map((i) => figure(`d${String(i).padStart(3, '0')}`, 1900 + i, 0)), 100, 1950],
  ])('chart %#', (rows, count, firstYear) => {
    const drawn = chartRows(rows);
    expect(drawn.length).toBe(count);
    expect(drawn[0]!.metric.year).toBe(firstYear);
  });

  it.each([
    // up to PREVIEW_ROWS: all on the agency page, no listing of their own
    [PREVIEW_ROWS, 0],
    // one more: the listing has its own page
    [PREVIEW_ROWS + 1, 1],
    // 250: three pages of 100
    [250, 3],
  ])('%d figures → %d listing pages', (count, pages) => {
    const rows = range(count).map((i) => figure('a', 2020, i));
    const listing = agencyListing(agency('x', null, 'central'), { figures: new Map([['x', rows]]), tasks: new Map() });
    expect(listing.figurePages.length).toBe(pages);
    expect(listing.taskPages.length).toBe(0);
  });
});

describe('legal-basis pages', () => {
  const old = record('old', '2019-01-01');
  const recent = record('new', '2023-01-01');
  it('lists each citing document once, newest first, its passages in text order', () => {
    const citing = citingDocuments(basis('b', [[old, occurrence(50, 'tc-2')], [recent, occurrence(10, 'tc-1')], [old, occurrence(5, 'tc-1')]]));
    expect(citing.map((entry) => [entry.record.id, entry.occurrences.map((item) => item.anchor)])).toEqual([
      ['new', ['tc-1']],
      ['old', ['tc-1', 'tc-2']],
    ]);
  });

  // 150 documents citing it, d149 the newest: d149…d50 on page 1, d49…d0 on page 2.
  const many = basis('61-2018-nd-cp', [
    ...range(150).map((i): [SourceRecord, ReferenceOccurrence] => [record(`d${String(i).padStart(3, '0')}`, `2020-01-01T${String(i).padStart(4, '0')}`), occurrence(0, 'tc-1')]),
    // d148 cites it four times
    ...[2, 3, 4].map((n): [SourceRecord, ReferenceOccurrence] => [record('d148', '2020-01-01T0148'), occurrence(n * 10, `tc-${n}`)]),
  ]);
  it.each([
    // the newest citing document: page 1, its passage's id
    ['d149', 'tc-1', '/can-cu/61-2018-nd-cp/#trich-d149-tc-1'],
    // the 101st newest: page 2
    ['d049', 'tc-1', '/can-cu/61-2018-nd-cp/trang-2/#trich-d049-tc-1'],
    // no anchor: the document's entry
    ['d000', undefined, '/can-cu/61-2018-nd-cp/trang-2/#trich-d000'],
    // a document not citing it: the first page
    ['zzz', 'tc-1', '/can-cu/61-2018-nd-cp/'],
    // the third passage of a document is quoted: its own id
    ['d148', 'tc-3', '/can-cu/61-2018-nd-cp/#trich-d148-tc-3'],
    // the fourth is only counted (PASSAGES_SHOWN = 3): the document's entry
    ['d148', 'tc-4', '/can-cu/61-2018-nd-cp/#trich-d148'],
  ])('%s #%s → %s', (recordId, anchor, href) => {
    expect(basisCitationHref(many, recordId, anchor)).toBe(href);
  });
});

describe('grouped indexes', () => {
  it('puts each item on one page, headings where a group begins, "continued" at the top of a page', () => {
    const items = [...range(150).map((i) => ({ group: 'A', n: i })), ...range(10).map((i) => ({ group: 'B', n: i }))];
    const index = groupedIndex(items, '/x/', (item) => ({ group: item.group, anchor: item.group.toLowerCase() }));
    expect(index.pages.flatMap((page) => page.items)).toEqual(items);
    expect(index.groups).toEqual([
      { group: 'A', anchor: 'a', count: 150, href: '/x/#a' },
      { group: 'B', anchor: 'b', count: 10, href: '/x/trang-2/#b' },
    ]);
    expect(index.pages.map((page) => page.runs.map((run) => [run.group, run.anchor ?? 'tiếp theo', run.groupHeading, run.items.length]))).toEqual([
      [['A', 'a', true, 100]],
      [['A', 'tiếp theo', true, 50], ['B', 'b', true, 10]],
    ]);
  });

  it.each([
    // national bodies first, then provinces A–Z; within one, by level then name
    [[agency('z', 'Hải Phòng', 'department', 'Sở Y tế'), agency('y', 'Bình Định', 'provincial', 'UBND'), agency('x', null, 'ministry', 'Bộ Nội vụ'), agency('w', 'Hải Phòng', 'department', 'Sở Nội vụ')], ['x', 'y', 'w', 'z']],
  ])('/co-quan/ order %#', (agencies, expected) => {
    const index = agencyIndex(agencies);
    expect(index.pages[0]!.items.map((item) => item.id)).toEqual(expected);
    expect(index.groups.map((group) => group.anchor)).toEqual(['trung-uong', 'binh-dinh', 'hai-phong']);
  });

  it.each([
    // by type in the legal hierarchy, then newest first
    [[basis('qd', [], 'Quyết định', '2020-01-01'), basis('nd-old', [], 'Nghị định', '2010-01-01'), basis('nd-new', [], 'Nghị định', '2018-01-01')], ['nd-new', 'nd-old', 'qd']],
  ])('/can-cu/ order %#', (bases, expected) => {
    expect(basisIndex(bases).pages[0]!.items.map((item) => item.id)).toEqual(expected);
  });

  it.each([
    // Vietnamese order: Đ after D, Ô after O
    [[person('o', 'Ông Văn A'), person('d2', 'Đỗ Hồng Tùng'), person('d1', 'Dương Văn B'), person('o2', 'Ong C')], ['d1', 'd2', 'o2', 'o'], ['D', 'Đ', 'O', 'Ô']],
  ])('/nhan-vat/ order %#', (people, expected, letters) => {
    const index = personIndex(people);
    expect(index.pages[0]!.items.map((item) => item.id)).toEqual(expected);
    expect(index.groups.map((group) => group.group)).toEqual(letters);
  });

  it.each([
    // one page: its first and last item
    [3, [[1, '/x/', 'i0 – i2']]],
    // 101 items: the second page holds the last alone
    [101, [[1, '/x/', 'i0 – i99'], [2, '/x/trang-2/', 'i100 – i100']]],
  ])('page ranges of %d items', (count, expected) => {
    const index = groupedIndex(range(count).map((i) => `i${i}`), '/x/', () => ({ group: 'A', anchor: 'a' }));
    expect(pageRanges(index.pages, '/x/', (item) => item).map((entry) => [entry.page, entry.href, entry.label])).toEqual(expected);
  });

  it.each([
    // precomposed or not, the letter with its marks
    ['Đỗ', 'Đ'],
    ['A\u0301nh', 'Á'],
    ['  lê', 'L'],
  ])('initial of %s', (name, letter) => {
    expect(initialOf(name)).toBe(letter);
  });
});

describe('entityPagePaths', () => {
  it('lists every page the routes build', () => {
    const docs = range(101).map((i) => record(`r${i}`, '2020-01-01'));
    const archive = {
      agencies: [agency('bo-noi-vu', null, 'ministry', 'Bộ Nội vụ', [['issuer', docs]])],
      bases: [basis('b', [[docs[0]!, occurrence(0, 'tc-1')]])],
      people: [person('p', 'Lê Văn P')],
      results: { figures: new Map([['bo-noi-vu', range(PREVIEW_ROWS + 1).map((i) => figure('r1', 2020, i))]]), tasks: new Map() },
    } as unknown as Archive;
    expect(entityPagePaths(archive)).toEqual([
      '/co-quan/',
      '/co-quan/bo-noi-vu/',
      '/co-quan/bo-noi-vu/trang-2/',
      '/co-quan/bo-noi-vu/so-lieu/',
      '/can-cu/',
      '/can-cu/b/',
      '/nhan-vat/',
      '/nhan-vat/p/',
    ]);
  });
});
