import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SourceInput } from '../../src/ingest/ingest-source.ts';

export const SIDECAR_SUFFIX = '.meta.yaml';

/** `002_x.txt` → `002_x.meta.yaml` (the extension, if any, is replaced). */
export function sidecarPathFor(sourcePath: string): string {
  const name = basename(sourcePath);
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  return join(dirname(sourcePath), `${stem}${SIDECAR_SUFFIX}`);
}

/** One source file and its sidecar, if there is one next to it. */
export function loadSource(path: string): SourceInput {
  const sidecarPath = sidecarPathFor(path);
  return {
    file: basename(path),
    bytes: readFileSync(path),
    ...(existsSync(sidecarPath) ? { sidecar: { file: basename(sidecarPath), text: readFileSync(sidecarPath, 'utf8') } } : {}),
  };
}

/** Every source in a folder, by file name; sidecars without a source are returned apart. */
export function loadSourceFolder(folder: string): { inputs: SourceInput[]; orphanSidecars: string[] } {
  const names = readdirSync(folder)
    .filter((name) => !name.startsWith('.') && name !== 'README.md' && statSync(join(folder, name)).isFile())
    .sort();
  const sources = names.filter((name) => !name.endsWith(SIDECAR_SUFFIX));
  const claimed = new Set(sources.map((name) => basename(sidecarPathFor(join(folder, name)))));
  return {
    inputs: sources.map((name) => loadSource(join(folder, name))),
    orphanSidecars: names.filter((name) => name.endsWith(SIDECAR_SUFFIX) && !claimed.has(name)),
  };
}
