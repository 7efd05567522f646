import { parseArgs } from 'node:util';
import { DEFAULT_PATHS, type IngestPaths } from './run-ingest.ts';

/** `--sources <dir>` and `--generated <dir>`, defaulting to content/sources and content/generated. */
export function parsePaths(args: readonly string[], extra: Record<string, { type: 'string' | 'boolean' }> = {}) {
  const { values } = parseArgs({
    args: args.filter((arg) => arg !== '--'),
    options: { sources: { type: 'string' }, generated: { type: 'string' }, ...extra },
    strict: true,
  });
  const paths: IngestPaths = {
    sources: typeof values['sources'] === 'string' ? values['sources'] : DEFAULT_PATHS.sources,
    generated: typeof values['generated'] === 'string' ? values['generated'] : DEFAULT_PATHS.generated,
  };
  return { paths, values };
}
