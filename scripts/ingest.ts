// npm run ingest: content/sources/ → content/generated/ (one MDX file per source, and a report).
// Exits non-zero if any source failed, after processing all the others.
import { DEFAULT_PATHS, runIngest } from './lib/run-ingest.ts';

const report = runIngest(DEFAULT_PATHS);
process.exitCode = report.failures.length > 0 ? 1 : 0;
