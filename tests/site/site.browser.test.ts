import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { recordSchema, type SourceRecord } from '../../src/schemas/index.ts';
import { LEGAL_REGISTRY_PATH, loadLegalRegistry } from '../../src/lib/load-registry.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { DIST, ROOT } from '../helpers/fixtures.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

// The records the build was made from, read back from the generated collection.
const GENERATED = join(ROOT, 'content/generated/documents');
const entries = readdirSync(GENERATED)
  .sort()
  .map((name) => {
    const mdx = readFileSync(join(GENERATED, name), 'utf8');
    const end = mdx.indexOf('\n---\n');
    // The body's words as a reader sees them: no element names or attributes.
    return { record: recordSchema.parse(parseYaml(mdx.slice(mdx.indexOf('\n') + 1, end))), body: mdx.slice(end + 5).replace(/<[^>]*>/gu, ' ') };
  });
const pathOf = (record: SourceRecord) => `/${record.kind === 'document' ? 'van-ban' : 'tin-tuc'}/${record.id}/`;

/** A word of this entry's text that no other entry has, so a search for it has one right answer. */
function wordOnlyIn(index: number): string {
  const words = (text: string) => new Set(text.toLocaleLowerCase('vi').match(/\p{L}{4,}/gu) ?? []);
  const others = new Set(entries.flatMap((entry, i) => (i === index ? [] : [...words(entry.body)])));
  // Skip đ: folding it is the search issue's work, not this one's.
  const candidates = [...words(entries[index]!.body)].filter((word) => !others.has(word) && !/[đ]/u.test(word)).sort();
  expect(candidates.length, `a word only ${entries[index]!.record.source} has`).toBeGreaterThan(0);
  return candidates[0]!;
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built archive in Chromium', () => {
  it('the home page lists every source, newest first, and every link opens a page', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const links = await page.locator('.document-list a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect([...links].sort()).toEqual(entries.map(({ record }) => pathOf(record)).sort());
    for (const href of links) expect((await fetch(`${server.url}${href}`)).status, href!).toBe(200);
    const dates = entries.map(({ record }) => record.issued ?? '').sort().reverse();
    const shown = links.map((href) => entries.find(({ record }) => pathOf(record) === href)!.record.issued ?? '');
    expect(shown).toEqual(dates);
  });

  it.each(entries.map(({ record }) => [record.source, record] as const))('%s has a page with its metadata, text and original file', async (_source, record) => {
    await page.goto(`${server.url}${pathOf(record)}`);
    expect(await page.locator('h1').innerText()).toBe(record.title ?? `${record.docType} số ${record.number}`);
    const meta = await page.locator('dl.metadata').innerText();
    if (record.number) expect(meta).toContain(record.number);
    expect(meta).toContain(record.jurisdiction ?? 'chưa rõ');
    expect(await page.locator('.doc-body').count()).toBe(1);
    // The original, byte for byte.
    const href = await page.locator('dl.metadata a[type="text/plain"]').getAttribute('href');
    const original = Buffer.from(await (await fetch(`${server.url}${href}`)).arrayBuffer());
    expect(Buffer.compare(original, readFileSync(join(ROOT, 'content/sources', record.source)))).toBe(0);
  });

  it.each(entries.map((entry, index) => [entry.record.source, index] as const))('a search for a word of %s finds it first', async (_source, index) => {
    const word = wordOnlyIn(index);
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(word)}`);
    const first = page.locator('#results .result-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href'), word).toBe(pathOf(entries[index]!.record));
  });

  it('the search form on the home page works from the keyboard', async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Bỏ qua, đến nội dung chính');
    await page.focus('#q');
    await page.keyboard.type('cải cách hành chính');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/u);
    await page.locator('#results .result-link').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#results .result-link').count()).toBeGreaterThan(0);
  });

  it('the removed page chrome is there, collapsed', async () => {
    const news = entries.find(({ record }) => record.removed.length > 0)!.record;
    await page.goto(`${server.url}${pathOf(news)}`);
    const details = page.locator('details.removed');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    expect(await details.locator('tbody tr').count()).toBe(news.removed.length);
  });
});

describe('references in Chromium', () => {
  it('a reference in a document leads to its legal-basis page, and the citing passage leads back to the exact place', async () => {
    const { record } = entries.find(({ record }) => record.legalRefs.some((ref) => ref.number === '61/2018/NĐ-CP'))!;
    await page.goto(`${server.url}${pathOf(record)}`);
    const link = page.locator('.document-text a.legal-ref', { hasText: '61/2018/NĐ-CP' }).first();
    const anchor = await link.getAttribute('id');
    await link.click();
    await page.waitForURL(/\/can-cu\/61-2018-nd-cp\/$/u);
    expect(await page.locator('h1').innerText()).toBe('Nghị định số 61/2018/NĐ-CP');
    // Every document citing it is listed.
    const citing = entries.filter(({ record: other }) => other.legalRefs.some((ref) => ref.id === '61-2018-nd-cp'));
    expect(await page.locator('.citations > li').count()).toBe(citing.length);
    await page.locator(`.citations a[href="${pathOf(record)}#${anchor}"]`).click();
    await page.waitForURL((url) => url.pathname === pathOf(record) && url.hash === `#${anchor}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('61/2018/NĐ-CP');
  });

  it('/can-cu/ lists every referenced document and every document of the legal registry once, grouped by type, with its citing-document count', async () => {
    await page.goto(`${server.url}/can-cu/`);
    const ids = new Set([...entries.flatMap(({ record }) => record.legalRefs.map((ref) => ref.id)), ...loadLegalRegistry(join(ROOT, LEGAL_REGISTRY_PATH)).documents.map((document) => document.id)]);
    const links = await page.locator('main ol a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual([...ids].map((id) => `/can-cu/${id}/`).sort());
    expect(await page.locator('main h2').allInnerTexts()).toEqual(expect.arrayContaining(['Nghị định', 'Quyết định', 'Kế hoạch']));
  });
});

describe('the cross-reference web in Chromium', () => {
  it('the notice 000 and the news item 001 link to each other, each saying why', async () => {
    const notice = entries.find(({ record }) => record.source.startsWith('000_'))!.record;
    const news = entries.find(({ record }) => record.source.startsWith('001_'))!.record;
    for (const [from, to] of [[notice, news], [news, notice]] as const) {
      await page.goto(`${server.url}${pathOf(from)}`);
      const item = page.locator('.related li', { has: page.locator(`a[href="${pathOf(to)}"]`) });
      expect(await item.innerText()).toContain('Cùng sự kiện: kiểm tra ngày 17/12/2020 tại Sở Ngoại vụ');
    }
  });

  it('an agency page lists its documents by role, and a person page the positions held', async () => {
    await page.goto(`${server.url}/co-quan/so-ngoai-vu-hai-phong/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Được kiểm tra, đề cập chính');
    expect(text).not.toContain('Bình Định');
    await page.goto(`${server.url}/nhan-vat/le-anh-quan/`);
    expect(await page.locator('main table').innerText()).toContain('Phó Chủ tịch Thường trực');
  });
});
