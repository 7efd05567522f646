import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import type { Diagnostic } from '../../src/schemas/index.ts';
import { ingestCorpus, sourceKey } from '../../src/ingest/ingest-corpus.ts';
import { fileCache, pipelineVersion } from './ingest-cache.ts';
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

// The project root, for the pipeline's version (its code and registry).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_PATHS: IngestPaths = { sources: 'content/sources', generated: 'content/generated' };

/**
 * Sources → one MDX file per source in `<generated>/documents/` and
 * `<generated>/ingest-report.json`. Prints one line per problem and a total.
 */
export function runIngest(paths: IngestPaths, log: (line: string) => void = console.error): IngestReport {
  const out = join(paths.generated, 'documents');
  const { inputs, orphanSidecars } = loadSourceFolder(paths.sources);
  // Sources unchanged since the last run (same bytes, sidecar and pipeline) are not read again.
  const cache = fileCache(join(paths.generated, '.ingest-cache'), pipelineVersion(ROOT));
  const corpus = ingestCorpus(inputs, loadRegistry(), cache);
  cache.save();

  mkdirSync(out, { recursive: true });
  // What each MDX file was written from: the same record of the same source gives the same bytes.
  const manifestPath = join(paths.generated, '.ingest-cache-mdx.json');
  const previous = JSON.parse(readIfExists(manifestPath) ?? '{}') as Record<string, string>;
  const manifest: Record<string, string> = {};
  const inputByFile = new Map(inputs.map((input) => [input.file, input]));
  const written = new Set<string>();
  let emitted = 0;
  for (const source of corpus.sources) {
    const name = `${source.record.id}.mdx`;
    const key = createHash('sha256').update(sourceKey(inputByFile.get(source.file)!, cache.version)).update(JSON.stringify(source.record)).digest('hex');
    manifest[name] = key;
    written.add(name);
    if (previous[name] === key && existsSync(join(out, name))) continue;
    const mdx = toMdx(source.record, source.body, 'scripts/ingest.ts');
    emitted++;
    // Rewrite only what changed, so file times say what the run touched.
    if (readIfExists(join(out, name)) !== mdx) writeFileSync(join(out, name), mdx);
  }
  for (const name of readdirSync(out)) if (!written.has(name)) rmSync(join(out, name));
  writeFileSync(manifestPath, `${JSON.stringify(manifest)}\n`);
  if (cache.hits > 0) log(`ingest: ${cache.hits} source(s) unchanged since the last run, read from the cache; ${emitted} MDX file(s) written anew.`);

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
