import { parseArgs } from 'node:util';
import { DEFAULT_PATHS, type IngestPaths } from './run-ingest.ts';

export interface CommandOptions {
  paths: IngestPaths;
  /** `--out <dir>`: where the site is built (build only). */
  out: string;
  /** `--strict`: any failed source fails the command (build only). */
  strict: boolean;
  /** `--parts N`: build the pages in N parts, side by side, then merge them (build only). */
  parts: number;
  /** `--part i/N`: build only part i of N, as one runner of a CI matrix does (scripts/build-pages.ts only). */
  part: string | undefined;
  /** `--merge <dir>`, repeated: merge the parts built into these folders into `--out` (scripts/build-pages.ts only). */
  merge: string[];
}

/** `--sources <dir> --generated <dir> --out <dir> --strict`, with the defaults of a checkout. */
export function parsePaths(args: readonly string[]): CommandOptions {
  const { values } = parseArgs({
    args: args.filter((arg) => arg !== '--'),
    options: { sources: { type: 'string' }, generated: { type: 'string' }, out: { type: 'string' }, strict: { type: 'boolean' }, parts: { type: 'string' }, part: { type: 'string' }, merge: { type: 'string', multiple: true } },
    strict: true,
  });
  return {
    paths: { sources: values.sources ?? DEFAULT_PATHS.sources, generated: values.generated ?? DEFAULT_PATHS.generated },
    out: values.out ?? 'dist',
    strict: values.strict ?? false,
    parts: parseParts(values.parts),
    part: values.part,
    merge: values.merge ?? [],
  };
}

function parseParts(value: string | undefined): number {
  if (value === undefined) return 1;
  const parts = Number(value);
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`--parts ${value}: expected a whole number of parts, 1 or more.`);
  return parts;
}
