// npm run build [-- --sources <dir> --generated <dir> --out <dir> --strict --parts N]:
// ingest → astro build (scripts/build-pages.ts) → records and originals → Pagefind index, into dist/.
// A source that fails is reported and left out; the rest of the archive still builds.
// With --strict (for CI) any failed source makes the build fail. With --parts N the
// pages are built in N parts side by side (each jurisdiction in one part) and merged.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parsePaths } from './lib/parse-paths.ts';
import { runIngest } from './lib/run-ingest.ts';

const { paths, out: outArg, strict, parts } = parsePaths(process.argv.slice(2));
const out = resolve(outArg);

const report = await runIngest(paths);
if (report.failures.length > 0 && strict) {
  console.error(`build: ${report.failures.length} source(s) failed and --strict is set; not building.`);
  process.exit(1);
}

const tsx = 'node_modules/tsx/dist/cli.mjs';
const folders = ['--sources', paths.sources, '--generated', paths.generated, '--out', out];
run('pages', [tsx, 'scripts/build-pages.ts', ...folders, '--parts', String(parts)]);
run('publish', [tsx, 'scripts/publish-records.ts', ...folders]);
run('pagefind', [tsx, 'scripts/index-search.ts', out]);
if (report.failures.length > 0) console.error(`build: done, without the ${report.failures.length} source(s) that failed (listed above).`);

function run(step: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: the ${step} step failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.error(`build: ${step} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
