import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import type { Diagnostic } from '../../src/schemas/index.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import { loadSourceFolder } from './load-sources.ts';

export interface IngestPaths {
  /** Folder of source texts and sidecars (content/sources). */
  sources: string;
  /** Folder the collections are generated into (content/generated). */
  generated: string;
}

export interface IngestReport {
  generatedBy: string;
  sources: number;
  failures: { file: string; code: string; line: number | null; message: string }[];
  orphanSidecars: string[];
  diagnostics: (Diagnostic & { file: string; id: string })[];
}

export const DEFAULT_PATHS: IngestPaths = { sources: 'content/sources', generated: 'content/generated' };

/**
 * Sources → one MDX file per source in `<generated>/documents/` and
 * `<generated>/ingest-report.json`. Prints one line per problem and a total.
 */
export function runIngest(paths: IngestPaths, log: (line: string) => void = console.error): IngestReport {
  const out = join(paths.generated, 'documents');
  const { inputs, orphanSidecars } = loadSourceFolder(paths.sources);
  const corpus = ingestCorpus(inputs, loadRegistry());

  mkdirSync(out, { recursive: true });
  const written = new Set<string>();
  for (const source of corpus.sources) {
    const name = `${source.record.id}.mdx`;
    const mdx = toMdx(source.record, source.body, 'scripts/ingest.ts');
    written.add(name);
    // Rewrite only what changed, so file times say what the run touched.
    if (readIfExists(join(out, name)) !== mdx) writeFileSync(join(out, name), mdx);
  }
  for (const name of readdirSync(out)) if (!written.has(name)) rmSync(join(out, name));

  const report: IngestReport = {
    generatedBy: 'scripts/ingest.ts',
    sources: corpus.sources.length,
    failures: corpus.failures.map((failure) => ({ file: failure.file, code: failure.error.code, line: failure.error.line ?? null, message: failure.error.message })),
    orphanSidecars,
    diagnostics: corpus.sources.flatMap((source) => source.record.diagnostics.map((item) => ({ file: source.file, id: source.record.id, ...item }))),
  };
  writeFileSync(join(paths.generated, 'ingest-report.json'), `${JSON.stringify(report, null, 2)}\n`);

  for (const failure of corpus.failures) log(`error   ${paths.sources}/${failure.error.message}`);
  for (const name of orphanSidecars) log(`warning ${paths.sources}/${name}: a sidecar without a source next to it. Rename it to <source name>.meta.yaml or remove it.`);
  for (const item of report.diagnostics.filter((entry) => entry.severity !== 'info')) {
    log(`${item.severity.padEnd(7)} ${paths.sources}/${item.file}${item.line ? `:${item.line}` : ''}: ${item.code}: ${item.message}${item.hint ? ` ${item.hint}` : ''}`);
  }
  const warnings = report.diagnostics.filter((entry) => entry.severity === 'warning').length + orphanSidecars.length;
  log(`ingest: ${corpus.sources.length} of ${inputs.length} sources written to ${out}; ${corpus.failures.length} failed; ${warnings} warnings.`);
  return report;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
