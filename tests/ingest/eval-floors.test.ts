import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowFloors, figuresOf, FLOORS_PATH, type Floors } from '../../scripts/lib/eval-floors.ts';
import { evaluateFolders } from '../../scripts/lib/evaluate-folder.ts';
import { ROOT } from '../helpers/fixtures.ts';

// The extraction over hand-annotated real texts stays at or above its committed floors:
// the fixtures on every clone, the whole development set where ../shared is present.
const sets = Object.entries(JSON.parse(readFileSync(join(ROOT, FLOORS_PATH), 'utf8')) as Record<string, Floors | string>).filter(
  (entry): entry is [string, Floors] => typeof entry[1] !== 'string',
);

describe('extraction accuracy on annotated real texts', () => {
  for (const [name, floors] of sets) {
    const folders = floors.folders.map((folder) => join(ROOT, folder));
    it.skipIf(!folders.every((folder) => existsSync(folder)))(`${name} stays at or above its floors`, () => {
      const score = evaluateFolders(folders);
      expect(score.failed).toEqual([]);
      expect(belowFloors(figuresOf(score), floors)).toEqual([]);
    }, 120_000);
  }

  it('names what fell below a floor', () => {
    const floors: Floors = { folders: [], fields: { title: 0.95 }, references: { precision: 0.9, recall: 0.9, f1: 0.9 }, attributes: {} };
    const figures = { fields: { title: 0.9 }, references: { precision: 0.95, recall: 0.95, f1: 0.95 }, attributes: {} };
    expect(belowFloors(figures, floors)).toEqual(['fields.title: 0.900 < 0.95']);
  });
});
