import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { DIST, ROOT } from '../helpers/fixtures.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = join(ROOT, 'test-results');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// One page of each family a reader meets.
const FAMILIES: [string, string][] = [
  ['home', '/'],
  ['document', '/van-ban/2020-149-tb-ubnd-hai-phong/'],
  ['news', '/tin-tuc/2020-12-17-so-ngoai-vu-tang-cuong-ung-dung-thong-tin-trong-giai/'],
  ['agency', '/co-quan/so-ngoai-vu-hai-phong/'],
  ['person', '/nhan-vat/le-anh-quan/'],
  ['year', '/nam/2020/'],
  ['legal basis', '/can-cu/61-2018-nd-cp/'],
  ['search with results', '/tim-kiem/?q=cai%20cach%20hanh%20chinh'],
  ['data quality', '/chat-luong/'],
  ['results', '/ket-qua/'],
  ['open data', '/du-lieu/'],
];

describe('WCAG 2.2 AA (axe-core) on every page family', () => {
  it.each(FAMILIES)('%s has no violations', async (family, path) => {
    // axe is injected past the page's CSP, which (rightly) refuses inline scripts.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    if (family === 'search with results') await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('keyboard, phone, print and no JavaScript', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/van-ban/2020-149-tb-ubnd-hai-phong/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      return { text: active.textContent, outline: style.outlineStyle, left: active.getBoundingClientRect().left };
    });
    expect(skip.text).toBe('Bỏ qua, đến nội dung chính');
    expect(skip.outline).not.toBe('none');
    expect(skip.left).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#noi-dung');
    await page.close();
  });

  it.each(FAMILIES)('%s fits a 360 px phone without sideways scrolling', async (family, path) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, family).toBeLessThanOrEqual(360);
    if (family === 'document' || family === 'agency') await page.screenshot({ path: join(SHOTS, `phone-${family}.png`), fullPage: false });
    await page.close();
  });

  it('prints a document as a clean page: number, date and the original’s address, no navigation', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
    await page.goto(`${server.url}/van-ban/2021-08-tb-ubnd-hai-phong/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.removed').isVisible()).toBe(false);
    const text = await page.locator('main').innerText();
    expect(text).toContain('08/TB-UBND');
    expect(text).toContain('06/01/2021');
    const after = await page.locator('.original-link').evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('/nguon/2021-08-tb-ubnd-hai-phong.txt');
    await page.screenshot({ path: join(SHOTS, 'print-document.png'), fullPage: true });
    await page.close();
  });

  it.each(FAMILIES.filter(([family]) => family !== 'search with results'))('%s works with JavaScript off', async (_family, path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    expect((await page.locator('main h1').innerText()).length).toBeGreaterThan(0);
    await context.close();
  });

  it('the search page says it needs JavaScript when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/tim-kiem/?q=cai+cach`);
    expect(await page.locator('noscript, .noscript').first().textContent()).toMatch(/JavaScript/u);
    await context.close();
  });
});
