import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { EXTRA_DIR, HOSTILE_DIR, sourcesIn, REGISTRY } from '../helpers/fixtures.ts';
import { missingLines } from '../helpers/line-coverage.ts';
import { htmlText } from '../helpers/html-text.ts';

// The fixtures beyond the seeds (MDX-hostile text, UTF-16, two-column PDF copies…)
// go through the real pipeline and the real Astro build, into a site of their own.
let html = '';
let text = '';
let out = '';

beforeAll(() => {
  const sources = mkdtempSync(join(tmpdir(), 'fixture-sources-'));
  out = mkdtempSync(join(tmpdir(), 'fixture-dist-'));
  for (const dir of [HOSTILE_DIR, EXTRA_DIR]) for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(sources, name));
  const build = buildSite({ sources, generated: mkdtempSync(join(tmpdir(), 'fixture-generated-')), out });
  expect(build.status, build.output).toBe(0);
  html = readFileSync(join(out, 'van-ban', '2021-12-tb-ubnd-hai-phong', 'index.html'), 'utf8');
  text = htmlText(html);
}, 240_000);

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
  });
});
