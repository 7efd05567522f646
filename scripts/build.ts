// npm run build [-- --sources <dir> --generated <dir> --out <dir> --strict --parts N]:
// ingest → astro build → records and originals → Pagefind index, into dist/.
// A source that fails is reported and left out; the rest of the archive still builds.
// With --strict (for CI) any failed source makes the build fail. With --parts N the
// pages are built in N parts side by side (each jurisdiction in one part) and merged.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mergeParts } from './lib/merge-parts.ts';
import { parsePaths } from './lib/parse-paths.ts';
import { runIngest } from './lib/run-ingest.ts';

const { paths, out: outArg, strict, parts } = parsePaths(process.argv.slice(2));
const out = resolve(outArg);

const report = await runIngest(paths);
if (report.failures.length > 0 && strict) {
  console.error(`build: ${report.failures.length} source(s) failed and --strict is set; not building.`);
  process.exit(1);
}

const astro = 'node_modules/astro/bin/astro.mjs';
const cache = resolve(paths.generated, '.astro-cache');
const env = { ...process.env, ARCHIVE_GENERATED_DIR: resolve(paths.generated), ARCHIVE_SOURCES_DIR: resolve(paths.sources), ARCHIVE_CACHE_DIR: cache };
if (parts === 1) run('astro', [astro, 'build', '--outDir', out], env);
else {
  // The collection is loaded (and its bodies rendered) once; each part starts from a copy.
  run('astro sync', [astro, 'sync'], env);
  // Inside the project, where Astro's intermediate files can import its packages; one
  // folder per output, so two split builds at once do not meet.
  const scratch = resolve('.astro/parts', createHash('sha256').update(out).digest('hex').slice(0, 12));
  const folders = Array.from({ length: parts }, (_, i) => join(scratch, String(i + 1)));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const folder of folders) cpSync(cache, join(folder, 'cache'), { recursive: true });
  await runTogether(
    folders.map((folder, i) => ({
      step: `astro part ${i + 1}/${parts}`,
      args: [astro, 'build', '--outDir', join(folder, 'dist')],
      env: { ...env, ARCHIVE_PART: `${i + 1}/${parts}`, ARCHIVE_CACHE_DIR: join(folder, 'cache') },
    })),
  );
  rmSync(out, { recursive: true, force: true });
  const merged = mergeParts(folders.map((folder) => join(folder, 'dist')), out);
  console.error(`build: merged ${parts} parts into ${out}: ${merged.files} files, ${merged.shared} written by more than one part and identical in each; written by one part only: ${merged.own.join(', ')}`);
  rmSync(scratch, { recursive: true, force: true });
}
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

/** Steps run side by side; the build stops if any fails. */
async function runTogether(steps: { step: string; args: string[]; env: NodeJS.ProcessEnv }[]): Promise<void> {
  const started = performance.now();
  const codes = await Promise.all(
    steps.map(
      ({ args, env: environment }) =>
        new Promise<number | null>((done) => {
          spawn(process.execPath, args, { stdio: 'inherit', env: environment }).on('close', done);
        }),
    ),
  );
  codes.forEach((code, i) => {
    if (code !== 0) {
      console.error(`build: the ${steps[i]!.step} step failed (exit code ${code}).`);
      process.exit(code ?? 1);
    }
  });
  console.error(`build: ${steps.map((item) => item.step).join(', ')} took ${((performance.now() - started) / 1000).toFixed(1)} s together`);
}
