import type { StoredResult } from '../../src/ingest/ingest-corpus.ts';
import type { SourceInput, SourceResult } from '../../src/ingest/ingest-source.ts';
import { SourceError } from '../../src/ingest/source-error.ts';
import type { DiagnosticCode } from '../../src/schemas/index.ts';
import type { BodyCache, MdxFileTask } from './write-mdx-file.ts';

/**
 * What scripts/lib/ingest-worker.ts is asked to do, a batch at a time (one
 * message per source cost more than some sources take to read): read sources,
 * replying with `toTransfer` of each; or write MDX files, replying whether each
 * was written.
 */
export type IngestTask = { kind: 'read'; inputs: SourceInput[] } | { kind: 'mdx'; files: MdxFileTask[]; generator: string; bodies: BodyCache };
export type IngestReply = string[] | boolean[];

/** A failure's error as plain fields: an Error crossing to another thread keeps only its message. */
interface TransferredError {
  file: string;
  line: number | undefined;
  code: DiagnosticCode;
  hint: string;
  problem: string;
}
type Transferred = Omit<Extract<SourceResult, { ok: true }>, 'lines'> | { ok: false; file: string; error: TransferredError };

/**
 * A result as JSON, to cross to the main thread: V8 parses JSON faster than it
 * clones a large object graph. The lines stay behind: nothing after the
 * per-source stages needs them. For a result that is `ok`, the JSON is also
 * what the ingest cache stores of it.
 */
export function toTransfer(result: SourceResult): string {
  if (result.ok) {
    const { lines: _lines, ...kept } = result;
    return JSON.stringify(kept satisfies Transferred);
  }
  const { file, line, code, hint, problem } = result.error;
  return JSON.stringify({ ok: false, file: result.file, error: { file, line, code, hint, problem } } satisfies Transferred);
}

export function fromTransfer(json: string): StoredResult {
  const result = JSON.parse(json) as Transferred;
  if (result.ok) return result;
  const { file, line, code, hint, problem } = result.error;
  return { ok: false, file: result.file, error: new SourceError({ file, line: line ?? undefined, code, hint, message: problem }) };
}
