// npm run ingest [-- --sources <dir> --generated <dir>]: source texts → generated MDX collections and a report.
// Exits non-zero if any source failed, after processing all the others.
import { parsePaths } from './lib/parse-paths.ts';
import { runIngest } from './lib/run-ingest.ts';

const { paths } = parsePaths(process.argv.slice(2));
const report = await runIngest(paths);
process.exitCode = report.failures.length > 0 ? 1 : 0;
