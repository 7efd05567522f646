import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { recordSchema, type SourceRecord } from '../schemas/index.ts';
import { formatCount, Progress } from './progress.ts';
import { GeneratedMdxError, readGeneratedFrontmatter, type RenderedMdx } from './render-generated-mdx.ts';
import { defaultThreads, WorkerPool } from './worker-pool.ts';

/**
 * The archive's documents, read by the site straight from the MDX files ingest
 * wrote, not through an Astro content collection: Astro keeps a collection's
 * entries in one data store it writes to disk as one JavaScript module, and at
 * 100,000 documents that store no longer fits (its serialiser's Map passes
 * 16.7 million entries, its text more than a string may hold; the build died
 * of memory writing it). Here each record is validated by the shared zod
 * schema, and each body is rendered to HTML once into a cache folder, from
 * which a document's page reads it when it is written: by ingest, from the
 * tree it writes the file from, or here, in worker threads, for a body ingest
 * did not render (a cache emptied, a build of files ingest wrote elsewhere).
 * A body is kept under its file's and renderer's digest (`<id>.<digest>.html`):
 * one whose file and renderer are unchanged is not rendered again, and a body
 * written by a build that then failed can never stand for another text.
 */
export interface Documents {
  /** Every record, in id order. */
  records: SourceRecord[];
  /** The body of a document as HTML (read from the cache when its page is written). */
  bodyHtml(id: string): string;
  /** How many bodies this load rendered: the others were rendered by ingest or by an earlier build. */
  rendered: number;
}

export interface DocumentFolders {
  /** The project root (the renderer's files are read from it). */
  root: string;
  /** Folder of the generated MDX files (`content/generated/documents`). */
  documents: string;
  /** Folder the rendered bodies are kept in between builds. */
  cache: string;
}

// What a body's HTML depends on besides its file.
const RENDERER_FILES = ['src/lib/render-generated-mdx.ts', 'src/lib/render-worker.ts', 'src/lib/worker-pool.ts', 'src/lib/documents.ts', 'package-lock.json'];
// Files read, checked and rendered at a time: few enough that their texts and open files stay small, enough to keep every thread busy.
const CHUNK = 256;

/** The digest of the files a body's HTML depends on besides its own (the project's at `root`). */
export function rendererDigest(root: string): string {
  return digestOf(RENDERER_FILES.map((file) => readOr(join(root, file), `${file} missing`)).join('\0'));
}

/** The folder of rendered bodies in a cache folder. */
export function bodiesFolder(cache: string): string {
  return join(cache, 'bodies');
}

/** The name a body is kept under: its document's id and the digest of its MDX file's text and the renderer. */
export function bodyFileName(id: string, renderer: string, contents: string): string {
  return `${id}.${digestOf(`${renderer}\0${contents}`)}.html`;
}

/** Writes a rendered body whole or not at all: a split build's parts, or ingest's threads, may share the folder. */
export function writeBody(path: string, html: string): void {
  const temporary = `${path}.${process.pid}.${threadId}.tmp`;
  writeFileSync(temporary, html);
  renameSync(temporary, path);
}

export async function loadDocuments(folders: DocumentFolders): Promise<Documents> {
  const renderer = rendererDigest(folders.root);
  const bodies = bodiesFolder(folders.cache);
  mkdirSync(bodies, { recursive: true });
  const present = new Set(readdirSync(bodies));
  const current = new Map<string, string>();
  const bodyFile = (id: string) => join(bodies, current.get(id)!);
  let names: string[];
  try {
    names = readdirSync(folders.documents).filter((name) => name.endsWith('.mdx'));
  } catch {
    // Before the first ingest there is nothing to show; say so, in case the folder was given wrong.
    process.stderr.write(`documents: no generated documents in ${folders.documents}: run npm run ingest (or check --generated).\n`);
    names = [];
  }
  // In id order (a file is `<id>.mdx`).
  const ids = names.map((name) => name.slice(0, -'.mdx'.length)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const records: SourceRecord[] = [];
  const progress = new Progress('astro: loading documents', ids.length);
  let pool: WorkerPool<{ contents: string; file: string }, RenderedMdx> | undefined;
  let rendered = 0;
  try {
    for (let from = 0; from < ids.length; from += CHUNK) {
      // One file open at a time; the chunk's stale bodies then render on the threads.
      const files = ids.slice(from, from + CHUNK).map((id) => {
        const path = join(folders.documents, `${id}.mdx`);
        const contents = readFileSync(path, 'utf8');
        // Messages name the file from the project root, or in full when the folder is elsewhere.
        const shown = relative(folders.root, path).startsWith('..') ? path : relative(folders.root, path);
        return { id, shown, contents, name: bodyFileName(id, renderer, contents) };
      });
      // Ingest renders the bodies it writes (scripts/lib/write-mdx-file.ts); these are the others.
      const stale = files.filter((file) => !present.has(file.name));
      const renderedHere = new Map<string, RenderedMdx>();
      if (stale.length > 0) {
        pool ??= new WorkerPool(pathToFileURL(join(folders.root, 'src/lib/render-worker.ts')), { size: Math.min(defaultThreads(), ids.length) });
        const replies = await pool.run(stale.map((file) => ({ contents: file.contents, file: file.shown })));
        stale.forEach((file, index) => renderedHere.set(file.id, replies[index]!));
      }
      for (const file of files) {
        const body = renderedHere.get(file.id);
        const data = body ? body.data : readGeneratedFrontmatter(file.contents, file.shown).data;
        records.push(validate(data, file.id, file.shown));
        current.set(file.id, file.name);
        if (body) writeBody(bodyFile(file.id), body.html);
      }
      rendered += stale.length;
      progress.advance(files.length);
    }
  } finally {
    await pool?.close();
  }
  // Bodies of documents gone or changed since they were rendered.
  const kept = new Set(current.values());
  for (const name of present) if (!kept.has(name) && name.endsWith('.html')) rmSync(join(bodies, name), { force: true });
  progress.finish(`${formatCount(ids.length)} documents, ${formatCount(rendered)} rendered anew,`);
  return { records, bodyHtml: (id) => readFileSync(bodyFile(id), 'utf8'), rendered };
}

/** A record checked against the shared schema; a file that fails names itself and what is wrong. */
function validate(data: Record<string, unknown>, id: string, file: string): SourceRecord {
  if (data['id'] !== id) throw new GeneratedMdxError(file, null, `its record's id is ${JSON.stringify(data['id'])}, not its file name.`);
  const parsed = recordSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; ');
  throw new GeneratedMdxError(file, null, `its record does not match the record schema (${issues}).`);
}

/** The folders a build uses: the generated folder and cache Astro was pointed at (scripts/build-pages.ts), or the defaults. */
export function documentFolders(root: string, env: Record<string, string | undefined>): DocumentFolders {
  const generated = generatedFolder(root, env);
  return { root, documents: join(generated, 'documents'), cache: resolve(root, env['ARCHIVE_CACHE_DIR'] ?? join(generated, '.astro-cache')) };
}

/** The generated folder a build reads: the one Astro was pointed at (scripts/build-pages.ts), or the checkout's. */
export function generatedFolder(root: string, env: Record<string, string | undefined>): string {
  return resolve(root, env['ARCHIVE_GENERATED_DIR'] ?? 'content/generated');
}

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}
