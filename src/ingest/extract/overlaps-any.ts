import type { Span } from '../../schemas/index.ts';

/**
 * Whether a stretch of text falls in any of the spans to leave alone (page
 * chrome, the text's own number), as a predicate built once per source: the
 * spans are merged and sorted, and each question is a binary search, so a long
 * text with many chrome lines costs no more per match than a short one.
 * A point `start` alone asks about the one character there.
 */
export function overlapsAny(spans: readonly Span[]): (start: number, end?: number) => boolean {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return (start, end = start + 1) => {
    // The last merged span that starts before `end`: the only one that can overlap.
    let low = 0;
    let high = merged.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (merged[middle]!.start < end) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found !== -1 && merged[found]!.end > start;
  };
}
