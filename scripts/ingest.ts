// npm run ingest: content/sources/ → content/generated/ (one MDX file per source and a report).
// With --allow-failures (used by npm run build) a failed source is reported but the exit code stays 0,
// so the rest of the archive still builds.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMdx } from '../src/ingest/emit/to-mdx.ts';
import { ingestCorpus } from '../src/ingest/ingest-corpus.ts';
import { loadSourceFolder } from './lib/load-sources.ts';

const SOURCES = 'content/sources';
const OUT = 'content/generated/documents';
const REPORT = 'content/generated/ingest-report.json';
const allowFailures = process.argv.includes('--allow-failures');

const { inputs, orphanSidecars } = loadSourceFolder(SOURCES);
const corpus = ingestCorpus(inputs);

mkdirSync(OUT, { recursive: true });
const written = new Set<string>();
for (const source of corpus.sources) {
  const name = `${source.record.id}.mdx`;
  const path = join(OUT, name);
  const mdx = toMdx(source.record, source.body, 'scripts/ingest.ts');
  written.add(name);
  // Rewrite only what changed, so file times say what the run touched.
  if (readIfExists(path) !== mdx) writeFileSync(path, mdx);
}
for (const name of readdirSync(OUT)) if (!written.has(name)) rmSync(join(OUT, name));

const report = {
  generatedBy: 'scripts/ingest.ts',
  sources: corpus.sources.length,
  failures: corpus.failures.map((failure) => ({ file: failure.file, code: failure.error.code, line: failure.error.line ?? null, message: failure.error.message })),
  orphanSidecars,
  diagnostics: corpus.sources.flatMap((source) => source.record.diagnostics.map((item) => ({ file: source.file, id: source.record.id, ...item }))),
};
writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);

for (const failure of corpus.failures) console.error(`error   ${failure.error.message}`);
for (const name of orphanSidecars) console.error(`warning ${SOURCES}/${name}: a sidecar without a source next to it. Rename it to <source name>.meta.yaml or remove it.`);
for (const item of report.diagnostics.filter((entry) => entry.severity !== 'info')) {
  console.error(`${item.severity.padEnd(7)} ${item.file}${item.line ? `:${item.line}` : ''}: ${item.code}: ${item.message}`);
}
const warnings = report.diagnostics.filter((entry) => entry.severity === 'warning').length + orphanSidecars.length;
console.log(`ingest: ${corpus.sources.length} of ${inputs.length} sources written to ${OUT}; ${corpus.failures.length} failed; ${warnings} warnings.`);
process.exitCode = corpus.failures.length > 0 && !allowFailures ? 1 : 0;

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
