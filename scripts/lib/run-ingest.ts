import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { AgencyRegistry, Diagnostic } from '../../src/schemas/index.ts';
import type { SourceInput } from '../../src/ingest/ingest-source.ts';
import { binaryFormatOf } from '../../src/ingest/read/convert-binary.ts';
import { fromCache, linkRecords, readSources, withFresh, type CachedSource, type LinkedRecords, type StoredResult } from '../../src/ingest/ingest-corpus.ts';
import { fromTransfer, type IngestReply, type IngestTask } from './ingest-transfer.ts';
import { readIfExists, writeMdxFile, type BodyCache, type MdxFileTask } from './write-mdx-file.ts';
import { bodiesFolder, documentFolders, rendererDigest } from '../../src/lib/documents.ts';
import { defaultThreads, WorkerPool } from '../../src/lib/worker-pool.ts';
import { fileCache, pipelineVersion } from './ingest-cache.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import { convertSources } from './convert-sources.ts';
import { formatCount, Progress, type ProgressOptions } from '../../src/lib/progress.ts';
import { summariseProblems, type Problem } from './summarise-problems.ts';
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
export interface IngestOptions {
  /**
   * Worker threads for the per-source stages and the MDX writer. Default: one
   * per core (at most 8) when 200 or more sources must be read, else none (starting
   * threads costs more than reading a few hundred sources). The output is the
   * same either way.
   */
  threads?: number;
  /** How progress lines are shown (src/lib/progress.ts; default: redrawn on a terminal, a line every 5 s in a log). */
  progress?: ProgressOptions;
}

export async function runIngest(paths: IngestPaths, log: (line: string) => void = console.error, options: IngestOptions = {}): Promise<IngestReport> {
  const out = join(paths.generated, 'documents');
  const { inputs, orphanSidecars } = loadSourceFolder(paths.sources);
  // Sources unchanged since the last run (same bytes, sidecar and pipeline) are not read again.
  const cache = fileCache(join(paths.generated, '.ingest-cache'), pipelineVersion(ROOT));
  const registry = loadRegistry();
  const { results, misses, keys } = fromCache(inputs, cache);
  const threads = options.threads ?? (misses.length >= 200 ? defaultThreads() : 0);
  const pool = threads > 0 ? new WorkerPool<IngestTask, IngestReply>(new URL('./ingest-worker.ts', import.meta.url), { size: threads, workerData: { registry } }) : undefined;
  let corpus: LinkedRecords;
  let emitted: number;
  try {
    // Word and PDF files the cache lacks are converted in their own workers (with a time and memory limit) while
    // the other sources are read: a run's first conversion pays for a thread and its libraries (about 0.1 s).
    const binary = misses.filter((index) => binaryFormatOf(inputs[index]!.file) !== null);
    const others = misses.filter((index) => binaryFormatOf(inputs[index]!.file) === null);
    const reading = new Progress('ingest: reading sources', misses.length, options.progress);
    const conversion = new Progress('ingest: converting Word and PDF files', binary.length, options.progress);
    const converting = convertSources(
      binary.map((index) => inputs[index]!),
      { onConverted: () => conversion.advance() },
    ).finally(() => conversion.finish());
    // Awaited below; this keeps a failure while the others are read from being reported as unhandled first.
    converting.catch(() => undefined);
    // A thread's reply is written to the cache as it comes (its JSON is the cache's JSON of the result), not held:
    // at 100,000 sources the replies alone were a gigabyte.
    const readOthers = await readBatch(others.map((index) => inputs[index]!), pool, registry, reading, (i, json) => cache.setJson(keys[others[i]!]!, json));
    const readBinary = await readBatch(await converting, pool, registry, reading, (i, json) => cache.setJson(keys[binary[i]!]!, json));
    reading.finish();
    // Back in the order of `misses`, as withFresh wants them.
    const byIndex = new Map<number, StoredResult>();
    others.forEach((index, i) => byIndex.set(index, readOthers[i]!));
    binary.forEach((index, i) => byIndex.set(index, readBinary[i]!));
    // Read on this thread, the results go to the cache here.
    corpus = linkRecords(withFresh(keys, results, misses, misses.map((index) => byIndex.get(index)!), pool ? undefined : cache));
    const keyByFile = new Map(inputs.map((input, index) => [input.file, keys[index]!]));
    // The bodies' HTML goes where the site's build looks for it (src/lib/documents.ts).
    const bodies: BodyCache = { folder: bodiesFolder(documentFolders(process.cwd(), { ...process.env, ARCHIVE_GENERATED_DIR: resolve(paths.generated) }).cache), renderer: rendererDigest(ROOT) };
    // The cache file is written while the threads make the MDX files.
    emitted = await writeMdx(corpus, out, bodies, join(paths.generated, '.ingest-cache-mdx.json'), (source) => keyByFile.get(source.file)!, pool, () => cache.save(), options.progress);
  } finally {
    // Saved while the MDX files were written; a run that failed before that leaves the old cache as it was.
    cache.discard();
    await pool?.close();
  }
  if (cache.hits > 0) log(`ingest: ${cache.hits} source(s) unchanged since the last run, read from the cache; ${emitted} MDX file(s) written anew.`);

  const report: IngestReport = {
    generatedBy: 'scripts/ingest.ts',
    sources: corpus.sources.length,
    failures: corpus.failures.map((failure) => ({ file: failure.file, code: failure.error.code, line: failure.error.line ?? null, message: failure.error.message })),
    orphanSidecars,
    diagnostics: corpus.sources.flatMap((source) => source.record.diagnostics.map((item) => ({ file: source.file, id: source.record.id, ...item }))),
  };
  writeFileSync(join(paths.generated, 'ingest-report.json'), `${JSON.stringify(report, null, 2)}\n`);

  const problems: Problem[] = [
    ...corpus.failures.map((failure) => ({ severity: 'error', code: failure.error.code, line: `error   ${paths.sources}/${failure.error.message}` })),
    ...orphanSidecars.map((name) => ({ severity: 'warning', code: 'orphan-sidecar', line: `warning ${paths.sources}/${name}: a sidecar without a source next to it. Rename it to <source name>.meta.yaml or remove it.` })),
    ...report.diagnostics
      .filter((entry) => entry.severity !== 'info')
      .map((item) => ({ severity: item.severity, code: item.code, line: `${item.severity.padEnd(7)} ${paths.sources}/${item.file}${item.line ? `:${item.line}` : ''}: ${item.code}: ${item.message}${item.hint ? ` ${item.hint}` : ''}` })),
  ];
  for (const line of summariseProblems(problems, PROBLEM_LINES, `${join(paths.generated, 'ingest-report.json')} and on /chat-luong/`)) log(line);
  const warnings = report.diagnostics.filter((entry) => entry.severity === 'warning').length + orphanSidecars.length;
  log(`ingest: ${corpus.sources.length} of ${inputs.length} sources written to ${out}; ${corpus.failures.length} failed; ${warnings} warnings.`);
  return report;
}

/**
 * One MDX file per source in `out`, written only when its source or record
 * changed since the run recorded in `manifestPath`, its body's HTML beside it
 * in `bodies`; files of sources gone are removed. `meanwhile` runs while the threads write. Returns how many were written.
 */
async function writeMdx(corpus: LinkedRecords, out: string, bodies: BodyCache, manifestPath: string, keyOf: (source: CachedSource) => string, pool: WorkerPool<IngestTask, IngestReply> | undefined, meanwhile: () => Promise<void>, progressOptions?: ProgressOptions): Promise<number> {
  mkdirSync(out, { recursive: true });
  mkdirSync(bodies.folder, { recursive: true });
  // What each MDX file was written from: the same record of the same source gives the same bytes.
  const previous = JSON.parse(readIfExists(manifestPath) ?? '{}') as Record<string, string>;
  const manifest: Record<string, string> = {};
  // One listing instead of a lookup per file: a failed open in a folder of 10,000 files cost as much as a write.
  const existing = new Set(readdirSync(out));
  let written = 0;
  const progress = new Progress('ingest: writing MDX files', corpus.sources.length, progressOptions);
  // Keys are hashed as the threads ask for files, not all before the first is sent.
  function* changed(): Generator<MdxFileTask> {
    for (const source of corpus.sources) {
      progress.advance();
      const name = `${source.record.id}.mdx`;
      const record = JSON.stringify(source.record);
      const key = createHash('sha256').update(keyOf(source)).update(record).digest('hex');
      manifest[name] = key;
      const exists = existing.has(name);
      if (previous[name] === key && exists) continue;
      written++;
      // A cache written before styles were kept has none: the pipeline's version changed since, so it is not read.
      yield { path: join(out, name), exists, record, segments: JSON.stringify(source.segments), text: source.text, styles: source.styles ?? [] };
    }
  }
  const generator = 'scripts/ingest.ts';
  if (pool) {
    // The threads get their first files before `meanwhile` starts.
    const writing = pool.run(batches(changed(), (files): IngestTask => ({ kind: 'mdx', files, generator, bodies })));
    const saving = meanwhile();
    // Awaited in `finally`; this keeps an early failure from being reported as unhandled first.
    saving.catch(() => undefined);
    try {
      await writing;
    } finally {
      // A failed MDX file still leaves a whole cache behind, not a torn one.
      await saving;
    }
  } else {
    for (const file of changed()) writeMdxFile(file, generator, bodies);
    await meanwhile();
  }
  progress.finish(`${formatCount(corpus.sources.length)} checked, ${formatCount(written)} written`);
  for (const name of existing) if (!(name in manifest)) rmSync(join(out, name));
  writeFileSync(manifestPath, `${JSON.stringify(manifest)}\n`);
  return written;
}

/**
 * Sources through the per-source stages: on the worker threads when there are
 * any (each batch parsed as it arrives, while the threads read the next ones,
 * with the transfer JSON the cache stores), else on this thread.
 */
async function readBatch(inputs: readonly SourceInput[], pool: WorkerPool<IngestTask, IngestReply> | undefined, registry: AgencyRegistry, progress: Progress, onJson: (index: number, json: string) => void): Promise<StoredResult[]> {
  if (inputs.length === 0) return [];
  if (!pool) {
    const results = readSources(inputs, registry);
    progress.advance(inputs.length);
    return results;
  }
  const parsed: StoredResult[][] = [];
  await pool.run(
    batches(inputs, (batch): IngestTask => ({ kind: 'read', inputs: batch })),
    (reply, index) => {
      const json = reply as string[];
      parsed[index] = json.map(fromTransfer);
      json.forEach((item, k) => {
        if (parsed[index]![k]!.ok) onJson(index * BATCH + k, item);
      });
      progress.advance(json.length);
    },
    { keepReplies: false },
  );
  return parsed.flat();
}

// Problems printed one by one up to this many; past it, a line per kind (summarise-problems.ts).
const PROBLEM_LINES = 40;

// Sources per message to a worker: enough that messages cost little, few enough that threads share the work evenly.
const BATCH = 20;

/** Items in tasks of BATCH, made as they are asked for. */
function* batches<T, Task>(items: Iterable<T>, task: (batch: T[]) => Task): Generator<Task> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) {
      yield task(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield task(batch);
}
