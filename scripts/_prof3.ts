import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
const dist = process.argv[2]!;
let bytes = 0; const files: string[] = [];
const server = await serveStatic(dist, (p, s) => { bytes += s; files.push(p + ' ' + (s/1024).toFixed(0)); });
const browser = await launchChromium();
for (const q of ['cai cach hanh chinh', 'Sở Nội vụ']) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/tim-kiem/`);
  await page.locator('#filters fieldset').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500);
  console.log('open', (bytes/1024).toFixed(0)); bytes = 0; files.length = 0;
  for (const query of [q, 'x' + q, q]) {
    await page.fill('#q', query); await page.press('#q', 'Enter');
    await page.waitForFunction((n) => performance.getEntriesByName('search-first-results').length >= n, 1, { timeout: 60000 });
    await page.waitForTimeout(1500);
    const d = await page.evaluate(() => { const e = performance.getEntriesByName('search-first-results'); const r = e.at(-1)!.duration; performance.clearMeasures(); return r; });
    console.log(query, d.toFixed(0), (bytes/1024).toFixed(0), files.filter(f=>!f.includes('fragment')).join(', ')); bytes = 0; files.length = 0;
  }
  await page.close();
}
await browser.close(); await server.close();
