// npm run bench:formats [-- --rounds N]: prints how long each source format takes to read on this machine:
// a saved portal page through the whole per-source ingest, and Word and PDF files through their conversion,
// one alone (the worker's start included) and per file in a batch (workers running).
import { readFileSync } from 'node:fs';
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
process.stdout.write(`${lines.join('\n')}\n`);
