import { compareCodeUnits } from './format.ts';

// One collator for every list: building one is costly.
const COLLATOR = new Intl.Collator('vi');

/** The order the search page lists a filter's values in: years newest first, the rest in Vietnamese alphabetical order. */
export function compareFilterValues(key: string): (a: string, b: string) => number {
  if (key === 'Năm') return (a, b) => compareCodeUnits(b, a);
  return (a, b) => COLLATOR.compare(a, b);
}
