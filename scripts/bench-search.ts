// npm run bench:search [-- --docs 10000 --seed 1] [--dist <an already built dist>]
// Builds the archive from N synthetic texts, opens the search page in Chromium and
// prints what the first queries transfer and how long they take to show results.
// --dist measures a site built earlier (by this script or `npm run build -- --out`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { synthCorpus } from './lib/synth.ts';

const { values } = parseArgs({ options: { docs: { type: 'string' }, seed: { type: 'string' }, dist: { type: 'string' } } });
const docs = Number(values.docs ?? 1000);
let out = values.dist ?? '';
let buildSeconds = Number.NaN;
if (!values.dist) {
  const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const sources = join(work, 'sources');
  out = join(work, 'dist');
  spawnSync('mkdir', ['-p', sources]);
  for (const file of synthCorpus(docs, Number(values.seed ?? 1))) writeFileSync(join(sources, file.name), file.bytes);
  const started = performance.now();
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--sources', sources, '--generated', join(work, 'generated'), '--out', out], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (build.status !== 0) {
    console.error(build.stderr.slice(-4000));
    process.exit(1);
  }
  buildSeconds = (performance.now() - started) / 1000;
}
// Page folders only: each record's .json sits beside its folder.
const pages = ['van-ban', 'tin-tuc'].reduce((sum, kind) => sum + readdirSync(join(out, kind), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length, 0);
const pagefindBytes = readdirSync(out).filter((name) => name.startsWith('pagefind')).reduce((sum, name) => sum + folderSize(join(out, name)), 0);

// Counted where the files are served, so requests from Pagefind's worker count too (bytes as stored; HTML and JS uncompressed).
let served = 0;
const server = await serveStatic(out, (_path, size) => {
  served += size;
});
const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const query of ['cai cach hanh chinh', 'dien tu', 'Sở Nội vụ', 'ISO 9001', '61/2018']) {
    // A fresh page each time: the first query after the page opens, with a cold cache.
    const context = await browser.newContext();
    const page = await context.newPage();
    served = 0;
    await page.goto(`${server.url}/tim-kiem/`);
    await page.locator('#filters fieldset').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const openBytes = served;
    served = 0;
    await page.fill('#q', query);
    await page.press('#q', 'Enter');
    await page.locator('#results li').first().waitFor({ timeout: 60_000 });
    // Measured inside the page, from the search starting to the first results in the DOM.
    const elapsed = await page.evaluate(() => performance.getEntriesByName('search-first-results').at(-1)?.duration ?? Number.NaN);
    const queryBytes = served;
    rows.push([query, (openBytes / 1024).toFixed(0), (queryBytes / 1024).toFixed(0), ((openBytes + queryBytes) / 1024).toFixed(0), elapsed.toFixed(0)]);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`search benchmark: ${pages} document pages in ${out}${values.dist ? '' : ` (seed ${values.seed ?? 1}); build ${buildSeconds.toFixed(1)} s`}; Pagefind bundle ${(pagefindBytes / 1024 / 1024).toFixed(1)} MiB on disk`);
console.log(['query', 'page open KiB', 'first query KiB', 'total KiB', 'time to first result ms'].join(' | '));
for (const row of rows) console.log(row.join(' | '));

function folderSize(folder: string): number {
  return readdirSync(folder).reduce((sum, name) => {
    const path = join(folder, name);
    return sum + (statSync(path).isDirectory() ? folderSize(path) : statSync(path).size);
  }, 0);
}
