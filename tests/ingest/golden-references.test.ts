import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LegalRef, SourceRecord } from '../../src/schemas/index.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { GOLDEN_DIR, ROOT, SEEDS_DIR, sourcesIn, REGISTRY } from '../helpers/fixtures.ts';

interface GoldenRef {
  type: string;
  number: string;
  date: string | null;
  issuer: string;
  subject?: string;
  mentions?: number;
  warning?: string;
}

const goldenFiles = readdirSync(GOLDEN_DIR).filter((name) => name.endsWith('.json')).sort();
const records: SourceRecord[] = JSON.parse(
  execFileSync(process.execPath, ['scripts/extract.ts', ...goldenFiles.map((name) => join(SEEDS_DIR, name.replace(/\.json$/u, '.txt')))], {
    cwd: ROOT,
    encoding: 'utf8',
  }),
);

// The golden shape of a reference: what a hand check fixed, nothing more.
const asGolden = (ref: LegalRef): GoldenRef => ({
  type: ref.type,
  number: ref.number!,
  date: ref.date,
  issuer: ref.issuer!,
  ...(ref.subject ? { subject: ref.subject } : {}),
  ...(ref.mentions > 1 ? { mentions: ref.mentions } : {}),
  ...(ref.warning ? { warning: ref.warning } : {}),
});

describe.each(goldenFiles)('npm run extract on %s gives the golden references', (name) => {
  const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, name), 'utf8')) as { source: string; legalRefs: GoldenRef[]; standards: string[] };
  const record = records.find((candidate) => candidate.source === golden.source)!;
  it('legalRefs, in order of first mention', () => {
    expect(record.legalRefs.map(asGolden)).toEqual(golden.legalRefs);
  });
  it('standards', () => {
    expect(record.standards).toEqual(golden.standards);
  });
});

describe('every reference span slices to its text', () => {
  const corpus = ingestCorpus(sourcesIn(SEEDS_DIR), REGISTRY);
  it.each(corpus.sources.map((source) => [source.file, source] as const))('%s', (_file, source) => {
    for (const ref of source.record.legalRefs) {
      for (const occurrence of ref.occurrences) {
        expect(source.text.slice(occurrence.span.start, occurrence.span.end)).toBe(occurrence.text);
        expect(source.text.slice(occurrence.sentence.span.start, occurrence.sentence.span.end)).toBe(occurrence.sentence.text);
        expect(occurrence.sentence.text).toContain(occurrence.text);
      }
    }
  });
});
