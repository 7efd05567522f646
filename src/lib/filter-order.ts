/** The order the search page lists a filter's values in: years newest first, the rest in Vietnamese alphabetical order. */
export function compareFilterValues(key: string): (a: string, b: string) => number {
  if (key === 'Năm') return (a, b) => (a < b ? 1 : a > b ? -1 : 0);
  const collator = new Intl.Collator('vi');
  return (a, b) => collator.compare(a, b);
}
