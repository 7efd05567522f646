import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { originalPath } from '../../src/lib/format.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { buildSite } from '../helpers/build-site.ts';
import { htmlText } from '../helpers/html-text.ts';
import { ROOT } from '../helpers/fixtures.ts';

// Saved web pages, Word and PDF files, good and bad, with a text source beside them, through
// the real build: every good file has its page and its original; every bad one is refused with
// its reason on /chat-luong/ while the rest publish; --strict refuses to build.
const HTML = join(ROOT, 'tests/fixtures/html');
const BINARY = join(ROOT, 'tests/fixtures/binary');
const GOOD = ['library-001.html', 'library-001.windows-1258.html', 'portal-news-021.html', '001-quyet-dinh.docx', '001-quyet-dinh.doc', '001-quyet-dinh.pdf', '031-ke-hoach.docx', '031-ke-hoach.doc', '031-ke-hoach.pdf', '021.txt'];
// [file, the code its refusal carries]
const BAD = [
  // a page that only redirects, and a login form
  ['redirect.html', 'html-redirect'],
  ['login.html', 'html-login'],
  // a Word file cut in half, a zip bomb, a package that lies about its sizes
  ['truncated.docx', 'binary-unreadable'],
  ['zip-bomb.docx', 'binary-too-large'],
  ['lying-sizes.docx', 'binary-too-large'],
  // a PDF that is not one, one cut short, one behind a password, a scan without a text layer
  ['corrupt.pdf', 'binary-unreadable'],
  ['truncated.pdf', 'binary-unreadable'],
  ['encrypted.pdf', 'binary-encrypted'],
  ['scan.pdf', 'pdf-scanned'],
] as const;

let sources = '';
let out = '';
let records: SourceRecord[] = [];
let report: { failures: { file: string; code: string; message: string }[] } = { failures: [] };

beforeAll(() => {
  sources = mkdtempSync(join(tmpdir(), 'formats-sources-'));
  out = mkdtempSync(join(tmpdir(), 'formats-dist-'));
  const generated = mkdtempSync(join(tmpdir(), 'formats-generated-'));
  for (const name of readdirSync(HTML).filter((file) => file.endsWith('.html'))) copyFileSync(join(HTML, name), join(sources, name));
  for (const name of readdirSync(BINARY).filter((file) => /\.(?:docx|doc|pdf)$/u.test(file))) copyFileSync(join(BINARY, name), join(sources, name));
  copyFileSync(join(ROOT, 'tests/fixtures/real/021.txt'), join(sources, '021.txt'));
  const build = buildSite({ sources, generated, out });
  expect(build.status, build.output).toBe(0);
  records = JSON.parse(readFileSync(join(out, 'du-lieu', 'archive.json'), 'utf8')).records as SourceRecord[];
  report = JSON.parse(readFileSync(join(generated, 'ingest-report.json'), 'utf8')) as typeof report;
}, 300_000);

describe('sources in the formats they are published in', () => {
  it.each(GOOD)('%s has a page and its original, byte for byte, under its own extension', (file) => {
    const record = records.find((candidate) => candidate.source === file);
    expect(record, `${file} was not published: ${report.failures.find((failure) => failure.file === file)?.message}`).toBeDefined();
    expect(readdirSync(join(out, record!.kind === 'document' ? 'van-ban' : 'tin-tuc', record!.id))).toContain('index.html');
    expect(Buffer.compare(readFileSync(join(out, originalPath(record!))), readFileSync(join(sources, file)))).toBe(0);
  });

  it('publishes a saved page as text, so its scripts never run from the archive', () => {
    const page = records.find((candidate) => candidate.source === 'portal-news-021.html')!;
    expect(originalPath(page)).toMatch(/\.html\.txt$/u);
    expect(readdirSync(join(out, 'nguon')).filter((name) => /\.html?$/u.test(name))).toEqual([]);
  });

  it('links each page to its original with its format and size', () => {
    const pdf = records.find((candidate) => candidate.source === '001-quyet-dinh.pdf')!;
    const page = readFileSync(join(out, 'van-ban', pdf.id, 'index.html'), 'utf8');
    expect(page).toContain(`href="${originalPath(pdf)}" type="application/pdf"`);
    expect(htmlText(page)).toMatch(/001-quyet-dinh\.pdf \(PDF, \d+(?:,\d)? KB\)/u);
  });

  it.each(['001-quyet-dinh.docx', 'library-001.html'])('%s: keeps its bold and italics on the page', (file) => {
    const styled = records.find((candidate) => candidate.source === file)!;
    const page = readFileSync(join(out, 'van-ban', styled.id, 'index.html'), 'utf8');
    // The standard layout: the place and date in italics, the enacting word in bold.
    expect(page).toMatch(/<em>Sơn La, ngày 16 tháng 11 năm 2018<\/em>/u);
    expect(page).toMatch(/<strong>QUYẾT ĐỊNH:<\/strong>/u);
  });

  it("says where a field the page's metadata gave came from", () => {
    const news = records.find((candidate) => candidate.source === 'portal-news-021.html')!;
    const text = htmlText(readFileSync(join(out, 'tin-tuc', news.id, 'index.html'), 'utf8'));
    const fromPage = Object.entries(news.fields).filter(([, provenance]) => provenance.from === 'metadata');
    expect(fromPage.length).toBeGreaterThan(0);
    expect(text).toContain('theo thông tin của trang web đã lưu');
    expect(text).not.toContain('undefined');
  });

  it.each(BAD)('%s is refused with %s, named on the data-quality page', (file, code) => {
    expect(report.failures.find((failure) => failure.file === file)?.code).toBe(code);
    expect(htmlText(readFileSync(join(out, 'chat-luong', 'index.html'), 'utf8'))).toContain(file);
  });

  it('refuses to build with --strict', () => {
    const strict = buildSite({ sources, generated: mkdtempSync(join(tmpdir(), 'formats-strict-')), out: mkdtempSync(join(tmpdir(), 'formats-strict-dist-')), args: ['--strict'] });
    expect(strict.status).not.toBe(0);
    expect(strict.output).toContain('--strict');
  }, 120_000);
});
