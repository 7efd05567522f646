import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { QUERIES_PER_THREAD } from '../../scripts/lib/write-answers.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { synthCorpus } from '../../scripts/lib/synth.ts';
import { fold } from '../../src/lib/fold.ts';
import { answerPath, type PrecomputedAnswer } from '../../src/lib/search-answers.ts';
import { SHOWN_FIRST } from '../../src/lib/search-facets.ts';
import type { ShardManifest } from '../../src/lib/search-shards.ts';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/fixtures.ts';

// 300 synthetic texts through the real build: enough for the primary tier to answer the
// frequent words with a full page, and for phrases and agencies to earn precomputed answers.
let out: string;
let manifest: ShardManifest;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'tiers-site-'));
  const sources = join(work, 'sources');
  mkdirSync(sources);
  for (const file of synthCorpus(300, 11)) writeFileSync(join(sources, file.name), file.bytes);
  out = join(work, 'dist');
  const build = buildSite({ sources, generated: join(work, 'generated'), out });
  if (build.status !== 0) throw new Error(build.output);
  manifest = JSON.parse(readFileSync(join(out, 'pagefind/archive-shards.json'), 'utf8')) as ShardManifest;
  server = await serveStatic(out);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a search; `live` answers every precomputed file with a 404, so the live search answers. */
async function open(query: string, live = false): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext();
  if (live) await context.route('**/tim-kiem/tra-loi/**', (route) => route.fulfill({ status: 404 }));
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}/tim-kiem/${query ? `?${query}` : ''}`);
  if (query) await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor({ timeout: 20_000 });
  return { context, page, requests };
}

const hrefs = (page: Page) => page.locator('#results .result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
const count = async (page: Page) => Number((await page.locator('#search-status').innerText()).match(/(\d+) kết quả/u)?.[1]);

describe('the two tiers of the search index', () => {
  it('are written side by side, with the precomputed answers, and listed in the manifest', () => {
    expect(manifest.primary).toEqual(['/pagefind/']);
    expect(manifest.full).toEqual(['/pagefind-toan-van/']);
    expect(manifest.pages).toBe(300);
    expect(manifest.answers.length).toBeGreaterThan(4);
    manifest.answers.forEach((query, i) => {
      const answer = JSON.parse(readFileSync(join(out, answerPath(i)), 'utf8')) as PrecomputedAnswer;
      expect(answer.query).toBe(query);
      expect(answer.results.length).toBeGreaterThan(0);
      expect(answer.results.length).toBeLessThanOrEqual(20);
      for (const result of answer.results) expect(existsSync(join(out, result.url, 'index.html'))).toBe(true);
    });
    // phrases in their spelling and folded, as readers type them
    // the registry's term every synthetic text is about, as the texts spell it and folded as readers type it
    expect(manifest.answers).toEqual(expect.arrayContaining(['cải cách hành chính', fold('cải cách hành chính')]));
  });

  it('are the same files whichever number of threads answered them', () => {
    // 300 pages are indexed on one thread; two threads share the queries once each has its share.
    expect(manifest.answers.length).toBeGreaterThanOrEqual(2 * QUERIES_PER_THREAD);
    const again = join(mkdtempSync(join(tmpdir(), 'tiers-threads-')), 'dist');
    cpSync(out, again, { recursive: true });
    const indexed = spawnSync(process.execPath, ['scripts/index-search.ts', again], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ARCHIVE_SEARCH_THREADS: '2' } });
    expect(indexed.status, indexed.stderr).toBe(0);
    const files = (root: string) => readdirSync(join(root, 'tim-kiem/tra-loi')).sort().map((name) => [name, readFileSync(join(root, 'tim-kiem/tra-loi', name), 'utf8')]);
    expect(files(again)).toEqual(files(out));
    expect(readFileSync(join(again, 'pagefind/archive-shards.json'), 'utf8')).toBe(readFileSync(join(out, 'pagefind/archive-shards.json'), 'utf8'));
  }, 120_000);

  it('a frequent query shows its precomputed page at once: the same page, and count, the live search gives', async () => {
    // the two most frequent, the last, and one in the middle
    const sample = [...new Set([0, 1, Math.floor(manifest.answers.length / 2), manifest.answers.length - 1])].map((i) => manifest.answers[i]!);
    for (const query of sample) {
      const answered = await open(`q=${encodeURIComponent(query)}`);
      expect(answered.requests.some((path) => path.startsWith('/tim-kiem/tra-loi/'))).toBe(true);
      const live = await open(`q=${encodeURIComponent(query)}`, true);
      expect(await hrefs(answered.page), query).toEqual(await hrefs(live.page));
      expect(await count(answered.page)).toBe(await count(live.page));
      await answered.context.close();
      await live.context.close();
    }
    // The look-alike: the same words quoted are an exact search, answered live.
    const quoted = await open(`q=${encodeURIComponent(`"${manifest.answers[0]!}"`)}`);
    expect(quoted.requests.some((path) => path.startsWith('/tim-kiem/tra-loi/'))).toBe(false);
    await quoted.context.close();
  });

  it('the primary tier answers a broad query and says so; the full text is one button away and in the URL', async () => {
    // A filter: no precomputed answer, the live search on the primary tier.
    const { context, page } = await open('q=cai cach&loai=Văn bản');
    await expect.poll(() => page.locator('#search-scope').innerText()).toMatch(/tiêu đề, số ký hiệu, cơ quan ban hành và phần đầu/u);
    const primary = await count(page);
    expect(primary).toBeGreaterThanOrEqual(20);
    await page.getByRole('button', { name: 'Tìm trong toàn văn' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('toan-van') === '1');
    await expect.poll(() => page.locator('#search-scope').innerText()).toMatch(/Kết quả tìm trong toàn văn/u);
    await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    expect(await count(page)).toBeGreaterThanOrEqual(primary);
    // …and back, by the keyboard
    await page.getByRole('button', { name: 'Chỉ tìm tiêu đề và phần đầu văn bản' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('toan-van'));
    await context.close();
  });

  it('shows the first results before the filter panel, whose counts follow for the same search and are announced', async () => {
    const { context, page } = await open('q=cai cach&loai=Tin tức');
    await page.locator('#filters-status').filter({ hasText: /Số văn bản theo từng bộ lọc đã cập nhật/u }).waitFor({ state: 'attached', timeout: 20_000 });
    const [first, counts] = await page.evaluate(() => ['search-first-results', 'search-counts'].map((name) => performance.getEntriesByName(name).at(-1)!.duration));
    expect(first).toBeLessThan(counts!);
    // the chosen filter's count is the number of results
    const label = await page.locator('#filters label', { has: page.locator('input[name=loai][value="Tin tức"]') }).innerText();
    expect(label.trim()).toBe(`Tin tức (${await count(page)})`);
    expect(await page.locator('#filters input[name=loai][value="Tin tức"]').isChecked()).toBe(true);
    await context.close();
  });

  it('lists a long filter in part in the page, and the rest of its values with the first search', async () => {
    const { context, page } = await open('');
    await page.locator('#search-form[data-ready]').waitFor({ timeout: 20_000 });
    const agencies = page.locator('#filters fieldset', { has: page.locator('legend', { hasText: 'Cơ quan' }) });
    const listed = await agencies.locator('input').count();
    expect(listed).toBe(SHOWN_FIRST);
    const more = Number(((await agencies.locator('.more').textContent()) ?? '').match(/Còn (\d+) giá trị khác/u)?.[1]);
    expect(more).toBeGreaterThan(0);
    // A value past the first 40, chosen in the URL, is listed and checked before any count arrives.
    const html = readFileSync(join(out, 'tim-kiem/index.html'), 'utf8');
    const shown = new Set([...html.matchAll(/name="co-quan" value="([^"]+)"/gu)].map((match) => match[1]));
    const answer = JSON.parse(readFileSync(join(out, answerPath(0)), 'utf8')) as PrecomputedAnswer;
    const named = answer.results.flatMap(({ url }) => (JSON.parse(readFileSync(join(out, `${url.replace(/\/$/u, '')}.json`), 'utf8')) as { agencies: { name: string; roles: string[] }[] }).agencies);
    const rare = named.filter((agency) => agency.roles.some((role) => role !== 'mentioned')).map((agency) => agency.name).find((name) => !shown.has(name));
    expect(rare).toBeDefined();
    await page.fill('#q', 'cai cach');
    await page.press('#q', 'Enter');
    await page.locator('#filters-status').filter({ hasText: /Số văn bản theo từng bộ lọc đã cập nhật/u }).waitFor({ state: 'attached', timeout: 20_000 });
    expect(await agencies.locator('input').count()).toBeGreaterThan(listed);
    expect(await agencies.locator('.more').count()).toBe(0);
    // the values added are laid out as those the page wrote: one per line, in the body's weight
    const styles = await page.locator('#filters label').evaluateAll((labels) => labels.map((label) => `${getComputedStyle(label).display} ${getComputedStyle(label).fontWeight}`));
    expect(new Set(styles)).toEqual(new Set(['block 400']));
    await context.close();
    const chosen = await open(`q=cai cach&co-quan=${encodeURIComponent(rare!)}`);
    expect(await chosen.page.locator(`#filters input[name=co-quan][value="${rare}"]`).isChecked()).toBe(true);
    expect(await chosen.page.locator('#chosen-filters button').getAttribute('aria-label')).toBe(`Bỏ lọc Cơ quan: ${rare}`);
    await chosen.context.close();
  });

  it('warms up when opened without a query: the WebAssembly and the primary index are loaded before the first search', async () => {
    const { context, page, requests } = await open('');
    await page.locator('#search-form[data-ready]').waitFor({ timeout: 20_000 });
    expect(requests.some((path) => /^\/pagefind\/wasm\.[\w-]+\.pagefind$/u.test(path))).toBe(true);
    expect(requests.some((path) => /^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/u.test(path))).toBe(true);
    // the full tier is not loaded until a search needs it
    expect(requests.some((path) => path.startsWith('/pagefind-toan-van/'))).toBe(false);
    await page.fill('#q', 'iso 9001');
    await page.press('#q', 'Enter');
    await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    await context.close();
  });
});
