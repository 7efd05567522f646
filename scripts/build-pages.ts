// tsx scripts/build-pages.ts [--sources <dir> --generated <dir> --out <dir> --parts N]: the Astro
// step of npm run build. With --parts N the pages are built in N Astro builds side by side
// (ARCHIVE_PART=i/N, src/lib/build-part.ts), each jurisdiction in one part, then merged.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mergeParts } from './lib/merge-parts.ts';
import { parsePaths } from './lib/parse-paths.ts';

const { paths, out: outArg, parts } = parsePaths(process.argv.slice(2));
const out = resolve(outArg);
const astro = 'node_modules/astro/bin/astro.mjs';
const cache = resolve(paths.generated, '.astro-cache');
const env = { ...process.env, ARCHIVE_GENERATED_DIR: resolve(paths.generated), ARCHIVE_CACHE_DIR: cache };

if (parts === 1) run('astro', [astro, 'build', '--outDir', out], env);
else {
  // The collection is loaded (and its bodies rendered) once; each part starts from a copy.
  run('astro sync', [astro, 'sync'], env);
  // Inside the project, where Astro's intermediate files can import its packages; one
  // folder per output, so two split builds at once do not meet.
  const scratch = resolve('.astro/parts', createHash('sha256').update(out).digest('hex').slice(0, 12));
  rmSync(scratch, { recursive: true, force: true });
  const folders = Array.from({ length: parts }, (_, i) => join(scratch, String(i + 1)));
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    cpSync(cache, join(folder, 'cache'), { recursive: true });
  }
  await runTogether(
    folders.map((folder, i) => ({
      step: `astro part ${i + 1}/${parts}`,
      args: [astro, 'build', '--outDir', join(folder, 'dist')],
      env: { ...env, ARCHIVE_PART: `${i + 1}/${parts}`, ARCHIVE_CACHE_DIR: join(folder, 'cache') },
    })),
  );
  rmSync(out, { recursive: true, force: true });
  const merged = mergeParts(
    folders.map((folder) => join(folder, 'dist')),
    out,
  );
  console.error(`build: merged ${parts} parts into ${out}: ${merged.files} files, ${merged.shared} written by more than one part and identical in each; written by one part only: ${merged.own.join(', ')}`);
  rmSync(scratch, { recursive: true, force: true });
}

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
