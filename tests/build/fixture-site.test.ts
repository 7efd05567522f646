import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { EXTRA_DIR, HOSTILE_DIR, REFUSED_DIR, ROOT, sourcesIn, REGISTRY } from '../helpers/fixtures.ts';
import { missingLines } from '../helpers/line-coverage.ts';
import { htmlText } from '../helpers/html-text.ts';

// The fixtures beyond the seeds (MDX-hostile text, UTF-16, two-column PDF copies…)
// go through the real pipeline and the real Astro build, into a site of their own,
// with sources the ingest must refuse among them: the rest must still be published.
let html = '';
let text = '';
let out = '';
let sources = '';
let buildOutput = '';

beforeAll(() => {
  sources = mkdtempSync(join(tmpdir(), 'fixture-sources-'));
  out = mkdtempSync(join(tmpdir(), 'fixture-dist-'));
  for (const dir of [HOSTILE_DIR, EXTRA_DIR, REFUSED_DIR]) for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(sources, name));
  const build = buildSite({ sources, generated: mkdtempSync(join(tmpdir(), 'fixture-generated-')), out });
  buildOutput = build.output;
  expect(build.status, build.output).toBe(0);
  html = readFileSync(join(out, 'van-ban', '2021-12-tb-ubnd-hai-phong', 'index.html'), 'utf8');
  text = htmlText(html);
}, 240_000);

describe('refused sources', () => {
  // [file, the message's words that say what is wrong]
  it.each([
    // TCVN3 bytes: named as such
    ['tcvn3-cu.txt', 'TCVN3'],
    // a sidecar that is not YAML
    ['sidecar-hong.txt', 'not valid YAML'],
    // a sidecar whose source URL is a script
    ['sidecar-url.txt', 'sourceUrl'],
  ])('%s is reported by the build and on /chat-luong/, and the rest is published', (file, says) => {
    const stem = file.replace(/\.txt$/u, '');
    expect(buildOutput).toMatch(new RegExp(`${stem}(\\.txt|\\.meta\\.yaml)(:\\d+)?: [^\\n]*${says}`, 'u'));
    const quality = htmlText(readFileSync(join(out, 'chat-luong', 'index.html'), 'utf8'));
    expect(quality).toContain(stem);
    expect(quality).toContain(says);
  });

  it('fails the build under --strict, before anything is written', () => {
    const strict = spawnSync(process.execPath, ['scripts/build.ts', '--strict', '--sources', sources, '--generated', mkdtempSync(join(tmpdir(), 'strict-generated-')), '--out', join(mkdtempSync(join(tmpdir(), 'strict-')), 'dist')], { cwd: ROOT, encoding: 'utf8' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/3 source\(s\) failed and --strict is set/u);
  });
});

describe('every byte of every published fixture', () => {
  it.each(ingestCorpus([...sourcesIn(HOSTILE_DIR), ...sourcesIn(EXTRA_DIR)], REGISTRY).sources.map((source) => [source.file, source] as const))('%s is served as written at /nguon/', (file, source) => {
    const original = readFileSync(join(existsSync(join(HOSTILE_DIR, basename(file))) ? HOSTILE_DIR : EXTRA_DIR, basename(file)));
    expect(Buffer.compare(readFileSync(join(out, 'nguon', `${source.record.id}.txt`)), original)).toBe(0);
  });
});

describe('text that would break the frontmatter, a blank number and a very long title', () => {
  it('shows the subject literally and keeps the number unknown', () => {
    const source = ingestCorpus(sourcesIn(HOSTILE_DIR), REGISTRY).sources.find((candidate) => candidate.file.endsWith('yaml-pha-vo.txt'))!;
    const page = htmlText(readFileSync(join(out, 'van-ban', source.record.id, 'index.html'), 'utf8'));
    expect(page).toContain(`"trích dẫn" và 'nháy đơn' # không phải chú thích --- &neo *bidanh !!python/object {a: b} [x, y] | > % @`);
    expect(page).toContain('Số: /QĐ-UBND');
    // The title is also in <title> and in attributes (search metadata): escaped there, never closing a tag.
    const raw = readFileSync(join(out, 'van-ban', source.record.id, 'index.html'), 'utf8');
    expect(raw).toContain('<title>Về việc tăng cường');
    expect(raw).toContain('&quot;trích dẫn&quot;');
    expect(raw).not.toMatch(/<[^>]*"trích dẫn"[^>]*>/u);
    expect(source.record.number).toBeNull();
    expect(source.record.diagnostics.map((diagnostic) => diagnostic.code)).toContain('number-blank');
  });
});

describe('every line of every fixture is in its page or in the removed-chrome record', () => {
  it.each(ingestCorpus([...sourcesIn(HOSTILE_DIR), ...sourcesIn(EXTRA_DIR)], REGISTRY).sources.map((source) => [source.file, source] as const))('%s', (_file, source) => {
    expect(missingLines(source, out)).toEqual([]);
  });
});

// MDX-hostile text: the page must compile and show the text literally, never run it as code.

describe('a source full of MDX and HTML syntax', () => {
  it.each([
    // braces are JSX expressions in MDX
    ['Về việc {thử} <nghiệm> các ký tự đặc biệt'],
    ['Giá trị {1 + 1} và {props.secret} phải hiện nguyên văn'],
    // ESM at the start of a paragraph
    ["import { danger } from './x.js'"],
    ['export const pwned = true'],
    ['export default function Layout() { return null }'],
    // raw HTML and a script
    ['<script>alert("xss")</script>'],
    ['thẻ <b>không đậm</b> và <img src=x onerror=alert(1)> cũng vậy'],
    // an HTML comment
    ['<!-- một chú thích HTML -->'],
    // markdown that would become a link, a heading, a quote
    ['[một liên kết](javascript:alert(1)) và <https://example.com> và https://example.com/path'],
    ['# không phải tiêu đề'],
    ['> không phải trích dẫn'],
    ['Dấu gạch chéo ngược \\ và `mã` và ~~gạch~~ và *nghiêng* và _gạch dưới_ và 3 < 4 > 2 & 5.'],
    ['1) không phải danh sách'],
    // recipients and braces in the recipients block
    ['<Lưu>: {VT}.'],
  ])('shows %s literally', (line) => {
    // `*nghiêng*` is the one markup the archive keeps: italics as the source wrote them.
    expect(text).toContain(line.replace('*nghiêng*', 'nghiêng'));
  });

  it('runs no script and makes no element, link or image from the text', () => {
    expect(html).not.toMatch(/<script>alert/u);
    expect(html).not.toMatch(/<b>không đậm/u);
    expect(html).not.toMatch(/<img[^>]*onerror/u);
    expect(html).not.toMatch(/href="javascript:/u);
    expect(html).not.toMatch(/<a[^>]*href="https:\/\/example\.com/u);
    expect(html).not.toMatch(/<h1[^>]*>\s*không phải tiêu đề/u);
    expect(html).not.toMatch(/<blockquote/u);
    // The structured data carries the title `{thử} <nghiệm>`: escaped, it cannot close its element.
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(html)![1]!;
    expect(jsonLd).not.toContain('<');
    expect(JSON.parse(jsonLd).name).toContain('<nghiệm>');
  });
});
