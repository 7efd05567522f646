import { expect } from 'vitest';
import { SourceError } from '../../src/ingest/source-error.ts';

/**
 * What a refused source must say: its code, the line (or none), the file and line at the head of the
 * message (`nguon/van-ban.txt:2: `), and the words that name the problem.
 */
export function expectSourceError(read: () => unknown, file: string, expected: { code: string; line: number | undefined; says: string }): SourceError {
  let error: unknown;
  try {
    read();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(SourceError);
  const sourceError = error as SourceError;
  expect(sourceError.code).toBe(expected.code);
  expect(sourceError.line).toBe(expected.line);
  expect(sourceError.message).toContain(expected.line === undefined ? `${file}: ` : `${file}:${expected.line}: `);
  expect(sourceError.message).toContain(expected.says);
  return sourceError;
}
