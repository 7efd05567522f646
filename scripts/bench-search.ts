// npm run bench:search [-- --docs 10000 --seed 1 --rounds 3] [--dist <an already built dist>]
// Builds the archive from N synthetic texts, opens the search page in Chromium and
// prints, for each kind of query (every text matching, a few, a number, a quoted phrase,
// a filter or a sort in the URL…), what it transfers and how long it takes to show results.
// --dist measures a site built earlier (by this script or `npm run build -- --out`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { synthCorpus } from './lib/synth.ts';

const { values } = parseArgs({ options: { docs: { type: 'string' }, seed: { type: 'string' }, dist: { type: 'string' }, rounds: { type: 'string' } } });
// --rounds R: each query measured R times, each figure the median (this machine's timings vary by tens of ms).
const rounds = Number(values.rounds ?? 1);
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

// Counted where the files are served, so requests from Pagefind's worker count too (bytes as stored; HTML and JS uncompressed),
// each with when it was sent, to count what arrived before the first results were on screen.
let served: { at: number; size: number; path: string }[] = [];
const server = await serveStatic(out, (path, size) => {
  served.push({ at: Date.now(), size, path });
});
const bytes = (files: { size: number }[]) => files.reduce((sum, file) => sum + file.size, 0);
// What a query fetches, beyond the page itself (its HTML, scripts, Pagefind's library and WebAssembly, the indexes' metadata):
// index and filter chunks, result fragments, precomputed answers, the number index.
const QUERY_DATA = /\.(?:pf_index|pf_filter|pf_fragment)$|^\/tim-kiem\/(?:tra-loi|so-hieu)\//u;
// Each kind of query the search page meets: typed into the box after the page has opened
// (what opening the page and the query each transfer), or opened from a shared URL with
// filters or a sort (one figure: everything from the page opening to the first results).
const QUERIES: { label: string; typed?: string; url?: string }[] = [
  { label: 'every text matches', typed: 'cai cach hanh chinh' },
  { label: 'thousands match, đ typed as d', typed: 'dien tu' },
  { label: 'an agency', typed: 'Sở Nội vụ' },
  { label: 'a few match', typed: 'ISO 9001' },
  { label: 'a number', typed: '61/2018' },
  { label: 'a quoted phrase', typed: '"một cửa liên thông"' },
  { label: 'two words, re-ranked as a phrase', typed: 'dich vu cong' },
  { label: 'a filter in the URL', url: 'q=cai+cach&nam=2021' },
  { label: 'sorted by date', url: 'q=cai+cach&sap-xep=moi-nhat' },
];
const browser = await launchChromium();
const rows: string[][] = [];

/** One query on a fresh page (a cold cache); `live` blocks the precomputed answers, so the live search answers. */
async function measure(typed: string | undefined, url: string | undefined, live: boolean) {
  const context = await browser.newContext();
  if (live) await context.route('**/tim-kiem/tra-loi/**', (route) => route.fulfill({ status: 404 }));
  const page = await context.newPage();
  let answered = false;
  page.on('request', (request) => {
    if (request.url().includes('/tim-kiem/tra-loi/')) answered = true;
  });
  served = [];
  const opened = performance.now();
  await page.goto(`${server.url}/tim-kiem/${url ? `?${url}` : ''}`);
  if (typed !== undefined) {
    // Opened and warmed up (src/scripts/search-page.ts), and the filter panel built while idle.
    await page.locator('#search-form[data-ready]').waitFor({ timeout: 60_000 });
    await page.locator('#filters fieldset').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
  }
  const openBytes = typed !== undefined ? bytes(served) : 0;
  served = [];
  if (typed !== undefined) {
    await page.fill('#q', typed);
    await page.press('#q', 'Enter');
  }
  await page.locator('#results li').first().waitFor({ timeout: 60_000 });
  const fromOpening = performance.now() - opened;
  // Measured inside the page, from the search starting to the first results in the DOM, then to the filter counts.
  await page.waitForFunction(() => performance.getEntriesByName('search-counts').length > 0, undefined, { timeout: 60_000 });
  const marks = await page.evaluate(() => {
    const first = performance.getEntriesByName('search-first-results').at(-1)!;
    const counts = performance.getEntriesByName('search-counts').at(-1)!;
    return { first: first.duration, counts: counts.duration, firstAt: performance.timeOrigin + first.startTime + first.duration };
  });
  const result = {
    openBytes,
    firstBytes: bytes(served.filter((file) => file.at <= marks.firstAt)),
    firstQueryBytes: bytes(served.filter((file) => file.at <= marks.firstAt && QUERY_DATA.test(file.path))),
    laterBytes: bytes(served.filter((file) => file.at > marks.firstAt)),
    fromOpening,
    ...marks,
    count: (await page.locator('#search-status').innerText()).match(/([\d.]+) kết quả/u)?.[1] ?? '?',
    answered: answered && !live,
  };
  await context.close();
  return result;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor((numbers.length - 1) / 2)]!;
try {
  for (const { label, typed, url } of QUERIES) {
    const all: Awaited<ReturnType<typeof measure>>[] = [];
    const lives: Awaited<ReturnType<typeof measure>>[] = [];
    for (let round = 0; round < rounds; round++) {
      const measured = await measure(typed, url, false);
      all.push(measured);
      // A query with a precomputed answer is measured again with the live search, for the figures without it.
      if (measured.answered) lives.push(await measure(typed, url, true));
    }
    const first = all[0]!;
    const m = (pick: (measured: Awaited<ReturnType<typeof measure>>) => number, from = all) => median(from.map(pick));
    // What the full text finds, for the primary tier's share.
    const full = typed !== undefined ? await measure(undefined, `q=${encodeURIComponent(typed)}&toan-van=1`, true) : undefined;
    rows.push([
      label,
      typed ?? `?${decodeURIComponent(url!)}`,
      first.count,
      first.answered ? 'precomputed' : 'live',
      typed !== undefined ? (m((x) => x.openBytes) / 1024).toFixed(0) : '',
      (m((x) => x.firstBytes) / 1024).toFixed(0),
      (m((x) => x.firstQueryBytes) / 1024).toFixed(0),
      m((x) => x.first).toFixed(0),
      typed !== undefined ? '' : m((x) => x.fromOpening).toFixed(0),
      m((x) => x.counts).toFixed(0),
      (m((x) => x.laterBytes) / 1024).toFixed(0),
      lives.length > 0 ? `${m((x) => x.first, lives).toFixed(0)} ms, ${(m((x) => x.firstQueryBytes, lives) / 1024).toFixed(0)} KiB` : '',
      full?.count ?? '',
    ]);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`search benchmark: ${pages} document pages in ${out}${values.dist ? '' : ` (seed ${values.seed ?? 1}); build ${buildSeconds.toFixed(1)} s`}; Pagefind bundle ${(pagefindBytes / 1024 / 1024).toFixed(1)} MiB on disk; ${rounds === 1 ? 'one round' : `medians of ${rounds} rounds`}`);
console.log(['what', 'query', 'results', 'answered by', 'page open KiB', 'to first results KiB (URL: from opening)', 'of it query data KiB', 'search to first results ms', 'URL: opening to first results ms', 'search to filter counts ms', 'then KiB', 'live search, if precomputed', 'full-text results'].join(' | '));
for (const row of rows) console.log(row.join(' | '));

function folderSize(folder: string): number {
  return readdirSync(folder).reduce((sum, name) => {
    const path = join(folder, name);
    return sum + (statSync(path).isDirectory() ? folderSize(path) : statSync(path).size);
  }, 0);
}
