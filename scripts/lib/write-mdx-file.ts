import { readFileSync, writeFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';

/**
 * Writes the MDX of one record to `path`, unless the file already holds those
 * bytes: file times then say what a run touched. Returns whether it wrote.
 */
export function writeMdxFile(path: string, record: SourceRecord, body: Root, generator: string): boolean {
  const mdx = toMdx(record, body, generator);
  let existing: string | undefined;
  try {
    existing = readFileSync(path, 'utf8');
  } catch {
    // Not written yet.
  }
  if (existing === mdx) return false;
  writeFileSync(path, mdx);
  return true;
}
