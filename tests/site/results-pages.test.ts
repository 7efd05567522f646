import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import type { Archive } from '../../src/lib/archive.ts';
import {
  notesByCode,
  PREVIEW,
  qualityListBase,
  qualityLists,
  resultsAndQualityPaths,
  resultsListBase,
  resultsLists,
  type IngestReport,
  type NoteRow,
} from '../../src/lib/listings/results-pages.ts';
import { pageHrefs, paginate, PAGE_SIZE } from '../../src/lib/paginate.ts';
import { archiveAsOf, citedBy, type FigureRow, type TaskRow } from '../../src/lib/results.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { synthCorpus } from '../../scripts/lib/synth.ts';
import { allFixtureSources, REGISTRY } from '../helpers/fixtures.ts';

// The fixtures and a synthetic province: hundreds of figures and tasks, so lists run over several pages.
const records = ingestCorpus(
  [...allFixtureSources(), ...synthCorpus(400, 11).map((file) => ({ file: file.name, bytes: file.bytes }))],
  REGISTRY,
).sources.map((source) => source.record);
// No legal registry here: the lapsed-citation list is tested in legal-status.test.ts.
const archiveOf = (list: readonly SourceRecord[]) => ({ records: [...list], citedBy: citedBy(list), asOf: archiveAsOf(list), lapsed: [] }) as unknown as Archive;
const archive = archiveOf(records);
// The same records in another order: what getCollection may return.
const shuffled = archiveOf([...records].reverse());
const report: IngestReport = {
  failures: [
    { file: 'b.txt', code: 'encoding-tcvn3', line: null, message: 'TCVN3' },
    { file: 'a.txt', code: 'sidecar-invalid', line: 3, message: 'not valid YAML' },
    { file: 'a.txt', code: 'sidecar-invalid', line: 1, message: 'not valid YAML' },
  ],
  orphanSidecars: ['z.meta.yaml', 'm.meta.yaml'],
};
// A row of either kind, for the order checks (each reads the fields of its own kind).
type Row = FigureRow & TaskRow;
// A row of a list, as a string that says which item it is.
const rowKey = (row: unknown) => (typeof row === 'string' ? row : 'href' in (row as object) ? (row as { href: string }).href : JSON.stringify(row, (key, value) => (key === 'record' ? (value as SourceRecord).id : value)));

describe('addresses of the lists', () => {
  it.each([
    // the rates are the main list: paginated at /ket-qua/ itself
    ['ty-le', '/ket-qua/'],
    // every other list of /ket-qua/ has its own pages below it
    ['xep-hang', '/ket-qua/xep-hang/'],
    ['qua-han', '/ket-qua/qua-han/'],
    ['khong-han', '/ket-qua/khong-han/'],
  ])('results list %s is at %s', (key, base) => expect(resultsListBase(key)).toBe(base));

  it.each([
    // the unreadable sources are the main list of /chat-luong/
    ['nguon-loi', '/chat-luong/'],
    // sidecars without a source
    ['tep-bo-sung', '/chat-luong/tep-bo-sung/'],
    // references not pinned down
    ['chua-xac-dinh', '/chat-luong/chua-xac-dinh/'],
    // every diagnostic of every source
    ['luu-y', '/chat-luong/luu-y/'],
  ])('quality list %s is at %s', (key, base) => expect(qualityListBase(key)).toBe(base));
});

describe('resultsLists', () => {
  const lists = resultsLists(archive);
  const other = resultsLists(shuffled);

  it.each(lists.map((list, i) => [list.key, list, other[i]!] as const))('%s is in the same order whatever order the records come in', (_key, list, same) => {
    expect(same.key).toBe(list.key);
    expect(same.rows.map(rowKey)).toEqual(list.rows.map(rowKey));
  });

  it.each([
    // figures: newest year first
    ['ty-le', (a: Row, b: Row) => (b.metric.year ?? 0) <= (a.metric.year ?? 0)],
    ['xep-hang', (a: Row, b: Row) => (b.metric.year ?? 0) <= (a.metric.year ?? 0)],
    ['thay-doi', (a: Row, b: Row) => (b.metric.year ?? 0) <= (a.metric.year ?? 0)],
    // tasks: earliest deadline first
    ['qua-han', (a: Row, b: Row) => (a.task.due ?? '9999') <= (b.task.due ?? '9999')],
    ['sap-den-han', (a: Row, b: Row) => (a.task.due ?? '9999') <= (b.task.due ?? '9999')],
    // without a deadline: by document
    ['khong-han', (a: Row, b: Row) => a.record.id <= b.record.id],
  ])('%s is sorted', (key, inOrder) => {
    const rows = lists.find((list) => list.key === key)!.rows as Row[];
    expect(rows.every((row, i) => i === 0 || inOrder(rows[i - 1]!, row))).toBe(true);
  });

  it('has lists long enough to need pages (else the test proves little)', () => {
    expect(Math.max(...lists.map((list) => list.rows.length))).toBeGreaterThan(PAGE_SIZE);
    expect(lists.filter((list) => list.rows.length > PREVIEW).length).toBeGreaterThan(1);
  });

  it.each(lists.map((list) => [list.key, list] as const))('%s: every row on exactly one page', (_key, list) => {
    const pages = paginate(list.rows as unknown[]);
    const shown = pages.flatMap((page) => page.items as unknown[]).map(rowKey);
    expect(shown).toEqual(list.rows.map(rowKey));
    expect(new Set(shown).size).toBe(shown.length);
  });
});

describe('qualityLists', () => {
  const lists = qualityLists(archive, report);
  const byKey = (key: string) => lists.find((list) => list.key === key)!.rows as unknown[];

  it.each([
    // failures by file, then line (none first), then code
    ['nguon-loi', ['{"file":"a.txt","code":"sidecar-invalid","line":1,"message":"not valid YAML"}', '{"file":"a.txt","code":"sidecar-invalid","line":3,"message":"not valid YAML"}', '{"file":"b.txt","code":"encoding-tcvn3","line":null,"message":"TCVN3"}']],
    // orphan sidecars by name
    ['tep-bo-sung', ['m.meta.yaml', 'z.meta.yaml']],
  ])('%s is sorted', (key, expected) => expect(byKey(key).map(rowKey)).toEqual(expected));

  it.each([
    // unresolved references: by citing document
    ['chua-xac-dinh'],
    // diagnostics: by document
    ['luu-y'],
  ])('%s is by document id, whatever order the records come in', (key) => {
    const rows = byKey(key) as { record: SourceRecord }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row, i) => i === 0 || rows[i - 1]!.record.id <= row.record.id)).toBe(true);
    const same = qualityLists(shuffled, report).find((list) => list.key === key)!.rows;
    expect(same.map(rowKey)).toEqual(rows.map(rowKey));
  });

  it('counts diagnostics by code, most frequent first, adding up to all of them', () => {
    const notes = byKey('luu-y') as NoteRow[];
    const counts = notesByCode(notes);
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(notes.length);
    expect(counts.every((entry, i) => i === 0 || counts[i - 1]!.count >= entry.count)).toBe(true);
  });

  it.each([
    // no diagnostics: nothing to count
    [[], []],
    // ties by code
    [['b', 'a', 'b', 'a', 'c'], [['a', 2], ['b', 2], ['c', 1]]],
  ])('notesByCode(%j)', (codes, expected) => {
    const rows = codes.map((code) => ({ record: records[0]!, item: { code, severity: 'warning', message: '' } }) as unknown as NoteRow);
    expect(notesByCode(rows).map((entry) => [entry.code, entry.count])).toEqual(expected);
  });
});

describe('resultsAndQualityPaths', () => {
  const paths = resultsAndQualityPaths(archive, report);

  it.each([
    // the two overviews
    ['/ket-qua/'],
    ['/chat-luong/'],
    // every other list has its first page, even when empty (its address always answers)
    ['/ket-qua/khong-han/'],
    ['/chat-luong/tep-bo-sung/'],
  ])('lists %s', (path) => expect(paths).toContain(path));

  it('lists each page of each list once, as the routes paginate them', () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual([
      ...resultsLists(archive).flatMap((list) => pageHrefs(resultsListBase(list.key), list.rows.length)),
      ...qualityLists(archive, report).flatMap((list) => pageHrefs(qualityListBase(list.key), list.rows.length)),
    ]);
    expect(paths.some((path) => /\/trang-2\/$/u.test(path))).toBe(true);
  });
});
