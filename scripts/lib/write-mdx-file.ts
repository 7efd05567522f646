import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import { bodyFileName, writeBody } from '../../src/lib/documents.ts';
import { renderMdxBody } from '../../src/lib/render-generated-mdx.ts';
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

/** Where the site keeps rendered bodies (src/lib/documents.ts), and the digest of the code that renders them. */
export interface BodyCache {
  folder: string;
  renderer: string;
}

/**
 * Validates a linked record, builds its page body and writes its MDX to `path`,
 * unless the file already holds those bytes: file times then say what a run
 * touched. Returns whether it wrote. The per-source end of `linkCorpus`, here so
 * that worker threads can share it out. With `bodies`, the body's HTML goes
 * into the site's cache too, rendered from the tree in hand: the site would
 * otherwise parse the file back to render it, at a third of its build's time.
 */
export function writeMdxFile({ path, exists, record: linked, segments, text, styles }: MdxFileTask, generator: string, bodies?: BodyCache): boolean {
  const record = validateRecord(JSON.parse(linked) as SourceRecord);
  const body = bodyOf(record, JSON.parse(segments) as Segments, text, styles);
  const mdx = toMdx(record, body, generator);
  if (bodies) {
    const rendered = join(bodies.folder, bodyFileName(record.id, bodies.renderer, mdx));
    if (!existsSync(rendered)) writeBody(rendered, renderBody(body, path));
  }
  if (exists && readIfExists(path) === mdx) return false;
  writeFileSync(path, mdx);
  return true;
}

// The site renders only the components ingest writes: a body it cannot render is a bug here, not an edited file.
function renderBody(body: Parameters<typeof renderMdxBody>[0], path: string): string {
  try {
    return renderMdxBody(body, path).html;
  } catch (error) {
    throw new Error(`${path}: ingest built a body the site cannot render (${(error as Error).message}). This is a bug in the emitter (src/ingest/emit/); please report it with the source.`, { cause: error });
  }
}

/** A file's text, or undefined when there is none yet. */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
