import { describe, expect, it } from 'vitest';
import { parseBuildPart, partPlan } from '../../src/lib/build-part.ts';

describe('parseBuildPart', () => {
  it.each([
    // unset: the whole build
    [undefined, { index: 1, count: 1 }],
    // what scripts/build.ts sets for the second of three parts
    ['2/3', { index: 2, count: 3 }],
    // the last part
    ['3/3', { index: 3, count: 3 }],
  ])('%s → %o', (value, expected) => expect(parseBuildPart(value)).toEqual(expected));

  it.each([
    // a part beyond the parts
    ['4/3'],
    // parts count from 1
    ['0/2'],
    // not a fraction
    ['2'],
  ])('refuses %s, saying what it expects', (value) => expect(() => parseBuildPart(value)).toThrow(/expected <part>\/<parts>/u));
});

describe('partPlan', () => {
  const records = [
    ...Array.from({ length: 6 }, () => ({ jurisdiction: 'Hải Phòng' })),
    ...Array.from({ length: 3 }, () => ({ jurisdiction: 'Bình Định' })),
    ...Array.from({ length: 2 }, () => ({ jurisdiction: 'Hà Nội' })),
    { jurisdiction: null },
  ];
  const plan = partPlan(records, 2);

  it('keeps a jurisdiction in one part, and spreads jurisdictions so parts get about as many documents', () => {
    // Largest first to the emptiest part: Hải Phòng (6) → 1, Bình Định (3) → 2, Hà Nội (2) → 2.
    expect(plan({ jurisdiction: 'Hải Phòng', id: 'a' })).toBe(1);
    expect(plan({ jurisdiction: 'Hải Phòng', id: 'b' })).toBe(1);
    expect(plan({ jurisdiction: 'Bình Định', id: 'a' })).toBe(2);
    expect(plan({ jurisdiction: 'Hà Nội', id: 'a' })).toBe(2);
  });

  it('spreads pages without a jurisdiction by their id, the same way every time', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `can-cu-${i}`);
    const parts = ids.map((id) => plan({ jurisdiction: null, id }));
    expect(new Set(parts)).toEqual(new Set([1, 2]));
    expect(ids.map((id) => partPlan(records, 2)({ jurisdiction: null, id }))).toEqual(parts);
  });

  it('puts everything in part 1 of a whole build', () => {
    const whole = partPlan(records, 1);
    expect([whole({ jurisdiction: 'Hà Nội', id: 'x' }), whole({ jurisdiction: null, id: 'y' })]).toEqual([1, 1]);
  });
});
