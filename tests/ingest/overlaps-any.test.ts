import { describe, expect, it } from 'vitest';
import { overlapsAny } from '../../src/ingest/extract/overlaps-any.ts';

// Chrome lines at 0–10 and 20–30, and the text's own number inside the second at 24–28.
const excluded = overlapsAny([
  { start: 20, end: 30 },
  { start: 0, end: 10 },
  { start: 24, end: 28 },
]);

describe('overlapsAny', () => {
  it.each([
    // the first character of a chrome line
    [0, undefined, true],
    // just past its end
    [10, undefined, false],
    // a match that starts in the body and runs into the next chrome line
    [15, 21, true],
    // a match that ends where chrome starts touches nothing
    [15, 20, false],
    // inside the number, which lies inside a chrome line
    [25, 26, true],
    // after everything
    [30, 40, false],
  ])('[%i, %s) → %s', (start, end, expected) => expect(excluded(start, end)).toBe(expected));

  it('agrees with checking every span, on random spans and questions', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: next(8) }, () => {
        const start = next(100);
        return { start, end: start + 1 + next(15) };
      });
      const fast = overlapsAny(spans);
      for (let question = 0; question < 20; question++) {
        const start = next(120);
        const end = start + 1 + next(10);
        expect(fast(start, end)).toBe(spans.some((span) => start < span.end && end > span.start));
      }
    }
  });
});
