import { spawnSync } from 'node:child_process';
import { ROOT } from './fixtures.ts';

/** Runs the real build (ingest, astro build, Pagefind) over a folder of sources into `out`. */
export function buildSite(options: { sources: string; generated: string; out: string; env?: Record<string, string>; args?: string[] }): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--sources', options.sources, '--generated', options.generated, '--out', options.out, ...(options.args ?? [])],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...options.env } },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
