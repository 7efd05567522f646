import { readFileSync, writeFileSync } from 'node:fs';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import { bodyOf } from '../../src/ingest/ingest-corpus.ts';
import { validateRecord } from '../../src/ingest/ingest-source.ts';
import type { Segments } from '../../src/ingest/segment/segments.ts';
import type { StyledSpan } from '../../src/ingest/read/inline-styles.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';

/**
 * A linked source (`linkRecords`), as much of it as its MDX file needs. The
 * record and segments come as JSON: a string crosses to a worker thread for
 * the cost of a copy, an object graph for the cost of cloning each of its parts.
 */
export interface MdxFileTask {
  path: string;
  /** Whether a file is at `path` already (the caller lists the folder once): one that is not needs no reading back. */
  exists: boolean;
  /** `JSON.stringify` of the linked record. */
  record: string;
  /** `JSON.stringify` of the source's segments. */
  segments: string;
  text: string;
  /** Bold and italics of a web page or Word file (few: a structured copy costs little). */
  styles: StyledSpan[];
}

/**
 * Validates a linked record, builds its page body and writes its MDX to `path`,
 * unless the file already holds those bytes: file times then say what a run
 * touched. Returns whether it wrote. The per-source end of `linkCorpus`, here so
 * that worker threads can share it out.
 */
export function writeMdxFile({ path, exists, record: linked, segments, text, styles }: MdxFileTask, generator: string): boolean {
  const record = validateRecord(JSON.parse(linked) as SourceRecord);
  const mdx = toMdx(record, bodyOf(record, JSON.parse(segments) as Segments, text, styles), generator);
  if (exists && readIfExists(path) === mdx) return false;
  writeFileSync(path, mdx);
  return true;
}

/** A file's text, or undefined when there is none yet. */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
