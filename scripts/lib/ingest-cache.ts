import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CachedSource, SourceCache } from '../../src/ingest/ingest-corpus.ts';

/**
 * The pipeline's version: a hash of its code, schemas, agency registry and the lock file (the converters' versions).
 * Any change to them makes every cached result stale.
 */
export function pipelineVersion(root: string): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  for (const folder of ['src/ingest', 'src/schemas']) walk(join(root, folder));
  files.push(join(root, 'content/registry/agencies.yaml'));
  // The converters' versions (mammoth, word-extractor, unpdf, rehype-parse) decide what a Word, PDF or HTML source reads as.
  files.push(join(root, 'package-lock.json'));
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Where a cache line is in its file, in bytes. */
interface LineAt {
  offset: number;
  length: number;
}

// How much of the old cache file is read at a time while it is indexed.
const SCAN_CHUNK = 16 * 1024 * 1024;

/**
 * Every source's result in one file, `<folder>/results.ndjson`, a line per
 * source (`{"key":"<64 hex>","value":…}`): creating 10,000 small files took
 * longer than reading the sources. The file is never read whole (at 100,000
 * sources it is over a gigabyte, more than a JavaScript string may hold): it
 * is indexed line by line, and a line is read when its source is asked for.
 * Each run writes the entries it uses to a new file as it goes (nothing is
 * held to be written at the end), which replaces the old one on `save`, so
 * stale entries drop out. The lines are in the order the run used them.
 */
export function fileCache(folder: string, version: string, scanChunk = SCAN_CHUNK): SourceCache & { setJson: (key: string, json: string) => void; save: () => Promise<void>; discard: () => void; hits: number; misses: number } {
  const path = join(folder, 'results.ndjson');
  mkdirSync(folder, { recursive: true });
  const old = openIfExists(path);
  const index = old === undefined ? new Map<string, LineAt>() : indexLines(old, scanChunk);
  // The process's own: two runs on one folder at once do not write into each other's file.
  const temporary = `${path}.${process.pid}.tmp`;
  const next = openSync(temporary, 'w');
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    closeSync(next);
    if (old !== undefined) closeSync(old);
  };
  const written = new Set<string>();
  const append = (key: string, line: string) => {
    if (written.has(key)) return;
    written.add(key);
    writeSync(next, `${line}\n`);
  };
  const cache = {
    version,
    hits: 0,
    misses: 0,
    get(key: string): CachedSource | undefined {
      const at = index.get(key);
      if (at !== undefined && old !== undefined) {
        const bytes = Buffer.allocUnsafe(at.length);
        readSync(old, bytes, 0, at.length, at.offset);
        const line = bytes.toString('utf8');
        try {
          const value = (JSON.parse(line) as { value: CachedSource }).value;
          // A line that parses but holds no result is a miss: the fresh result must be able to take its place.
          if (typeof value === 'object' && value !== null) {
            append(key, line);
            cache.hits++;
            return value;
          }
        } catch {
          // A torn line (an interrupted run): read the source again.
        }
      }
      cache.misses++;
      return undefined;
    },
    set(key: string, value: CachedSource): void {
      append(key, JSON.stringify({ key, value }));
    },
    /** `set`, given `JSON.stringify(value)` already (a worker's reply). */
    setJson(key: string, json: string): void {
      append(key, `{"key":${JSON.stringify(key)},"value":${json}}`);
    },
    /** Puts the entries this run used in place of the old file. */
    async save(): Promise<void> {
      close();
      renameSync(temporary, path);
      // Files of the one-file-per-source layout of earlier versions.
      for (const name of readdirSync(folder)) if (name.endsWith('.json')) rmSync(join(folder, name));
    },
    /** A run that failed: the old file stays as it was, the new one is removed. */
    discard(): void {
      if (!open) return;
      close();
      rmSync(temporary, { force: true });
    },
  };
  return cache;
}

function openIfExists(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}

/** Each line's key and place, read a chunk at a time; a line without its end (an interrupted write) is left out. */
function indexLines(fd: number, size: number): Map<string, LineAt> {
  const index = new Map<string, LineAt>();
  const chunk = Buffer.allocUnsafe(size);
  // Bytes of a line begun in the chunk before.
  let carry = Buffer.alloc(0);
  let position = 0;
  for (;;) {
    const read = readSync(fd, chunk, 0, size, position);
    if (read === 0) break;
    const bytes = carry.length === 0 ? chunk.subarray(0, read) : Buffer.concat([carry, chunk.subarray(0, read)]);
    const start = position - carry.length;
    let lineStart = 0;
    for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, lineStart)) {
      // {"key":"<64 hex>","value":…}
      if (end - lineStart > 73 && bytes.toString('latin1', lineStart, lineStart + 8) === '{"key":"' && bytes[lineStart + 72] === 0x22) {
        index.set(bytes.toString('latin1', lineStart + 8, lineStart + 72), { offset: start + lineStart, length: end - lineStart });
      }
      lineStart = end + 1;
    }
    carry = Buffer.from(bytes.subarray(lineStart));
    position += read;
  }
  return index;
}
