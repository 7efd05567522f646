import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { ShardManifest } from '../../src/lib/search-shards.ts';
import { buildSite } from '../helpers/build-site.ts';
import { DIST, SEEDS_DIR } from '../helpers/fixtures.ts';
import { QUERIES } from './search-queries.ts';

// The same sources built with two pages per shard: the search page must merge the
// shards into the answers the single index gives (src/lib/search-shards.ts).
let browser: Browser;
let single: Awaited<ReturnType<typeof serveStatic>>;
let sharded: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
let out: string;

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'sharded-site-')), 'dist');
  const build = buildSite({ sources: SEEDS_DIR, generated: mkdtempSync(join(tmpdir(), 'sharded-generated-')), out, env: { ARCHIVE_PAGES_PER_SHARD: '2', ARCHIVE_SEARCH_THREADS: '2' } });
  if (build.status !== 0) throw new Error(build.output);
  single = await serveStatic(DIST);
  sharded = await serveStatic(out);
  browser = await launchChromium();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await single?.close();
  await sharded?.close();
});

async function results(base: string, query: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?${new URLSearchParams(query)}`);
  await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor({ timeout: 15_000 });
  return page.locator('#results .result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('a search index split into shards', () => {
  it('is written as several Pagefind indexes per tier and a manifest listing them', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'pagefind/archive-shards.json'), 'utf8')) as ShardManifest;
    expect(manifest).toEqual({ primary: ['/pagefind/', '/pagefind-2/', '/pagefind-3/'], full: ['/pagefind-toan-van/', '/pagefind-toan-van-2/', '/pagefind-toan-van-3/'], pages: 5, answers: [] });
    for (const shard of [...manifest.primary, ...manifest.full]) expect(existsSync(join(out, shard, 'pagefind-entry.json'))).toBe(true);
  });

  // Relevance is scored with each shard's own statistics, which two-page shards make noisy;
  // what is found must not change, and numbers, filters and sorts must answer first as before.
  it.each(QUERIES)('finds the same pages for %s', async (query, expected) => {
    const found = await results(sharded.url, query);
    expect(found).toContain(expected);
    expect([...found].sort()).toEqual((await results(single.url, query)).sort());
    if (/^q=\d|sap-xep|^(?!q=)/u.test(query)) expect(found[0]).toBe(expected);
  });

  it.each([
    // newest first across shards
    ['q=cai cach hanh chinh&sap-xep=moi-nhat'],
    // oldest first
    ['q=cai cach hanh chinh&sap-xep=cu-nhat'],
    // no words, a filter and a sort
    ['loai=Tin tức&sap-xep=moi-nhat'],
  ])('sorts by date across shards exactly as one index does: %s', async (query) => {
    expect(await results(sharded.url, query)).toEqual(await results(single.url, query));
  });

  it('finds the same pages for a broad query, and counts them the same', async () => {
    const query = 'q=Ủy ban nhân dân';
    expect((await results(sharded.url, query)).sort()).toEqual((await results(single.url, query)).sort());
    const countIn = async (base: string) => {
      await results(base, query);
      await page.locator('#filters-status').filter({ hasText: /Số văn bản theo từng bộ lọc đã cập nhật/u }).waitFor({ state: 'attached' });
      return page.locator('#filters label', { has: page.locator('input[value="Văn bản"]') }).innerText();
    };
    expect(await countIn(sharded.url)).toBe(await countIn(single.url));
  });
});
