import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceCache } from '../../src/ingest/ingest-corpus.ts';
import type { IngestedSource } from '../../src/ingest/ingest-source.ts';

/**
 * The pipeline's version: a hash of its code, schemas and agency registry.
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
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** A file per source result in `<folder>/<key>.json`; entries not used by a run are removed by `prune`. */
export function fileCache(folder: string, version: string): SourceCache & { prune: () => void; hits: number; misses: number } {
  mkdirSync(folder, { recursive: true });
  const used = new Set<string>();
  const cache = {
    version,
    hits: 0,
    misses: 0,
    get(key: string): IngestedSource | undefined {
      used.add(key);
      try {
        const value = JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8')) as IngestedSource;
        cache.hits++;
        return value;
      } catch {
        cache.misses++;
        return undefined;
      }
    },
    set(key: string, value: IngestedSource): void {
      used.add(key);
      writeFileSync(join(folder, `${key}.json`), JSON.stringify(value));
    },
    prune(): void {
      for (const name of readdirSync(folder)) if (!used.has(name.replace(/\.json$/u, ''))) rmSync(join(folder, name));
    },
  };
  return cache;
}
