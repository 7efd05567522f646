import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { DIST, SEEDS_DIR, sourcesIn, REGISTRY } from '../helpers/fixtures.ts';
import { missingLines } from '../helpers/line-coverage.ts';

// Every line of every source ends up either in its page or in the record of
// what was removed as page chrome: nothing is lost.
const corpus = ingestCorpus(sourcesIn(SEEDS_DIR), REGISTRY);

describe('every line of every seed is in its page or in the removed-chrome record', () => {
  it('ingests every source in content/sources', () => {
    expect(corpus.failures).toEqual([]);
    expect(corpus.sources).toHaveLength(readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).length);
  });

  it.each(corpus.sources.map((source) => [source.file, source] as const))('%s', (_file, source) => {
    expect(missingLines(source, DIST)).toEqual([]);
  });
});
