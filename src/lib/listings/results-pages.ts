import { generatedFolder } from '../documents.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../archive.ts';
import { compareCodeUnits, compareVietnamese } from '../format.ts';
import { pageHrefs, paginate, type ListPage } from '../paginate.ts';
import { figureRows, rateOf, taskRows, type FigureRow, type TaskRow } from '../results.ts';
import type { SourceRecord } from '../../schemas/index.ts';
import type { LapsedCitation } from '../legal-status.ts';

/**
 * The lists of /ket-qua/ (results) and /chat-luong/ (data quality), split into
 * pages (src/lib/paginate.ts). Each overview's main list is paginated at the
 * overview's own address (`/ket-qua/`, `/ket-qua/trang-2/`); each of its other
 * lists shows its first PREVIEW rows there, with its count and a link to its own
 * pages (`/ket-qua/qua-han/`, `/ket-qua/qua-han/trang-2/`). The routes and the
 * sitemap both read these functions, so they agree on every address.
 */

/** How many rows of a secondary list the overview shows before linking to its own pages. */
export const PREVIEW = 10;

export const RESULTS_BASE = '/ket-qua/';
export const QUALITY_BASE = '/chat-luong/';

// ---------------------------------------------------------------- /ket-qua/

export type FigureListKey = 'ty-le' | 'xep-hang' | 'thay-doi';
export type TaskListKey = 'qua-han' | 'sap-den-han' | 'da-bao-cao' | 'khong-han';

interface ListText {
  /** The section's heading and the id other links use (`/ket-qua/#qua-han`). */
  key: string;
  heading: string;
  caption: string;
  /** What an empty list says. */
  empty: string;
  /** Shown on the overview only when it has rows. */
  optional: boolean;
  /** How the rows are ordered, as the pages say it. */
  order: string;
}
export type ResultsList = (ListText & { key: FigureListKey; kind: 'figures'; rows: FigureRow[] }) | (ListText & { key: TaskListKey; kind: 'tasks'; rows: TaskRow[] });

/** The list paginated at /ket-qua/ itself; the others have their own pages below it. */
export const RESULTS_MAIN: FigureListKey = 'ty-le';

/** Newest year first (no year last), then agency, then document and the figure's place in it. */
function figureOrder(rows: FigureRow[]): FigureRow[] {
  const position = new Map(rows.map((row, index) => [row, index]));
  return rows.sort(
    (a, b) =>
      (b.metric.year ?? 0) - (a.metric.year ?? 0) ||
      compareVietnamese(a.metric.agency ?? '', b.metric.agency ?? '') ||
      (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0) ||
      position.get(a)! - position.get(b)!,
  );
}

/** Earliest deadline first (none last), then document and the task's place in it. */
function taskOrder(rows: TaskRow[]): TaskRow[] {
  const position = new Map(rows.map((row, index) => [row, index]));
  const due = (row: TaskRow) => row.task.due ?? '9999';
  return rows.sort(
    (a, b) =>
      (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0) ||
      (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0) ||
      position.get(a)! - position.get(b)!,
  );
}

const byId = (a: SourceRecord, b: SourceRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type ResultsInput = Pick<Archive, 'records' | 'citedBy' | 'asOf'>;
const resultsCache = new WeakMap<ResultsInput, ResultsList[]>();

/** The lists of /ket-qua/, in the order the overview shows them, each in its stable order. */
export function resultsLists(archive: ResultsInput): ResultsList[] {
  const cached = resultsCache.get(archive);
  if (cached) return cached;
  const records = [...archive.records].sort(byId);
  const figures = (keep: Parameters<typeof figureRows>[1]) => figureOrder(figureRows(records, keep));
  const tasks = taskOrder(taskRows(records, archive));
  const status = (kind: TaskRow['status']['kind']) => tasks.filter((row) => row.status.kind === kind);
  const lists: ResultsList[] = [
    { key: 'ty-le', order: 'mới nhất trước', kind: 'figures', heading: 'Tỷ lệ hoàn thành và các tỷ lệ khác', caption: 'Tỷ lệ theo cơ quan và năm', empty: 'Chưa có số liệu.', optional: false, rows: figures((metric) => rateOf(metric) !== null) },
    { key: 'xep-hang', order: 'mới nhất trước', kind: 'figures', heading: 'Xếp hạng', caption: 'Xếp hạng theo cơ quan và năm', empty: 'Chưa có số liệu.', optional: false, rows: figures((metric) => metric.kind === 'rank' && !metric.target) },
    { key: 'thay-doi', order: 'mới nhất trước', kind: 'figures', heading: 'Thay đổi (thời gian giải quyết…)', caption: 'Thay đổi theo cơ quan và năm', empty: 'Chưa có số liệu.', optional: false, rows: figures((metric) => metric.kind === 'change' && !metric.target) },
    { key: 'qua-han', order: 'hạn sớm nhất trước', kind: 'tasks', heading: 'Nhiệm vụ quá hạn, chưa thấy báo cáo', caption: 'Quá hạn theo dữ liệu trong kho', empty: 'Không có.', optional: false, rows: status('overdue') },
    { key: 'sap-den-han', order: 'hạn sớm nhất trước', kind: 'tasks', heading: 'Nhiệm vụ chưa đến hạn', caption: 'Hạn sắp tới', empty: 'Không có.', optional: false, rows: status('pending') },
    { key: 'da-bao-cao', order: 'hạn sớm nhất trước', kind: 'tasks', heading: 'Nhiệm vụ đã có văn bản báo cáo sau', caption: 'Có văn bản sau', empty: 'Không có.', optional: true, rows: status('reported') },
    { key: 'khong-han', order: 'theo mã văn bản', kind: 'tasks', heading: 'Nhiệm vụ không nêu hạn', caption: 'Không nêu hạn', empty: 'Không có.', optional: true, rows: status('no-deadline') },
  ];
  resultsCache.set(archive, lists);
  return lists;
}

/** Where a list of /ket-qua/ is paginated: the main one at /ket-qua/, the others at /ket-qua/<key>/. */
export function resultsListBase(key: string): string {
  return key === RESULTS_MAIN ? RESULTS_BASE : `${RESULTS_BASE}${key}/`;
}

// ---------------------------------------------------------------- /chat-luong/

export interface IngestFailure {
  file: string;
  code: string;
  line: number | null;
  message: string;
}
/** What scripts/ingest.ts writes to `<generated>/ingest-report.json` that the records do not hold. */
export interface IngestReport {
  failures: IngestFailure[];
  orphanSidecars: string[];
}

// Read once per build: every page of /chat-luong/ asks for it, and the lists computed from it are cached by the object.
const reports = new Map<string, IngestReport>();

/** The ingest report of this build (none yet: nothing failed). */
export function readIngestReport(generated = generatedFolder(process.cwd(), process.env)): IngestReport {
  const path = join(generated, 'ingest-report.json');
  const known = reports.get(path);
  if (known) return known;
  const parsed = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<IngestReport>) : {};
  const report = { failures: parsed.failures ?? [], orphanSidecars: parsed.orphanSidecars ?? [] };
  reports.set(path, report);
  return report;
}

export type QualityListKey = 'nguon-loi' | 'tep-bo-sung' | 'chua-xac-dinh' | 'het-hieu-luc' | 'luu-y';
/** A reference the archive could not pin down, with the document citing it. */
export interface UnresolvedRow {
  record: SourceRecord;
  ref: SourceRecord['legalRefs'][number];
}
/** One diagnostic of one source. */
export interface NoteRow {
  record: SourceRecord;
  item: SourceRecord['diagnostics'][number];
}
export type QualityList =
  | (ListText & { key: 'nguon-loi'; rows: IngestFailure[] })
  | (ListText & { key: 'tep-bo-sung'; rows: string[] })
  | (ListText & { key: 'chua-xac-dinh'; rows: UnresolvedRow[] })
  | (ListText & { key: 'het-hieu-luc'; rows: LapsedCitation[] })
  | (ListText & { key: 'luu-y'; rows: NoteRow[] });

/** The list paginated at /chat-luong/ itself: sources that could not be read at all (not published). */
export const QUALITY_MAIN: QualityListKey = 'nguon-loi';

const qualityCache = new WeakMap<object, WeakMap<IngestReport, QualityList[]>>();

/** The lists of /chat-luong/, in the order the overview shows them, each in its stable order. */
export function qualityLists(archive: Pick<Archive, 'records' | 'lapsed'>, report: IngestReport): QualityList[] {
  const cached = qualityCache.get(archive)?.get(report);
  if (cached) return cached;
  const sorted = [...archive.records].sort(byId);
  const failures = report.failures
    .map((failure, index) => ({ failure, index }))
    .sort((a, b) => compareCodeUnits(a.failure.file, b.failure.file) || (a.failure.line ?? 0) - (b.failure.line ?? 0) || compareCodeUnits(a.failure.code, b.failure.code) || a.index - b.index)
    .map(({ failure }) => failure);
  // Within a document: in the order its references and diagnostics are stored.
  const unresolved = sorted.flatMap((record) => record.legalRefs.filter((ref) => !ref.resolved).map((ref) => ({ record, ref })));
  const notes = sorted.flatMap((record) => record.diagnostics.map((item) => ({ record, item })));
  const lists: QualityList[] = [
    { key: 'nguon-loi', order: 'theo tên tệp', heading: 'Nguồn không đọc được', caption: 'Nguồn không đọc được', empty: 'Không có.', optional: false, rows: failures },
    { key: 'tep-bo-sung', order: 'theo tên tệp', heading: 'Tệp bổ sung không có nguồn', caption: 'Tệp bổ sung không có nguồn', empty: 'Không có.', optional: true, rows: [...report.orphanSidecars].sort(compareCodeUnits) },
    { key: 'chua-xac-dinh', order: 'theo mã văn bản', heading: 'Văn bản được dẫn chiếu nhưng chưa xác định được', caption: 'Dẫn chiếu chưa xác định được', empty: 'Không có.', optional: false, rows: unresolved },
    { key: 'het-hieu-luc', order: 'theo mã văn bản', heading: 'Văn bản dẫn chiếu căn cứ đã hết hiệu lực', caption: 'Dẫn chiếu căn cứ đã hết hiệu lực', empty: 'Không có: chưa văn bản nào mang ngày từ khi một căn cứ nó dựa vào đã hết hiệu lực (theo tình trạng lưu trữ biết).', optional: false, rows: [...archive.lapsed] },
    { key: 'luu-y', order: 'theo mã văn bản', heading: 'Lưu ý theo từng nguồn', caption: 'Lưu ý theo từng nguồn', empty: 'Không có.', optional: false, rows: notes },
  ];
  const byReport = qualityCache.get(archive) ?? new WeakMap<IngestReport, QualityList[]>();
  byReport.set(report, lists);
  qualityCache.set(archive, byReport);
  return lists;
}

/** Where a list of /chat-luong/ is paginated: the main one at /chat-luong/, the others at /chat-luong/<key>/. */
export function qualityListBase(key: string): string {
  return key === QUALITY_MAIN ? QUALITY_BASE : `${QUALITY_BASE}${key}/`;
}

/** How many diagnostics of each code, most frequent first: the overview's summary of the notes. */
export function notesByCode(rows: readonly NoteRow[]): { code: string; severity: string; count: number; first: NoteRow }[] {
  const counts = new Map<string, { code: string; severity: string; count: number; first: NoteRow }>();
  for (const row of rows) {
    const entry = counts.get(row.item.code);
    if (entry) entry.count += 1;
    else counts.set(row.item.code, { code: row.item.code, severity: row.item.severity, count: 1, first: row });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareCodeUnits(a.code, b.code));
}

// ---------------------------------------------------------------- pages

/** One page of one list: what a `[...page]` route renders. */
export interface ListingPage<List> {
  list: List;
  base: string;
  slice: ListPage<List extends { rows: (infer Row)[] } ? Row : never>;
}

/** Every page of every list, main lists included (their first page is the overview). */
export function listingPages<List extends { key: string; rows: unknown[] }>(lists: readonly List[], baseOf: (key: string) => string): ListingPage<List>[] {
  return lists.flatMap((list) => paginate(list.rows).map((slice) => ({ list, base: baseOf(list.key), slice }) as ListingPage<List>));
}

/** Every address of /ket-qua/ and /chat-luong/ and their lists' pages, for the sitemap. */
export function resultsAndQualityPaths(archive: Archive, report: IngestReport = readIngestReport()): string[] {
  return [
    ...resultsLists(archive).flatMap((list) => pageHrefs(resultsListBase(list.key), list.rows.length)),
    ...qualityLists(archive, report).flatMap((list) => pageHrefs(qualityListBase(list.key), list.rows.length)),
  ];
}
