import { parseArgs } from 'node:util';
import { DEFAULT_PATHS, type IngestPaths } from './run-ingest.ts';

export interface CommandOptions {
  paths: IngestPaths;
  /** `--out <dir>`: where the site is built (build only). */
  out: string;
  /** `--strict`: any failed source fails the command (build only). */
  strict: boolean;
}

/** `--sources <dir> --generated <dir> --out <dir> --strict`, with the defaults of a checkout. */
export function parsePaths(args: readonly string[]): CommandOptions {
  const { values } = parseArgs({
    args: args.filter((arg) => arg !== '--'),
    options: { sources: { type: 'string' }, generated: { type: 'string' }, out: { type: 'string' }, strict: { type: 'boolean' } },
    strict: true,
  });
  return {
    paths: { sources: values.sources ?? DEFAULT_PATHS.sources, generated: values.generated ?? DEFAULT_PATHS.generated },
    out: values.out ?? 'dist',
    strict: values.strict ?? false,
  };
}
