import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { DIST } from '../helpers/fixtures.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { NEWS_2019, NEWS_BINH_DINH, NOTICE_08, NOTICE_149, QUERIES } from './search-queries.ts';

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

describe('search the way Vietnamese readers type', () => {
  it('has at least 20 queries', () => expect(QUERIES.length).toBeGreaterThanOrEqual(20));

  it.each(QUERIES)('%s', async (query, expected) => {
    const params = new URLSearchParams(query);
    await page.goto(`${server.url}/tim-kiem/?${params}`);
    await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#results .result-link').first().getAttribute('href')).toBe(expected);
  });
});

describe('the Content-Security-Policy', () => {
  it('is on every page family, allows only the site itself, and blocks nothing the site needs', async () => {
    const violations: string[] = [];
    const context = await browser.newContext();
    const visitor = await context.newPage();
    visitor.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/iu.test(message.text())) violations.push(message.text());
    });
    for (const path of ['/', NOTICE_08, NEWS_2019, '/can-cu/', '/co-quan/', '/nhan-vat/', '/nam/', '/chat-luong/', '/tim-kiem/?q=cai%20cach']) {
      await visitor.goto(`${server.url}${path}`);
      const policy = await visitor.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(policy, path).toMatch(/default-src 'self'/u);
      expect(policy, path).toMatch(/object-src 'none'/u);
      expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*/u);
    }
    // The search page runs Pagefind (its worker and WebAssembly) under the policy.
    await visitor.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    expect(await visitor.locator('#results li').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('the search box on every page', () => {
  it('sends a number typed on a document page to the search page, which answers it first', async () => {
    await page.goto(`${server.url}${NEWS_2019}`);
    await page.fill('#site-q', '08/tb-ubnd');
    await page.press('#site-q', 'Enter');
    await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tim-kiem/');
    expect(await page.locator('#results .result-link').first().getAttribute('href')).toBe(NOTICE_08);
  });

  it("answers a basis's number with its page and its status, in words", async () => {
    await page.goto(`${server.url}/tim-kiem/?q=61%2F2018`);
    const hit = page.locator('#results li', { has: page.locator('a.number-hit[href="/can-cu/61-2018-nd-cp/"]') });
    await hit.waitFor();
    expect(await hit.locator('.status-badge').innerText()).toBe('Hết hiệu lực từ 01/07/2025');
  });
});

describe('the search page', () => {
  it('searches a quoted phrase exactly: only the texts that have it', async () => {
    const hrefs = async (query: string) => {
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
      return (await page.locator('#results .result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort();
    };
    expect(await hrefs('"Trung tâm Phục vụ hành chính công thành phố"')).toEqual([NEWS_2019, NOTICE_149].sort());
    // The same words unquoted are found in more texts.
    expect((await hrefs('Trung tâm Phục vụ hành chính công thành phố')).length).toBeGreaterThan(2);
  });

  it('keeps the query, filters and sort in the URL, so a search can be shared', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await page.locator('#filters input[type=checkbox]').first().waitFor();
    await page.fill('#q', 'cai cach');
    await page.check('#filters input[name=loai][value="Văn bản"]');
    await page.selectOption('#sort', 'moi-nhat');
    await page.waitForFunction(() => location.search.includes('sap-xep=moi-nhat'));
    const url = new URL(page.url());
    expect([url.searchParams.get('q'), url.searchParams.getAll('loai'), url.searchParams.get('sap-xep')]).toEqual(['cai cach', ['Văn bản'], 'moi-nhat']);
  });

  it('keeps what the reader typed and ticked before the page script or the search library had loaded', async () => {
    for (const slow of ['**/_astro/*.js', '**/pagefind/pagefind.js']) {
      const context = await browser.newContext();
      await context.route(slow, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      const early = await context.newPage();
      await early.goto(`${server.url}/tim-kiem/`, { waitUntil: 'domcontentloaded' });
      await early.fill('#q', 'cai cach');
      await early.check('#filters input[name=loai][value="Tin tức"]');
      await early.press('#q', 'Enter');
      await early.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor({ timeout: 15_000 });
      const url = new URL(early.url());
      expect([url.searchParams.get('q'), url.searchParams.getAll('loai')], slow).toEqual(['cai cach', ['Tin tức']]);
      expect(await early.locator('#filters input[name=loai][value="Tin tức"]').isChecked(), slow).toBe(true);
      expect(await early.locator('#results .result-link').evaluateAll((links) => links.every((link) => link.getAttribute('href')!.startsWith('/tin-tuc/'))), slow).toBe(true);
      await context.close();
    }
  });

  it('shows counts per filter for the current query, and announces the result count', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('Sở Ngoại vụ')}`);
    await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    // The counts follow the results, announced apart.
    await page.locator('#filters-status').filter({ hasText: /Số văn bản theo từng bộ lọc đã cập nhật/u }).waitFor({ state: 'attached' });
    expect(await page.getAttribute('#filters-status', 'aria-live')).toBe('polite');
    // Every text is of one kind: the kinds' counts add up to the results.
    const kinds = await page.locator('#filters input[name=loai]').evaluateAll((boxes) => boxes.map((box) => Number(box.nextElementSibling!.textContent!.match(/\((\d+)\)$/u)![1])));
    const total = Number((await page.locator('#search-status').innerText()).match(/(\d+) kết quả/u)![1]);
    expect(kinds.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(total).toBeLessThan(5);
  });

  it('each result shows type, number, date and issuer', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('Lê Anh Quân')}&loai=${encodeURIComponent('Văn bản')}`);
    await page.locator('#results li').first().waitFor();
    expect(await page.locator('#results li .meta').first().innerText()).toBe('Thông báo · 08/TB-UBND · 06/01/2021 · Ủy ban nhân dân thành phố Hải Phòng');
  });

  it('the search box is labelled and reachable from the keyboard', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    expect(await page.locator('label[for=q]').innerText()).not.toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
  });
});

describe('the search page on a phone', () => {
  // 390 × 844, a common phone: the filters fold behind a control that says how many are chosen,
  // the chosen ones show as chips, and the first results are on the first screen.
  it('shows the first results on the first screen, the chosen filters as chips that remove them', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/tim-kiem/?${new URLSearchParams('q=Sở Ngoại vụ&nam=2021&loai=Tin tức')}`);
    await phone.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    expect(await phone.locator('#filters-panel').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.locator('#filters-panel summary').innerText()).toBe('Bộ lọc (2 đang chọn)');
    expect(await phone.locator('#chosen-filters button').allInnerTexts()).toEqual(['Loại: Tin tức ×', 'Năm: 2021 ×']);
    expect(await phone.locator('#chosen-filters button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))).toEqual(['Bỏ lọc Loại: Tin tức', 'Bỏ lọc Năm: 2021']);
    const first = await phone.locator('#results .result-link').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThan(844);
    expect(await phone.locator('#results .result-link').first().getAttribute('href')).toBe(NEWS_BINH_DINH);
    // A chip removed from the keyboard: the filter is off, in the URL too, and the search runs again.
    await phone.locator('#chosen-filters button', { hasText: 'Năm: 2021' }).focus();
    await phone.keyboard.press('Enter');
    await phone.waitForFunction(() => !new URL(location.href).searchParams.has('nam'));
    expect(await phone.locator('#chosen-filters button').allInnerTexts()).toEqual(['Loại: Tin tức ×']);
    expect(await phone.locator('#filters-panel summary').innerText()).toBe('Bộ lọc (1 đang chọn)');
    expect(await phone.locator('#filters input[name=nam][value="2021"]').isChecked()).toBe(false);
    expect(await phone.evaluate(() => document.activeElement?.textContent)).toMatch(/Loại: Tin tức/u);
    // Opened, the panel holds every filter.
    await phone.locator('#filters-panel summary').click();
    expect(await phone.locator('#filters input[name=nam][value="2021"]').isVisible()).toBe(true);
    await context.close();
  });

  it('keeps the filters open on a wide screen', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=cai%20cach`);
    await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    expect(await page.locator('#filters-panel').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#chosen-filters').isHidden()).toBe(true);
  });
});
