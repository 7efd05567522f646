import type { SourceRecord } from '../schemas/index.ts';
import { compareFilterValues, YEAR_FILTER } from './filter-order.ts';
import { formatDate, KIND_LABEL, recordDate } from './format.ts';

/**
 * What Pagefind needs of a document page to filter, sort and show it as a
 * result (src/components/SearchFacets.astro writes it into the page), and
 * what the search page lists as filters before any search (its values and
 * counts over the whole archive, `filterValues`): the two come from here so
 * they agree.
 */
export interface SearchFacets {
  /** Result line: kind, type, number, date, issuer. */
  meta: [string, string][];
  /** Filters, by their Pagefind key; a key may come more than once (agencies, bases). */
  filters: [string, string][];
  /** ISO date to sort by. */
  date: string | null;
}

/** The filter of the agencies that issued, signed or were tasked (not only mentioned). */
/** How many values of a long filter list the search page lists in its HTML; the others come with a search's counts. */
export const SHOWN_FIRST = 40;

export const AGENCY_FILTER = 'Cơ quan';

export function searchFacets(record: SourceRecord): SearchFacets {
  const date = recordDate(record);
  const agencies = record.agencies.filter((agency) => agency.roles.some((role) => role !== 'mentioned')).map((agency) => agency.name);
  const bases = record.legalRefs.filter((ref) => ref.resolved).map((ref) => ref.canonical);
  const meta: [string, string | null][] = [
    ['kind', KIND_LABEL[record.kind]],
    ['type', record.docType],
    ['number', record.number],
    ['date', formatDate(date)],
    ['issuer', record.issuer ?? record.portal ?? null],
  ];
  const filters: [string, string | null][] = [
    ['Loại', KIND_LABEL[record.kind]],
    [YEAR_FILTER, date?.slice(0, 4) ?? null],
    ['Loại văn bản', record.docType],
    ...agencies.map((name): [string, string] => [AGENCY_FILTER, name]),
    ...bases.map((name): [string, string] => ['Căn cứ', name]),
  ];
  const present = (pair: [string, string | null]): pair is [string, string] => Boolean(pair[1]);
  return { meta: meta.filter(present), filters: filters.filter(present), date };
}

/**
 * Each filter's values over `records`, with the pages that have each (a page
 * counted once per value, as Pagefind counts), in the order the search page
 * lists them (`compareFilterValues`).
 */
export function filterValues(records: Iterable<SourceRecord>): Map<string, [string, number][]> {
  const counts = new Map<string, Map<string, number>>();
  for (const record of records) {
    const seen = new Set<string>();
    for (const [key, value] of searchFacets(record).filters) {
      if (seen.has(`${key}\u0000${value}`)) continue;
      seen.add(`${key}\u0000${value}`);
      const values = counts.get(key) ?? new Map<string, number>();
      values.set(value, (values.get(value) ?? 0) + 1);
      counts.set(key, values);
    }
  }
  return new Map(
    [...counts].map(([key, values]) => {
      const compare = compareFilterValues(key);
      return [key, [...values].sort(([a], [b]) => compare(a, b))];
    }),
  );
}
