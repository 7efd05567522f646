// npm run bench:formats [-- --rounds N]: prints how long each source format takes to read on this machine:
// a saved portal page through the whole per-source ingest; Word and PDF files through their conversion, one
// alone (the worker's start and the library's load included) and per file in a batch (workers running); and
// what one Word or PDF file adds to an ingest of the seeds, where its conversion runs while the others are read.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgencyDirectory } from '../src/ingest/extract/agency-directory.ts';
import { ingestSource, type SourceInput } from '../src/ingest/ingest-source.ts';
import { loadRegistry } from '../src/lib/load-registry.ts';
import { convertSources } from './lib/convert-sources.ts';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt === -1 ? 20 : Number(args[roundsAt + 1]);
if (!Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write('npm run bench:formats: --rounds needs a whole number of at least 1.\n');
  process.exit(2);
}
const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
const input = (path: string): SourceInput => ({ file: path.split('/').at(-1)!, bytes: readFileSync(join(FIXTURES, path)) });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const directory = new AgencyDirectory(loadRegistry());

const lines: string[] = [`source formats, ${rounds} rounds each (median)`];
for (const path of ['html/portal-news-021.html', 'html/library-001.html', 'real/001.txt']) {
  const source = input(path);
  const times = Array.from({ length: rounds }, () => {
    const started = performance.now();
    ingestSource(source, directory);
    return performance.now() - started;
  });
  lines.push(`  ${path.padEnd(34)} whole per-source ingest   ${ms(median(times))}`);
}
for (const path of ['binary/001-quyet-dinh.docx', 'binary/001-quyet-dinh.doc', 'binary/001-quyet-dinh.pdf']) {
  const source = input(path);
  const alone: number[] = [];
  for (let round = 0; round < Math.min(rounds, 5); round++) {
    const started = performance.now();
    await convertSources([source], { threads: 1 });
    alone.push(performance.now() - started);
  }
  const batch = Array.from({ length: rounds }, (_, index) => ({ ...source, file: `${index}-${source.file}` }));
  const started = performance.now();
  await convertSources(batch, { threads: 1 });
  const perFile = (performance.now() - started) / rounds;
  lines.push(`  ${path.padEnd(34)} converted alone ${ms(median(alone)).padStart(9)}   in a batch of ${rounds}: ${ms(perFile)} a file`);
}

// `npm run ingest` of the five seeds, as a reader runs it (a new process, a new output folder each round, so
// nothing comes from the cache or a warm thread), with and without one file.
const SEEDS = new URL('../content/sources/', import.meta.url).pathname;
const INGEST = new URL('./ingest.ts', import.meta.url).pathname;
const ingestRounds = Math.min(rounds, 7);
const timeIngest = (extra: string | undefined) => {
  const sources = mkdtempSync(join(tmpdir(), 'bench-formats-sources-'));
  for (const name of readdirSync(SEEDS).filter((file) => file !== 'README.md')) copyFileSync(join(SEEDS, name), join(sources, name));
  if (extra) copyFileSync(join(FIXTURES, extra), join(sources, extra.split('/').at(-1)!));
  const times: number[] = [];
  for (let round = 0; round < ingestRounds; round++) {
    const generated = mkdtempSync(join(tmpdir(), 'bench-formats-generated-'));
    const started = performance.now();
    execFileSync(process.execPath, [INGEST, '--sources', sources, '--generated', generated], { stdio: 'ignore' });
    times.push(performance.now() - started);
    rmSync(generated, { recursive: true, force: true });
  }
  rmSync(sources, { recursive: true, force: true });
  return median(times);
};
const seedsAlone = timeIngest(undefined);
lines.push(`  npm run ingest of the 5 seeds (a new process)               ${ms(seedsAlone)} (median of ${ingestRounds})`);
for (const path of ['binary/001-quyet-dinh.docx', 'binary/001-quyet-dinh.doc', 'binary/001-quyet-dinh.pdf']) {
  const withFile = timeIngest(path);
  lines.push(`  ${`  + ${path}`.padEnd(34)} adds to it        ${ms(withFile - seedsAlone).padStart(9)}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
