import { describe, expect, it } from 'vitest';
import { byScore } from '../../src/lib/archive-search.ts';

// Scores as Pagefind gave them for `so khoa hoc va cong nghe` over 300 synthetic texts, in three instances.
const ids = (items: [string, number][]) => byScore(items, ([, score]) => score, ([id]) => id).map(([id]) => id);

describe('byScore', () => {
  it.each([
    // scores apart: highest first, whatever the ids
    [[['b', 1], ['a', 3], ['c', 2]], ['a', 'c', 'b']],
    // two pages 7e-6 apart, in either order as Pagefind gave them: the same order, by id
    [[['vi_bebe5b6', 54.557693], ['vi_914d30a', 54.557686]], ['vi_914d30a', 'vi_bebe5b6']],
    [[['vi_914d30a', 54.557693], ['vi_bebe5b6', 54.557686]], ['vi_914d30a', 'vi_bebe5b6']],
    // one page's score varying in its last digits between runs keeps its place against a page 0.005 below
    [[['vi_ca22aac', 54.562569], ['vi_2bb7de1', 54.557732]], ['vi_ca22aac', 'vi_2bb7de1']],
    [[['vi_ca22aac', 54.562553], ['vi_2bb7de1', 54.557732]], ['vi_ca22aac', 'vi_2bb7de1']],
    // small scores are compared relatively too: 3e-7 apart at 0.01 is apart, whatever the ids
    [[['a', 0.0100001], ['b', 0.0100004]], ['b', 'a']],
  ] as [[string, number][], string[]][])('%#: %j', (items, order) => expect(ids(items)).toEqual(order));
});
