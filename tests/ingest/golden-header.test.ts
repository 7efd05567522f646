import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, ROOT, SEEDS_DIR } from '../helpers/fixtures.ts';

// The header fields issue 2 owns; later stages own the rest of the golden record.
const HEADER_FIELDS = ['kind', 'docType', 'number', 'issuer', 'jurisdiction', 'place', 'issued', 'published', 'title', 'signer', 'author'] as const;
// The hand-checked originals live beside the repository; the tests carry a copy so a clone is self-contained.
const SHARED_GOLDEN = join(ROOT, '../shared/golden');

const goldenFiles = readdirSync(GOLDEN_DIR).filter((name) => name.endsWith('.json')).sort();

// One run of the public command over every seed, as a reader would call it.
const records: Record<string, unknown>[] = JSON.parse(
  execFileSync(process.execPath, ['scripts/extract.ts', ...goldenFiles.map((name) => join(SEEDS_DIR, name.replace(/\.json$/u, '.txt')))], {
    cwd: ROOT,
    encoding: 'utf8',
  }),
);

describe('npm run extract gives the golden header fields of every seed', () => {
  it('prints one record per file, in order', () => {
    expect(records.map((record) => record['source'])).toEqual(goldenFiles.map((name) => name.replace(/\.json$/u, '.txt')));
  });

  describe.each(goldenFiles)('%s', (name) => {
    const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, name), 'utf8')) as Record<string, unknown>;
    const record = records.find((candidate) => candidate['source'] === golden['source'])!;
    it.each(HEADER_FIELDS)('%s', (field) => {
      // A field the golden file leaves out (signer of a news item) must be empty, not invented.
      expect(record[field] ?? null).toEqual(golden[field] ?? null);
    });
    it('portal, where the golden file gives one', () => {
      if ('portal' in golden) expect(record['portal']).toEqual(golden['portal']);
    });
  });
});

describe.runIf(existsSync(SHARED_GOLDEN))('the copy of the golden files', () => {
  it.each(goldenFiles)('%s matches ../shared/golden', (name) => {
    expect(readFileSync(join(GOLDEN_DIR, name), 'utf8')).toBe(readFileSync(join(SHARED_GOLDEN, name), 'utf8'));
  });
});
