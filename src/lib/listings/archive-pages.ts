import type { SourceRecord } from '../../schemas/index.ts';
import type { Archive } from '../archive.ts';
import type { YearPage } from '../entities.ts';
import { compareNewestFirst } from '../format.ts';
import { pageHrefs } from '../paginate.ts';

/** The home page's list: every source, newest first (then by id, so the order is stable). */
export function newestFirst(records: readonly SourceRecord[]): SourceRecord[] {
  return [...records].sort(compareNewestFirst);
}

/** What was issued or published in a year, newest first, each with its month (a page of the list starts anywhere in a month). */
export function yearPublished(year: YearPage): { month: number; record: SourceRecord }[] {
  const months = [...year.published.keys()].sort((a, b) => b - a);
  return months.flatMap((month) => [...year.published.get(month)!].sort(compareNewestFirst).map((record) => ({ month, record })));
}

/** What reports on a year's results, newest first. */
export function yearReporting(year: YearPage): SourceRecord[] {
  return [...year.reportingOn].sort(compareNewestFirst);
}

/** How many items reporting on a year the year's first page shows before linking to their own list. */
export const REPORTING_PREVIEW = 10;

/** Runs of items in one month, for a page's month headings; `continued` when the month began on the page before. */
export function monthRuns<Item extends { month: number }>(items: readonly Item[], before: Item | undefined): { month: number; continued: boolean; items: Item[] }[] {
  const runs: { month: number; continued: boolean; items: Item[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last.month === item.month) last.items.push(item);
    else runs.push({ month: item.month, continued: runs.length === 0 && before?.month === item.month, items: [item] });
  }
  return runs;
}

/** Every page of the home list and of the year lists (for the sitemap), as the routes make them. */
export function archivePagePaths(archive: Pick<Archive, 'records' | 'years'>): string[] {
  return [
    ...pageHrefs('/', archive.records.length),
    ...archive.years.flatMap((year) => [
      ...pageHrefs(`/nam/${year.year}/`, yearPublished(year).length),
      ...(year.reportingOn.length > REPORTING_PREVIEW ? pageHrefs(`/nam/${year.year}/bao-cao/`, year.reportingOn.length) : []),
    ]),
  ];
}
