import type { DiagnosticCode } from '../schemas/index.ts';
/**
 * A source that cannot be ingested. The message names the file, the line when
 * there is one, what is wrong and what to do, so an archivist can fix it
 * without reading code.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly code: DiagnosticCode;
  readonly hint: string;
  /** What is wrong, without the place and the hint (the message has all three). */
  readonly problem: string;

  constructor(options: { file: string; code: DiagnosticCode; message: string; hint: string; line?: number | undefined; cause?: unknown }) {
    const where = options.line === undefined ? options.file : `${options.file}:${options.line}`;
    super(`${where}: ${options.message} ${options.hint}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SourceError';
    this.file = options.file;
    this.line = options.line;
    this.code = options.code;
    this.hint = options.hint;
    this.problem = options.message;
  }
}
