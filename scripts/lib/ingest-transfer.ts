import type { Root } from 'mdast';
import { sourceLines, type SourceInput, type SourceResult } from '../../src/ingest/ingest-source.ts';
import { SourceError } from '../../src/ingest/source-error.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';

/** What scripts/lib/ingest-worker.ts is asked to do. */
export type IngestTask = { kind: 'read'; input: SourceInput } | { kind: 'mdx'; record: SourceRecord; body: Root; generator: string };

/** A failure's error as plain fields: an Error crossing to another thread keeps only its message. */
interface TransferredError {
  file: string;
  line: number | undefined;
  code: string;
  hint: string;
  problem: string;
}
type Transferred = Omit<Extract<SourceResult, { ok: true }>, 'lines'> | { ok: false; file: string; error: TransferredError };

/**
 * A result as JSON, to cross to the main thread: V8 parses JSON faster than it
 * clones a large object graph, and the lines are cheaper to split again.
 */
export function toTransfer(result: SourceResult): string {
  if (result.ok) {
    const { lines: _lines, ...kept } = result;
    return JSON.stringify(kept satisfies Transferred);
  }
  const { file, line, code, hint, problem } = result.error;
  return JSON.stringify({ ok: false, file: result.file, error: { file, line, code, hint, problem } } satisfies Transferred);
}

export function fromTransfer(json: string): SourceResult {
  const result = JSON.parse(json) as Transferred;
  if (result.ok) return { ...result, lines: sourceLines(result.text) };
  const { file, line, code, hint, problem } = result.error;
  return { ok: false, file: result.file, error: new SourceError({ file, line: line ?? undefined, code, hint, message: problem }) };
}
