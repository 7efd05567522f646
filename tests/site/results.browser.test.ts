import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { DIST, ROOT } from '../helpers/fixtures.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const NOTICE_149 = '/van-ban/2020-149-tb-ubnd-hai-phong/';
const AGENCY = '/co-quan/so-ngoai-vu-hai-phong/';

describe('results on a document page', () => {
  it('lists the eight tasks of the notice with lead, deadline and status, each linked to its sentence', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${NOTICE_149}`);
    const rows = page.locator('.results-panel table:has(caption:text("Nhiệm vụ")) tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await rows.nth(0).innerText()).toMatch(/sắp xếp các đơn vị sự nghiệp\s+Sở Nội vụ\s+Văn phòng Ủy ban nhân dân thành phố\s+25\/03\/2020\s+Quá hạn/u);
    // Every link lands on an element of the text.
    for (const href of await rows.locator('td:first-child a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
      const id = href.split('#')[1]!;
      expect(await page.locator(`.document-text [id="${id}"]`).count(), href).toBe(1);
    }
    await page.close();
  });
});

describe('an agency page', () => {
  it('reads its figures with JavaScript off: a chart and, beside it, the same numbers in a table', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${AGENCY}`);
    const chart = page.locator('figure.rate-chart');
    await expect(chart.locator('svg[role=img]').getAttribute('aria-describedby')).resolves.toBe('ty-le-table');
    const circles = chart.locator('circle');
    const rows = chart.locator('table tbody tr');
    expect(await circles.count()).toBeGreaterThan(3);
    expect(await circles.count()).toBe(await rows.count());
    expect(await chart.locator('table').innerText()).toContain('89,47%');
    const titles = await circles.locator('title').allTextContents();
    expect(titles.some((title) => title.startsWith('2020: 89,47%'))).toBe(true);
    // The figures table names each figure and links to its source sentence.
    expect(await page.locator('table:has(caption:text("Mọi số liệu")) a', { hasText: '119/133 nhiệm vụ (89,47%)' }).count()).toBe(1);
    await context.close();
  });

  it('draws the chart in Chromium: each point where the table says (screenshot kept in test-results/)', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${server.url}${AGENCY}`);
    const svg = page.locator('figure.rate-chart svg');
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    const shot = await svg.screenshot({ path: join(ROOT, 'test-results', 'agency-chart.png') });
    expect(shot.length).toBeGreaterThan(2000);
    // The point for 89,47% is drawn, and drawn higher than the one for 0,84%.
    const box = async (rate: string) => (await svg.locator('circle', { has: page.locator(`title:text-matches("^2020: ${rate}%")`) }).boundingBox())!;
    const high = await box('89,47');
    const low = await box('0,84');
    expect(high.width).toBeGreaterThan(5);
    expect(high.y).toBeLessThan(low.y);
    await page.close();
  });
});

describe('/ket-qua/', () => {
  it('shows rates, ranks and deadlines across the archive, each number linked to its sentence', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ket-qua/`);
    expect(await page.locator('h1').innerText()).toBe('Kết quả cải cách hành chính');
    expect(await page.locator('#ty-le + table, section:has(#ty-le) table').first().innerText()).toContain('89,47%');
    expect(await page.locator('section:has(#xep-hang) table').innerText()).toContain('thứ 5/20 sở, ngành');
    expect(await page.locator('section:has(#qua-han) tbody tr').count()).toBe(4);
    const href = await page.locator('section:has(#xep-hang) tbody a').first().getAttribute('href');
    await page.goto(`${server.url}${href}`);
    expect(await page.locator(`[id="${href!.split('#')[1]}"]`).innerText()).toBe('thứ');
    await page.close();
  });
});
