import { compareCodeUnits, compareVietnamese } from './format.ts';

/** The year filter's key: its values are listed newest first. */
export const YEAR_FILTER = 'Năm';

/** The order the search page lists a filter's values in: years newest first, the rest in Vietnamese alphabetical order. */
export function compareFilterValues(key: string): (a: string, b: string) => number {
  if (key === YEAR_FILTER) return (a, b) => compareCodeUnits(b, a);
  return compareVietnamese;
}
