import { spawnSync } from 'node:child_process';

const ROOT = new URL('../', import.meta.url).pathname;

/** `npm test` tests what the current code builds: one full build into dist/ before the tests. */
export default function setup(): void {
  if (process.env['ARCHIVE_SKIP_BUILD'] === '1') return;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The build before the tests failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`global setup: built the archive into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
