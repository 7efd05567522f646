// npm run build [-- --sources <dir> --generated <dir> --out <dir> --strict --parts N]:
// ingest → astro build (scripts/build-pages.ts) → records and originals, and the Pagefind index beside them, into dist/.
// A source that fails is reported and left out; the rest of the archive still builds.
// With --strict (for CI) any failed source makes the build fail. With --parts N the
// pages are built in N parts side by side (each jurisdiction in one part) and merged.
import { resolve } from 'node:path';
import { parsePaths } from './lib/parse-paths.ts';
import { runIngest } from './lib/run-ingest.ts';
import { runStep, runStepsTogether } from './lib/run-step.ts';

const { paths, out: outArg, strict, parts } = parsePaths(process.argv.slice(2));
const out = resolve(outArg);

const report = await runIngest(paths);
if (report.failures.length > 0 && strict) {
  console.error(`build: ${report.failures.length} source(s) failed and --strict is set; not building.`);
  process.exit(1);
}

const folders = ['--sources', paths.sources, '--generated', paths.generated, '--out', out];
await runStep({ step: 'pages', args: ['scripts/build-pages.ts', ...folders, '--parts', String(parts)] });
// Copying records is mostly waiting on the disk, indexing mostly computing: side by side, on different files.
await runStepsTogether([
  { step: 'publish', args: ['scripts/publish-records.ts', ...folders] },
  { step: 'pagefind', args: ['scripts/index-search.ts', out] },
]);
if (report.failures.length > 0) console.error(`build: done, without the ${report.failures.length} source(s) that failed (listed above).`);
