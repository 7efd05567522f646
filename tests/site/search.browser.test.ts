import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { DIST } from '../helpers/fixtures.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

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

const NOTICE_08 = '/van-ban/2021-08-tb-ubnd-hai-phong/';
const NOTICE_149 = '/van-ban/2020-149-tb-ubnd-hai-phong/';
const NEWS_2019 = '/tin-tuc/2019-09-21-van-phong-ubnd-thanh-pho-guong-mau-thuc-hien-tot-cong/';
const NEWS_BINH_DINH = '/tin-tuc/2021-07-08-y-kien-chi-dao-cua-giam-doc-so-ngoai-vu-tai-hoi-nghi-ra/';
const NEWS_2020 = '/tin-tuc/2020-12-17-so-ngoai-vu-tang-cuong-ung-dung-thong-tin-trong-giai/';

// [the URL's query string, the first result a reader expects]
const QUERIES: [string, string][] = [
  // a number as printed
  ['q=08/TB-UBND', NOTICE_08],
  // in lower case
  ['q=08/tb-ubnd', NOTICE_08],
  // with the stray space the seed has
  ['q=08 /TB-UBND', NOTICE_08],
  // another notice
  ['q=149/TB-UBND', NOTICE_149],
  // a decree typed without Đ: its legal-basis page
  ['q=61/2018/ND-CP', '/can-cu/61-2018-nd-cp/'],
  // serial and year only
  ['q=61/2018', '/can-cu/61-2018-nd-cp/'],
  // type code, serial and year
  ['q=QĐ 06/2020', '/can-cu/06-2020-qd-ttg/'],
  // the same without Đ
  ['q=QD 06/2020', '/can-cu/06-2020-qd-ttg/'],
  // a department's plan, symbol in lower case
  ['q=984/kh-sngv', '/can-cu/2020-984-kh-sngv-binh-dinh/'],
  // a yearless resolution
  ['q=17/NQ-CP', '/can-cu/2019-17-nq-cp/'],
  // a headline typed without diacritics
  ['q=van phong ubnd thanh pho guong mau', NEWS_2019],
  // đ typed as d (`điện tử`, `đề xuất`), narrowed to notices of 2020
  ['q=chinh quyen dien tu&loai=Văn bản&nam=2020', NOTICE_149],
  // a person without diacritics, news only
  ['q=Nguyen Xuan Binh&loai=Tin tức', NEWS_2019],
  // a person with diacritics, documents only
  ['q=Lê Anh Quân&loai=Văn bản', NOTICE_08],
  // an agency of one province, by the province's name
  ['q=Sở Ngoại vụ&nam=2021&loai=Tin tức', NEWS_BINH_DINH],
  // an abbreviation for words the text spells out, and vice versa
  ['q=ISO 9001 TTHC&loai=Tin tức&nam=2020', NEWS_2020],
  // a word only one source has, typed without diacritics
  ['q=phan mem Ikepler', NEWS_BINH_DINH],
  // a quoted phrase: exactly that phrase
  ['q="Trung tâm Phục vụ hành chính công thành phố"', NOTICE_149],
  // every document citing a legal basis, newest first
  ['can-cu=Nghị định số 61/2018/NĐ-CP&sap-xep=moi-nhat', NOTICE_08],
  // the same, oldest first
  ['can-cu=Nghị định số 61/2018/NĐ-CP&sap-xep=cu-nhat', NOTICE_149],
  // news of a year, no words at all
  ['loai=Tin tức&nam=2019', NEWS_2019],
  // an agency filter
  ['co-quan=Sở Ngoại vụ tỉnh Bình Định', NEWS_BINH_DINH],
];

describe('search the way Vietnamese readers type', () => {
  it('has at least 20 queries', () => expect(QUERIES.length).toBeGreaterThanOrEqual(20));

  it.each(QUERIES)('%s', async (query, expected) => {
    const params = new URLSearchParams(query);
    await page.goto(`${server.url}/tim-kiem/?${params}`);
    await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#results .result-link').first().getAttribute('href')).toBe(expected);
  });
});

describe('the search page', () => {
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

  it('shows counts per filter for the current query, and announces the result count', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('Sở Ngoại vụ')}`);
    await page.locator('#search-status').filter({ hasText: /kết quả/u }).waitFor();
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    const label = (await page.locator('#filters label', { has: page.locator('input[value="Tin tức"]') }).innerText()).trim();
    expect(label).toMatch(/^Tin tức \(\d+\)$/u);
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
