import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { slugifyWords } from '../../src/ingest/link/slugify.ts';
import { buildSite } from '../helpers/build-site.ts';
import { REAL_ADDED_DIR, REAL_DIR, ROOT } from '../helpers/fixtures.ts';
import { htmlText } from '../helpers/html-text.ts';

// The annotated real texts (legal-library copies, portal pages) built into a site of
// their own, as a new user's archive would be: what a reader sees must come from the
// texts, not from the pages' menus, banners and metadata blocks.
let out = '';
let records: SourceRecord[] = [];
const annotated = new Map<string, { kind: string }>();

beforeAll(() => {
  const sources = mkdtempSync(join(tmpdir(), 'real-sources-'));
  out = mkdtempSync(join(tmpdir(), 'real-dist-'));
  for (const dir of [REAL_DIR, REAL_ADDED_DIR]) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
      // Both folders number their texts; the copy names each by its folder too.
      const copy = `${dir === REAL_DIR ? 'real' : 'added'}-${name}`;
      copyFileSync(join(dir, name), join(sources, copy));
      annotated.set(copy, JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/u, '.json')), 'utf8')) as { kind: string });
    }
  }
  // A made-up registry (61/2018 lapsed on 2020-01-01) so that a real text dated after it is flagged.
  const build = buildSite({ sources, generated: mkdtempSync(join(tmpdir(), 'real-generated-')), out, env: { ARCHIVE_LEGAL_REGISTRY: join(ROOT, 'tests/fixtures/registry/legal-documents-lapsed.yaml') } });
  expect(build.status, build.output).toBe(0);
  records = JSON.parse(readFileSync(join(out, 'du-lieu', 'archive.json'), 'utf8')).records as SourceRecord[];
}, 300_000);

const heading = (record: SourceRecord) => {
  const html = readFileSync(join(out, record.kind === 'document' ? 'van-ban' : 'tin-tuc', record.id, 'index.html'), 'utf8');
  return htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(html)![1]!).trim();
};

describe('an archive built from real copies', () => {
  it('publishes every text', () => expect(records.map((record) => record.source).sort()).toEqual([...annotated.keys()].sort()));

  it('puts every official text under /van-ban/ and every news item under /tin-tuc/', () => {
    const misplaced = records.filter((record) => record.kind !== annotated.get(record.source)!.kind).map((record) => `${record.source}: ${record.kind}`);
    // Known misses are named in the closing note; this fails when a new one appears.
    expect(misplaced.length, misplaced.join('\n')).toBeLessThanOrEqual(3);
  });

  it('never titles a page with a line removed as page chrome', () => {
    const chrome = new Set(records.flatMap((record) => record.removed.map((item) => item.text.replace(/\s+/gu, ' ').trim())));
    const fromChrome = records.filter((record) => chrome.has(heading(record))).map((record) => `${record.source}: ${heading(record)}`);
    expect(fromChrome).toEqual([]);
  });

  it('titles every page with at least three words', () => {
    const short = records.filter((record) => heading(record).split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length < 3).map((record) => `${record.source}: ${heading(record)}`);
    expect(short).toEqual([]);
  });

  it('derives no page address from page chrome', () => {
    const chromeSlugs = new Set(records.flatMap((record) => record.removed.map((item) => slugifyWords(item.text, 56)).filter((slug) => slug.length > 8)));
    // A document's address comes from its number, year and province: only one read from the text itself.
    const numbered = (record: SourceRecord) => record.number !== null && record.fields['number']?.from === 'text';
    const fromChrome = records.filter((record) => !numbered(record) && [...chromeSlugs].some((slug) => record.id.includes(slug))).map((record) => `${record.source}: ${record.id}`);
    const numberFromChrome = records.filter((record) => record.number !== null && record.fields['number']?.from !== 'text').map((record) => `${record.source}: ${record.number}`);
    expect(numberFromChrome).toEqual([]);
    expect(fromChrome).toEqual([]);
  });

  it('flags a text citing a basis after it lost force, on its page and on /chat-luong/, and not a text that only mentions it', () => {
    // dev set 032 (Hà Tĩnh, 04/11/2024): `Căn cứ Nghị định số 61/2018/NĐ-CP …`
    const page = readFileSync(join(out, 'van-ban', '2024-31-2024-qd-ubnd-ha-tinh', 'index.html'), 'utf8');
    const warnings = htmlText(page.slice(page.indexOf('id="canh-bao"'), page.indexOf('</aside>', page.indexOf('id="canh-bao"'))));
    expect(warnings).toMatch(/Văn bản dẫn chiếu Nghị định số 61\/2018\/NĐ-CP, đã hết hiệu lực từ 01\/01\/2020 theo Nghị định số 999\/2019\/NĐ-CP, không muộn hơn ngày của văn bản này/u);
    expect(htmlText(page)).toContain('văn bản này mang ngày 04/11/2024, từ khi căn cứ đã hết hiệu lực');
    const list = htmlText(readFileSync(join(out, 'chat-luong', 'het-hieu-luc', 'index.html'), 'utf8'));
    expect(list).toMatch(/dẫn chiếu Nghị định số 61\/2018\/NĐ-CP, Hết hiệu lực từ 01\/01\/2020/u);
    // dev set 031 (Khánh Hòa, 09/12/2024) names 61/2018 only as what 107/2021 amends
    expect(list).not.toContain('14084');
    expect(readFileSync(join(out, 'van-ban', '2024-14084-kh-ubnd-khanh-hoa', 'index.html'), 'utf8')).not.toContain("từ khi căn cứ đã hết hiệu lực");
  });

  it("shows what a decision issues with it among its details (dev set 020: `Điều 1. Ban hành kèm theo Quyết định này Quy chế …`)", () => {
    const page = readFileSync(join(out, 'van-ban', '2019-2583-qd-ubnd-tay-ninh', 'index.html'), 'utf8');
    const details = htmlText(page.slice(page.indexOf('<dl class="metadata"'), page.indexOf('</dl>', page.indexOf('<dl class="metadata"'))));
    expect(details).toMatch(/Văn bản ban hành kèm theo\s*Quy chế phối hợp trong thực hiện thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Tây Ninh/u);
  });

  it('a text that is itself a cited basis says so among its details, with a link to its status and timeline (dev set 014, Nghị định 48/2013/NĐ-CP)', () => {
    const decree = records.find((record) => record.number === '48/2013/NĐ-CP')!;
    const page = readFileSync(join(out, 'van-ban', decree.id, 'index.html'), 'utf8');
    const details = page.slice(page.indexOf('<dl class="metadata"'), page.indexOf('</dl>', page.indexOf('<dl class="metadata"')));
    expect(htmlText(details)).toMatch(/Tình trạng hiệu lực\s*chưa rõ\s*xem diễn biến và văn bản dẫn chiếu/u);
    expect(details).toContain('href="/can-cu/48-2013-nd-cp/"');
  });
});
