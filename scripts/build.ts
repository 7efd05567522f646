// npm run build [-- --sources <dir> --generated <dir> --out <dir> --strict]:
// ingest → astro build → records and originals → Pagefind index, into dist/.
// A source that fails is reported and left out; the rest of the archive still builds.
// With --strict (for CI) any failed source makes the build fail.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parsePaths } from './lib/parse-paths.ts';
import { runIngest } from './lib/run-ingest.ts';

const { paths, out: outArg, strict } = parsePaths(process.argv.slice(2));
const out = resolve(outArg);

const report = await runIngest(paths);
if (report.failures.length > 0 && strict) {
  console.error(`build: ${report.failures.length} source(s) failed and --strict is set; not building.`);
  process.exit(1);
}

const env = { ...process.env, ARCHIVE_GENERATED_DIR: resolve(paths.generated), ARCHIVE_SOURCES_DIR: resolve(paths.sources), ARCHIVE_CACHE_DIR: resolve(paths.generated, '.astro-cache') };
run('astro', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], env);
run('publish', ['node_modules/tsx/dist/cli.mjs', 'scripts/publish-records.ts', '--sources', paths.sources, '--generated', paths.generated, '--out', out], env);
run('pagefind', ['node_modules/tsx/dist/cli.mjs', 'scripts/index-search.ts', out], env);
if (report.failures.length > 0) console.error(`build: done, without the ${report.failures.length} source(s) that failed (listed above).`);

function run(step: string, args: string[], environment: NodeJS.ProcessEnv): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: environment });
  if (result.status !== 0) {
    console.error(`build: the ${step} step failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.error(`build: ${step} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
