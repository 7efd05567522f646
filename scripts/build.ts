// npm run build [-- --sources <dir> --generated <dir> --out <dir> --strict --parts N]:
// ingest → astro build (scripts/build-pages.ts), with the records and originals copied meanwhile → the Pagefind index, into dist/.
// A source that fails is reported and left out; the rest of the archive still builds.
// With --strict (for CI) any failed source makes the build fail. With --parts N the
// pages are built in N parts side by side (each jurisdiction in one part) and merged.
import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { moveInto } from './lib/merge-parts.ts';
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

const sourceFolders = ['--sources', paths.sources, '--generated', paths.generated];
// The records are copied while Astro builds the pages: Astro renders on one core and
// empties its output folder first, so they go to a folder of their own and join the pages after.
const records = join(dirname(out), `.${basename(out)}.records`);
rmSync(records, { recursive: true, force: true });
await runStepsTogether([
  { step: 'pages', args: ['scripts/build-pages.ts', ...sourceFolders, '--out', out, '--parts', String(parts)] },
  // Its line waits for the end: the pages' progress line is being redrawn meanwhile.
  { step: 'publish', args: ['scripts/publish-records.ts', ...sourceFolders, '--out', records], deferOutput: true },
]);
try {
  moveInto(records, out, 'the published records');
} catch (error) {
  console.error(`build: the records could not join the pages: ${(error as Error).message}`);
  process.exit(1);
}
await runStep({ step: 'pagefind', args: ['scripts/index-search.ts', out] });
if (report.failures.length > 0) console.error(`build: done, without the ${report.failures.length} source(s) that failed (listed above).`);
