import { figureAnchor, taskAnchor } from '../ingest/emit/result-marks.ts';
import type { Metric, SourceRecord, Task } from '../schemas/index.ts';
import { formatDate, recordDate, recordPath } from './format.ts';

/** A figure with where it was read: the link goes to its sentence in the document. */
export interface FigureRow {
  metric: Metric;
  record: SourceRecord;
  href: string;
}

export interface TaskRow {
  task: Task;
  record: SourceRecord;
  href: string;
  status: TaskStatus;
}

export type TaskStatus =
  | { kind: 'reported'; by: SourceRecord }
  | { kind: 'overdue'; asOf: string }
  | { kind: 'pending'; asOf: string }
  | { kind: 'no-deadline' };

/** `89,47` — Vietnamese decimal comma. */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}
// One formatter for the build: toLocaleString builds a new one per call (3 s at 10,000 documents).
const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** The figure as a reader reads it: `119/133 nhiệm vụ (89,47%)`, `thứ 5/20 sở, ngành`, `từ 15 xuống 7 ngày`. */
export function figureLabel(metric: Metric): string {
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const percent = metric.percent !== null ? `${formatNumber(metric.percent)}%` : '';
  switch (metric.kind) {
    case 'rank':
      return `thứ ${metric.value}/${metric.of}${unit}`;
    case 'change':
      return `từ ${formatNumber(metric.from!)} xuống/lên ${formatNumber(metric.to!)}${unit || (metric.text.includes('%') ? '%' : '')}`.replace('xuống/lên', metric.to! < metric.from! ? 'xuống' : 'lên');
    case 'percent':
      return percent;
    default: {
      const count = metric.of !== null ? `${formatNumber(metric.value!)}/${formatNumber(metric.of)}` : formatNumber(metric.value!);
      return `${count}${unit}${percent ? ` (${percent})` : ''}`;
    }
  }
}

/** The date the archive knows up to: its newest document. A deadline after it cannot be judged. */
export function archiveAsOf(records: readonly SourceRecord[]): string {
  return records.map((record) => recordDate(record) ?? '').reduce((newest, date) => (date > newest ? date : newest), '');
}

/**
 * What the archive can tell of a task: a later document about the lead agency
 * that cites the assigning one reports on it; otherwise, past its deadline by
 * the archive's newest date, it is overdue as far as the archive knows.
 */
export function taskStatus(task: Task, record: SourceRecord, citing: readonly SourceRecord[], asOf: string): TaskStatus {
  const assigned = recordDate(record) ?? '';
  const report = citing
    .filter((other) => other.id !== record.id && (recordDate(other) ?? '') > assigned)
    .filter((other) => other.agencies.some((agency) => agency.id === task.leadId && agency.roles.some((role) => role === 'issuer' || role === 'subject')))
    .sort((a, b) => ((recordDate(a) ?? '') < (recordDate(b) ?? '') ? -1 : 1))[0];
  if (report) return { kind: 'reported', by: report };
  if (!task.due) return { kind: 'no-deadline' };
  return task.due < asOf ? { kind: 'overdue', asOf } : { kind: 'pending', asOf };
}

export function statusLabel(status: TaskStatus): string {
  switch (status.kind) {
    case 'reported':
      return 'Có văn bản sau báo cáo';
    case 'overdue':
      return `Quá hạn, chưa thấy báo cáo (dữ liệu đến ${formatDate(status.asOf)})`;
    case 'pending':
      return `Chưa đến hạn (dữ liệu đến ${formatDate(status.asOf)})`;
    default:
      return 'Không nêu hạn';
  }
}

export function figureRows(records: readonly SourceRecord[], keep: (metric: Metric, record: SourceRecord) => boolean = () => true): FigureRow[] {
  return records.flatMap((record) =>
    record.metrics.flatMap((metric, i) => (keep(metric, record) ? [{ metric, record, href: `${recordPath(record)}#${figureAnchor(i)}` }] : [])),
  );
}

/** Who cites whom: record id → the records whose legal references point to it. Computed once per build. */
export function citedBy(records: readonly SourceRecord[]): Map<string, SourceRecord[]> {
  const index = new Map<string, SourceRecord[]>();
  for (const record of records) {
    for (const target of new Set(record.legalRefs.flatMap((ref) => (ref.target ? [ref.target] : [])))) {
      const list = index.get(target) ?? [];
      list.push(record);
      index.set(target, list);
    }
  }
  return index;
}

/** The tasks of `owners` (with `keep`), their status judged against the whole archive. */
export function taskRows(owners: readonly SourceRecord[], archive: { citedBy: Map<string, SourceRecord[]>; asOf: string }, keep: (task: Task, record: SourceRecord) => boolean = () => true): TaskRow[] {
  return owners.flatMap((record) =>
    record.tasks.flatMap((task, i) =>
      keep(task, record) ? [{ task, record, href: `${recordPath(record)}#${taskAnchor(i)}`, status: taskStatus(task, record, archive.citedBy.get(record.id) ?? [], archive.asOf) }] : [],
    ),
  );
}

/** A completion or other rate: a percentage, given or computed from a ratio of tasks or files. */
export function rateOf(metric: Metric): number | null {
  if (metric.target || metric.kind === 'change' || metric.kind === 'rank') return null;
  if (metric.percent !== null) return metric.percent;
  if (metric.value !== null && metric.of !== null && metric.of > 0) return Math.round((metric.value / metric.of) * 10000) / 100;
  return null;
}

export interface ChartPoint {
  year: number;
  rate: number;
  x: number;
  y: number;
  label: string;
  href: string;
}

/** Rates by reporting year placed on a chart of `width` × `height` (y: 0–100%), for a static SVG. */
export function rateChart(rows: readonly FigureRow[], width: number, height: number, padding = 32): { points: ChartPoint[]; years: number[] } {
  const rated = rows.flatMap((row) => {
    const rate = rateOf(row.metric);
    return rate === null || row.metric.year === null ? [] : [{ row, rate, year: row.metric.year }];
  });
  const years = [...new Set(rated.map((item) => item.year))].sort((a, b) => a - b);
  const step = years.length > 1 ? (width - 2 * padding) / (years.length - 1) : 0;
  const xOf = (year: number) => (years.length > 1 ? padding + years.indexOf(year) * step : width / 2);
  const yOf = (rate: number) => height - padding - (Math.min(rate, 100) / 100) * (height - 2 * padding);
  return {
    years,
    points: rated.map(({ row, rate, year }) => ({ year, rate, x: Math.round(xOf(year) * 10) / 10, y: Math.round(yOf(rate) * 10) / 10, label: `${year}: ${formatNumber(rate)}% — ${row.metric.about}`, href: row.href })),
  };
}

/** Figures by the agency they credit, and tasks by their lead agency: for agency pages and /ket-qua/. */
export function resultsByAgency(records: readonly SourceRecord[], archive: { citedBy: Map<string, SourceRecord[]>; asOf: string }): { figures: Map<string, FigureRow[]>; tasks: Map<string, TaskRow[]> } {
  const figures = new Map<string, FigureRow[]>();
  for (const row of figureRows(records, (metric) => !metric.target && metric.agencyId !== null)) {
    const list = figures.get(row.metric.agencyId!) ?? [];
    list.push(row);
    figures.set(row.metric.agencyId!, list);
  }
  const tasks = new Map<string, TaskRow[]>();
  for (const row of taskRows(records, archive)) {
    const list = tasks.get(row.task.leadId) ?? [];
    list.push(row);
    tasks.set(row.task.leadId, list);
  }
  const byYear = (a: FigureRow, b: FigureRow) => (a.metric.year ?? 0) - (b.metric.year ?? 0) || (a.record.id < b.record.id ? -1 : 1);
  for (const list of figures.values()) list.sort(byYear);
  for (const list of tasks.values()) list.sort((a, b) => ((a.task.due ?? '9999') < (b.task.due ?? '9999') ? -1 : (a.task.due ?? '9999') > (b.task.due ?? '9999') ? 1 : a.record.id < b.record.id ? -1 : 1));
  return { figures, tasks };
}
