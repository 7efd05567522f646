import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
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

// Cache lines per write: a few megabytes.
const SAVE_SLICE = 200;

/**
 * Every source's result in one file, `<folder>/results.ndjson`, a line per
 * source: creating 10,000 small files took longer than reading the sources.
 * Each run writes back only the entries it used, so stale ones drop out.
 */
export function fileCache(folder: string, version: string): SourceCache & { setJson: (key: string, json: string) => void; save: () => Promise<void>; hits: number; misses: number } {
  const path = join(folder, 'results.ndjson');
  const stored = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // No cache yet.
  }
  for (const line of text.split('\n')) {
    // {"key":"<64 hex>","value":…}
    const key = line.slice(8, 72);
    if (line.startsWith('{"key":"') && line.charAt(72) === '"') stored.set(key, line);
  }
  text = '';
  const used = new Map<string, string>();
  const cache = {
    version,
    hits: 0,
    misses: 0,
    get(key: string): CachedSource | undefined {
      const line = stored.get(key);
      if (line !== undefined) {
        try {
          const value = (JSON.parse(line) as { value: CachedSource }).value;
          used.set(key, line);
          cache.hits++;
          return value;
        } catch {
          // A torn line (an interrupted run): read the source again.
        }
      }
      cache.misses++;
      return undefined;
    },
    set(key: string, value: CachedSource): void {
      used.set(key, JSON.stringify({ key, value }));
    },
    /** `set`, given `JSON.stringify(value)` already (a worker's reply). */
    setJson(key: string, json: string): void {
      used.set(key, `{"key":${JSON.stringify(key)},"value":${json}}`);
    },
    /**
     * Writes the entries used. It is written a slice at a time, so that the
     * thread stays free between slices for the worker threads' messages (the
     * file is over 100 MB at 10,000 sources).
     */
    async save(): Promise<void> {
      mkdirSync(folder, { recursive: true });
      // Sorted by key, so the same results give the same file.
      const keys = [...used.keys()].sort();
      const file = await open(`${path}.tmp`, 'w');
      try {
        for (let start = 0; start < keys.length; start += SAVE_SLICE) {
          // writeFile, unlike write, writes the whole slice (from where the last ended).
          await file.writeFile(keys.slice(start, start + SAVE_SLICE).map((key) => `${used.get(key)!}\n`).join(''));
        }
      } finally {
        await file.close();
      }
      renameSync(`${path}.tmp`, path);
      // Files of the one-file-per-source layout of earlier versions.
      for (const name of readdirSync(folder)) if (name.endsWith('.json')) rmSync(join(folder, name));
    },
  };
  return cache;
}
