import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { expectSourceError } from '../helpers/expect-source-error.ts';
import { encodeWindows1258, htmlFixtures, type RealText } from '../../scripts/make-html-fixtures.ts';
import { readHtml, type ReadHtml } from '../../src/ingest/read/read-html.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { REGISTRY } from '../helpers/fixtures.ts';
import { normaliseText } from '../../src/ingest/read/read-source.ts';
import { SourceError } from '../../src/ingest/source-error.ts';
import { REAL_DIR, ROOT } from '../helpers/fixtures.ts';

const HTML_DIR = join(ROOT, 'tests/fixtures/html');
const fixture = (name: string) => readFileSync(join(HTML_DIR, name));
const real = (id: string): RealText => ({
  text: readFileSync(join(REAL_DIR, `${id}.txt`), 'utf8'),
  sourceUrl: (JSON.parse(readFileSync(join(REAL_DIR, `${id}.json`), 'utf8')) as { sourceUrl: string }).sourceUrl,
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};
const page = (body: string, head = '<meta charset="utf-8"><title>Trang</title>') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const read = (html: string | Uint8Array) => readHtml(typeof html === 'string' ? utf8(html) : html, 'trang.html');
const linesOf = (result: ReadHtml) => result.text.split('\n');
/** Each line with its reason (`html-nav: - Trang chủ`), or alone for an article line. */
const marked = (result: ReadHtml) => {
  const reasons = new Map(result.chrome.map((entry) => [entry.line, entry.reason]));
  return linesOf(result).map((line, index) => (reasons.has(index + 1) ? `${reasons.get(index + 1)}: ${line}` : line));
};
const article = (result: ReadHtml) => marked(result).filter((line) => !line.startsWith('html-'));

// A paragraph long enough to read as article text.
const PARAGRAPH = 'Ngày 29/12/2017, UBND tỉnh đã ban hành Quyết định số 3655/QĐ-UBND về ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính trên địa bàn tỉnh năm 2018.';
const MENU = '<ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li></ul>';

describe('readHtml: the charset, from the byte order mark, the page, or UTF-8', () => {
  const vietnamese = 'Cộng hòa xã hội chủ nghĩa Việt Nam';
  it.each([
    // no declaration: UTF-8
    { bytes: utf8(page(`<p>${vietnamese}</p>`, '<title>x</title>')), encoding: 'utf-8' },
    // `<meta charset="utf-8">`
    { bytes: utf8(page(`<p>${vietnamese}</p>`)), encoding: 'utf-8' },
    // a UTF-8 byte order mark wins over a `<meta charset>` that says otherwise
    { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page(`<p>${vietnamese}</p>`, '<meta charset="windows-1258">'))]), encoding: 'utf-8' },
    // UTF-16 LE with its byte order mark (Notepad's "Unicode")
    { bytes: utf16(page(`<p>${vietnamese}</p>`, '<meta charset="utf-16">'), true), encoding: 'utf-16le' },
    // UTF-16 BE with its byte order mark
    { bytes: utf16(page(`<p>${vietnamese}</p>`, ''), false), encoding: 'utf-16be' },
    // `<meta charset="windows-1258">` over Windows-1258 bytes (tones as combining marks, composed on reading)
    { bytes: encodeWindows1258(page(`<p>${vietnamese}</p>`, '<meta charset="windows-1258">')), encoding: 'windows-1258' },
    // `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`
    { bytes: encodeWindows1258(page(`<p>${vietnamese}</p>`, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')), encoding: 'windows-1258' },
    // Windows-1252 declared over bytes that are Vietnamese in Windows-1258 (old portals' templates)
    { bytes: encodeWindows1258(page(`<p>${vietnamese}</p>`, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')), encoding: 'windows-1258' },
    // no declaration over Windows-1258 bytes: read as readSource reads a text file
    { bytes: encodeWindows1258(page(`<p>${vietnamese}</p>`, '')), encoding: 'windows-1258' },
    // Windows-1258 declared but the page re-saved as UTF-8: the bytes decide
    { bytes: utf8(page(`<p>${vietnamese}</p>`, '<meta charset="windows-1258">')), encoding: 'utf-8' },
    // letters written as character references in an ASCII page (`&#7897;` is ộ)
    { bytes: utf8(page('<p>C&#7897;ng h&ograve;a x&#x00E3; h&#7897;i ch&#7911; ngh&#297;a Vi&#7879;t Nam</p>', '')), encoding: 'utf-8' },
  ])('$encoding: %#', ({ bytes, encoding }) => {
    expect(readHtml(bytes, 'trang.html')).toMatchObject({ text: vietnamese, encoding });
  });

  it('normalises the text as readSource does: NFC, NBSP to a space, no zero-width characters', () => {
    // decomposed letters (NFD) · `Chủ&nbsp;tịch` · a zero-width space pasted into a word
    expect(read(page(`<p>${'Hải Phòng'.normalize('NFD')}</p><p>Phó Chủ&nbsp;tịch</p><p>cải\u200b cách</p>`)).text).toBe('Hải Phòng\nPhó Chủ tịch\ncải cách');
  });
});

describe('readHtml: the text in reading order, one block per line', () => {
  it.each([
    // the two-column header of an official document: cells row by row, cell by cell, as a text copy reads
    {
      html: '<table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH SƠN LA<br>-------</b></td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>---------------</b></td></tr><tr><td>Số: 2862/QĐ-UBND</td><td><i>Sơn La, ngày 16 tháng 11 năm 2018</i></td></tr></table>',
      lines: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', '-------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', 'Số: 2862/QĐ-UBND', 'Sơn La, ngày 16 tháng 11 năm 2018'],
    },
    // a raw line break inside a cell (Word-exported HTML) is a space, as a browser shows it
    { html: '<table><tr><td>ỦY\r\nBAN NHÂN DÂN</td><td>CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>', lines: ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'] },
    // header cells (th), a caption and a nested table
    { html: '<table><caption>Biểu 1</caption><tr><th>STT</th><th>Đơn vị</th></tr><tr><td>1</td><td><table><tr><td>Sở Nội vụ</td></tr></table></td></tr></table>', lines: ['Biểu 1', 'STT', 'Đơn vị', '1', 'Sở Nội vụ'] },
    // `<br>` ends a line; two of them leave no blank line
    { html: '<p>Nơi nhận:<br>- Như Điều 3;<br><br>- Lưu: VT.</p>', lines: ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.'] },
    // a list item reads as one: `- ` before it
    { html: '<ul><li>Thường trực Tỉnh ủy;</li><li>Chủ tịch UBND tỉnh;</li></ul>', lines: ['- Thường trực Tỉnh ủy;', '- Chủ tịch UBND tỉnh;'] },
    // an item that writes its own dash keeps one
    { html: '<ul><li>- Như Điều 3;</li><li>+ Lưu: VT.</li></ul>', lines: ['- Như Điều 3;', '+ Lưu: VT.'] },
    // an item of paragraphs: the dash goes on its first line only; an ordered list reads the same
    { html: '<ol><li>\n  <p>Rà soát thủ tục;</p><p>báo cáo kết quả.</p></li><li>Tổng hợp.</li></ol>', lines: ['- Rà soát thủ tục;', 'báo cáo kết quả.', '- Tổng hợp.'] },
    // inline elements run on; bold and italics leave no marks
    { html: '<p>Căn cứ <a href="/luat">Luật Tổ chức chính quyền địa phương</a> <b>năm</b> <i>2015</i>;</p>', lines: ['Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;'] },
    // spaces, tabs and line breaks collapse within a line
    { html: '<p>  Chủ\n\t  tịch   Ủy ban  </p>', lines: ['Chủ tịch Ủy ban'] },
    // headings, quotations, sections and divs are lines of their own, in document order
    { html: '<section><h1>QUYẾT ĐỊNH</h1><h2>Về việc ban hành Quy chế</h2><blockquote>Điều 1. Ban hành</blockquote><div>Điều 2. Hiệu lực</div></section>', lines: ['QUYẾT ĐỊNH', 'Về việc ban hành Quy chế', 'Điều 1. Ban hành', 'Điều 2. Hiệu lực'] },
    // text straight in a div between blocks is a line of its own
    { html: '<div>Trước<p>Giữa</p>Sau</div>', lines: ['Trước', 'Giữa', 'Sau'] },
    // scripts, styles, noscript, templates, SVG and comments contribute nothing
    {
      html: '<script>var a = "Chủ tịch";</script><style>p { color: red }</style><noscript>Bật JavaScript</noscript><template><p>Mẫu</p></template><svg><text>Logo</text></svg><!-- Quảng cáo --><p>Điều 1.</p>',
      lines: ['Điều 1.'],
    },
    // preformatted text keeps its lines and the runs of spaces that are a copy's column gaps
    { html: '<pre>ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TỈNH SƠN LA         Độc lập - Tự do - Hạnh phúc\n\n</pre>', lines: ['ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH SƠN LA         Độc lập - Tự do - Hạnh phúc'] },
    // a select's options are lines (a portal's "Liên kết website" box)
    { html: '<select><option>Cổng thông tin Chính phủ</option><option>Bộ Nội vụ</option></select>', lines: ['Cổng thông tin Chính phủ', 'Bộ Nội vụ'] },
  ])('%#: $lines.0', ({ html, lines }) => {
    expect(linesOf(read(page(html)))).toEqual(lines);
  });
});

describe('readHtml: the article found by structure, the rest listed as chrome', () => {
  it.each([
    // <article> between <header> (with its <nav>), an <aside> and a <footer>; the innermost landmark is the reason
    {
      html: `<header><div>SỞ NỘI VỤ TỈNH YÊN BÁI</div><nav>${MENU}</nav></header><main><article><h1>Rà soát thủ tục hành chính</h1><p>${PARAGRAPH}</p></article><aside><h2>Tin liên quan</h2><ul><li><a href="/1">Họp bàn giải pháp</a></li><li><a href="/2">Kiểm tra công tác</a></li></ul></aside></main><footer><p>Cơ quan chủ quản: Sở Nội vụ</p></footer>`,
      lines: ['html-header: SỞ NỘI VỤ TỈNH YÊN BÁI', 'html-nav: - Trang chủ', 'html-nav: - Giới thiệu', 'html-nav: - Tin tức - Sự kiện', 'Rà soát thủ tục hành chính', PARAGRAPH, 'html-aside: Tin liên quan', 'html-aside: - Họp bàn giải pháp', 'html-aside: - Kiểm tra công tác', 'html-footer: Cơ quan chủ quản: Sở Nội vụ'],
    },
    // an article's own <header> and <footer> (headline, time, author) are the article's
    {
      html: `<article><header><h1>Rà soát thủ tục hành chính</h1><time>03/01/2018</time></header><p>${PARAGRAPH}</p><footer>TV</footer></article><footer>Bản quyền</footer>`,
      lines: ['Rà soát thủ tục hành chính', '03/01/2018', PARAGRAPH, 'TV', 'html-footer: Bản quyền'],
    },
    // no <article>: <main> (or role="main") is the article; breadcrumbs and a search form outside it
    {
      html: `<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin">Tin tức</a></div><form action="/tim"><input name="q"><button>Tìm kiếm</button></form><div role="main"><h1>Kiểm tra công tác</h1><p>${PARAGRAPH}</p></div>`,
      lines: ['html-outside-article: Trang chủ » Tin tức', 'html-form: Tìm kiếm', 'Kiểm tra công tác', PARAGRAPH],
    },
    // no <article> or <main> (a table layout): the densest block of paragraph text; menus, field table and footer around it
    {
      html: `<table><tr><td id="left"><div>Lĩnh vực</div>${MENU}</td><td id="center"><table class="fields"><tr><td>Số hiệu:</td><td>2862/QĐ-UBND</td></tr></table><div class="content"><p>QUYẾT ĐỊNH</p><p>${PARAGRAPH}</p><p>Điều 2. Quyết định này có hiệu lực từ ngày ký ban hành.</p></div><div><a href="/lien-quan">Văn bản liên quan</a></div></td></tr></table><div id="footer">Liên hệ | Giới thiệu</div>`,
      lines: ['html-outside-article: Lĩnh vực', 'html-nav: - Trang chủ', 'html-nav: - Giới thiệu', 'html-nav: - Tin tức - Sự kiện', 'html-outside-article: Số hiệu:', 'html-outside-article: 2862/QĐ-UBND', 'QUYẾT ĐỊNH', PARAGRAPH, 'Điều 2. Quyết định này có hiệu lực từ ngày ký ban hành.', 'html-outside-article: Văn bản liên quan', 'html-outside-article: Liên hệ | Giới thiệu'],
    },
    // a Word document converted to HTML: a table of long cells with short lines around it and no links is all article
    {
      html: `<p>QUYẾT ĐỊNH</p><p>Điều 1.</p><table><tr><td>1</td><td>${PARAGRAPH}</td></tr><tr><td>2</td><td>${PARAGRAPH}</td></tr></table><p>CHỦ TỊCH</p>`,
      lines: ['QUYẾT ĐỊNH', 'Điều 1.', '1', PARAGRAPH, '2', PARAGRAPH, 'CHỦ TỊCH'],
    },
    // a page that is only paragraphs: all of it is the article
    { html: `<p>QUYẾT ĐỊNH</p><p>${PARAGRAPH}</p>`, lines: ['QUYẾT ĐỊNH', PARAGRAPH] },
    // an ASP.NET page's one <form> around everything is no reason: the menu is navigation, the rest outside the article
    {
      html: `<form id="aspnetForm" method="post"><div id="top">${MENU}</div><div class="left">Đăng ký nhận tin</div><article><p>${PARAGRAPH}</p></article></form>`,
      lines: ['html-nav: - Trang chủ', 'html-nav: - Giới thiệu', 'html-nav: - Tin tức - Sự kiện', 'html-outside-article: Đăng ký nhận tin', PARAGRAPH],
    },
    // no article found by tag, and a <form> around the whole page: a form around paragraphs is the page's frame, not a form
    {
      html: `<form id="aspnetForm" method="post"><nav>${MENU}</nav><p>QUYẾT ĐỊNH</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></form>`,
      lines: ['html-nav: - Trang chủ', 'html-nav: - Giới thiệu', 'html-nav: - Tin tức - Sự kiện', 'QUYẾT ĐỊNH', PARAGRAPH, PARAGRAPH],
    },
    // inside the article: a share bar of links is navigation, a form is a form; a list with some links stays text
    {
      html: `<article><p>${PARAGRAPH}</p><ul><li>Căn cứ <a href="/luat">Luật Tổ chức chính quyền địa phương</a> năm 2015;</li><li>Căn cứ <a href="/nd">Nghị định số 20/2008/NĐ-CP</a>;</li></ul><ul class="share"><li><a href="/fb">Chia sẻ</a></li><li><a href="/in">In bài</a></li></ul><form><textarea>Ý kiến của bạn</textarea></form></article>`,
      lines: [PARAGRAPH, '- Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;', '- Căn cứ Nghị định số 20/2008/NĐ-CP;', 'html-nav: - Chia sẻ', 'html-nav: - In bài', 'html-form: Ý kiến của bạn'],
    },
    // several <article>s: the one with the most paragraph text, not a teaser card; cards in a sidebar do not count
    {
      html: `<article><h3>Tin khác</h3></article><article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article><aside><article><p>${PARAGRAPH} ${PARAGRAPH} ${PARAGRAPH}</p></article></aside>`,
      lines: ['html-outside-article: Tin khác', PARAGRAPH, PARAGRAPH, `html-aside: ${PARAGRAPH} ${PARAGRAPH} ${PARAGRAPH}`],
    },
    // ARIA roles: banner, navigation, complementary, contentinfo
    {
      html: `<div role="banner">CỔNG THÔNG TIN</div><div role="navigation"><a href="/">Trang chủ</a></div><article><p>${PARAGRAPH}</p></article><div role="complementary">Liên kết website</div><div role="contentinfo">Bản quyền</div>`,
      lines: ['html-header: CỔNG THÔNG TIN', 'html-nav: Trang chủ', PARAGRAPH, 'html-aside: Liên kết website', 'html-footer: Bản quyền'],
    },
    // an empty <article> (filled by a script) is no article: the densest block is
    { html: `<nav>${MENU}</nav><article></article><div><p>${PARAGRAPH}</p></div>`, lines: ['html-nav: - Trang chủ', 'html-nav: - Giới thiệu', 'html-nav: - Tin tức - Sự kiện', PARAGRAPH] },
  ])('%#', ({ html, lines }) => {
    expect(marked(read(page(html)))).toEqual(lines);
  });
});

describe('readHtml: the metadata in the head', () => {
  it.each([
    // a portal's head: title (spaces collapsed, entities decoded), og:title, published time, canonical, author
    {
      head: '<title>\n  Rà soát &amp; đánh giá - Sở Nội vụ\n</title><meta property="og:title" content=" Rà soát &amp; đánh giá "><meta property="article:published_time" content="2018-01-03T18:59:00+07:00"><link rel="canonical" href="https://sonoivu.yenbai.gov.vn/tin/292"><meta name="author" content="Thu Hiền">',
      body: '',
      metadata: { title: 'Rà soát & đánh giá - Sở Nội vụ', ogTitle: 'Rà soát & đánh giá', published: '2018-01-03T18:59:00+07:00', canonical: 'https://sonoivu.yenbai.gov.vn/tin/292', author: 'Thu Hiền' },
    },
    // og:url when there is no canonical link; `name="og:title"` as some portals write it
    { head: '<meta name="og:title" content="Kiểm tra công tác"><meta property="og:url" content="https://moha.gov.vn/tin/44514.html">', body: '', metadata: { ogTitle: 'Kiểm tra công tác', canonical: 'https://moha.gov.vn/tin/44514.html' } },
    // microdata in the body: `<meta itemprop="datePublished">`, as written
    { head: '', body: '<meta itemprop="datePublished" content="2019-08-02">', metadata: { published: '2019-08-02' } },
    // microdata on a <time>: its datetime
    { head: '', body: '<time itemprop="datePublished" datetime="2024-07-16T08:00">16/07/2024</time>', metadata: { published: '2024-07-16T08:00' } },
    // article:published_time wins over microdata
    { head: '<meta property="article:published_time" content="2018-01-03">', body: '<meta itemprop="datePublished" content="2019-08-02">', metadata: { published: '2018-01-03' } },
    // nothing declared, or only blanks: nothing
    { head: '<title>  </title><meta name="author" content="">', body: '', metadata: {} },
  ])('%#', ({ head, body, metadata }) => {
    expect(read(page(`${body}<p>${PARAGRAPH}</p>`, head)).metadata).toEqual(metadata);
  });
});

describe('readHtml: what is refused, with a message naming the file and what to do', () => {
  const cases: { name: string; bytes: Uint8Array; code: string; line?: number; says: string }[] = [
    // a redirect: `<meta http-equiv="refresh" content="0; url=…">` over a notice
    { name: 'redirect fixture', bytes: fixture('redirect.html'), code: 'html-redirect', says: 'thuvienphapluat.vn/van-ban' },
    // a redirect without a refresh: a body of a few words that says so
    { name: 'Redirecting…', bytes: utf8(page('<p>Redirecting…</p><a href="/van-ban/2862">/van-ban/2862</a>')), code: 'html-redirect', says: '/van-ban/2862' },
    // a login page: a password form and little else
    { name: 'login fixture', bytes: fixture('login.html'), code: 'html-login', says: 'login page' },
    // an empty file
    { name: 'empty file', bytes: new Uint8Array([]), code: 'empty-source', says: 'empty' },
    // a page with no text
    { name: 'no text', bytes: utf8(page('<div><img src="a.png"></div><script>load()</script>')), code: 'empty-source', says: 'empty' },
    // a page of menus only (its text loaded by a script)
    { name: 'menus only', bytes: utf8(page(`<header>CỔNG THÔNG TIN</header><nav>${MENU}</nav><div id="app"></div><footer>Bản quyền</footer>`)), code: 'empty-source', says: 'no article text' },
    // bytes that are neither UTF-8 nor Vietnamese in Windows-1258: at the line of the bad byte
    { name: 'bad bytes', bytes: new Uint8Array([...utf8('<html>\n<body>\n<p>'), 0x48, 0xe0, 0x20, 0x4e, 0xe9, 0x69, ...utf8('</p>')]), code: 'encoding-unreadable', line: 3, says: 'not valid UTF-8' },
    // a UTF-8 page with a stray byte: refused at it, not read as Windows-1258 garble
    { name: 'stray byte', bytes: new Uint8Array([...utf8(`<p>${PARAGRAPH}</p>\n<p>Chủ`), 0xa0, ...utf8(' tịch</p>')]), code: 'encoding-unreadable', line: 2, says: 'UTF-8 with 1 byte' },
    // a UTF-8 byte order mark over bytes that are not UTF-8
    { name: 'bad BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>'), 0xff, 0xfe, 0x41]), code: 'encoding-unreadable', line: 1, says: 'byte order mark' },
    // a page that declares VISCII (an 8-bit Vietnamese encoding no decoder reads), over bytes that are not UTF-8
    { name: 'VISCII', bytes: new Uint8Array([...utf8('<meta charset="VISCII">\n<p>C'), 0xdf, 0x6e, 0x67, 0x20, 0x68, 0xf2, 0x61, ...utf8('</p>')]), code: 'encoding-unreadable', line: 2, says: 'charset=viscii' },
    // a NUL byte: a binary file named .html
    { name: 'binary', bytes: new Uint8Array([...utf8('%PDF-1.4\n'), 0x00, 0x01]), code: 'binary-source', line: 2, says: 'binary' },
    // TCVN3 text in a page (a .VnTime font), at its line of the page
    { name: 'TCVN3', bytes: utf8(`<html><body>\n<p>Céng hßa x· héi chñ nghÜa ViÖt Nam</p>\n<p>§éc lËp - Tù do - H¹nh phóc</p></body></html>`), code: 'legacy-font-encoding', line: 2, says: 'TCVN3' },
    // a control character in the text, at its line of the page
    { name: 'control', bytes: utf8(`<html><body>\n<p>${PARAGRAPH}</p>\n<p>hai\u0007ba</p></body></html>`), code: 'control-character', line: 3, says: 'U+0007' },
  ];
  it.each(cases)('$code: $name', ({ bytes, code, line, says }) => {
    const sourceError = expectSourceError(() => readHtml(bytes, 'nguon/trang.html'), 'nguon/trang.html', { code, line, says });
    expect(sourceError.hint.length).toBeGreaterThan(10);
  });

  it.each([
    // a news page that reloads itself every ten minutes (`content="600"`) is no redirect
    { name: 'reload timer', html: page(`<article><p>${PARAGRAPH}</p></article>`, '<meta http-equiv="refresh" content="600">') },
    // a members' login box in the sidebar of a short news item is no login page
    { name: 'login box in a sidebar', html: page(`<article><p>${PARAGRAPH}</p></article><aside><form><input name="u"><input type="password" name="p"><button>Đăng nhập</button></form></aside>`) },
  ])('not refused: $name', ({ html }) => {
    expect(read(html).text).toContain(PARAGRAPH);
  });
});

describe('readHtml: the fixture pages', () => {
  it('the legal library page: the document from its table layout, the header cells in reading order, the library around it as chrome', () => {
    const result = readHtml(fixture('library-001.html'), 'library-001.html');
    expect(result.encoding).toBe('utf-8');
    expect(article(result).slice(0, 11)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH SƠN LA',
      '-------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      'Số: 2862/QĐ-UBND',
      'Sơn La, ngày 16 tháng 11 năm 2018',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ VÀ TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN, DOANH NGHIỆP TRÊN CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    ]);
    expect(article(result).at(-1)).toBe('- Thư');
    // the search box, the menus, the field table, the related documents and the footer
    expect(new Set(result.chrome.map((entry) => entry.reason))).toEqual(new Set(['html-form', 'html-nav', 'html-outside-article']));
    expect(marked(result)).toContain('html-outside-article: 2862/QĐ-UBND');
    expect(marked(result)).toContain('html-nav: - Quyết định 574/QĐ-TTg');
    expect(result.metadata).toEqual({ title: 'Quyết định 2862/QĐ-UBND 2018 kiến nghị của người dân doanh nghiệp trên Cổng thông tin Sơn La', canonical: real('001').sourceUrl });
  });

  it('the same page saved as Windows-1258 reads the same', () => {
    const utf8Page = readHtml(fixture('library-001.html'), 'library-001.html');
    const legacyPage = readHtml(fixture('library-001.windows-1258.html'), 'library-001.windows-1258.html');
    expect(legacyPage.encoding).toBe('windows-1258');
    expect({ ...legacyPage, encoding: 'utf-8' }).toEqual(utf8Page);
  });

  it("the state portal's news page: the item's lines are the text copy's, the portal around it is chrome with its landmarks", () => {
    const result = readHtml(fixture('portal-news-021.html'), 'portal-news-021.html');
    const copy = real('021').text.split('\n').map((line) => line.replace(/\s+/gu, ' ').trim()).filter(Boolean);
    expect(article(result)).toEqual(copy);
    expect(new Set(result.chrome.map((entry) => entry.reason))).toEqual(new Set(['html-header', 'html-nav', 'html-form', 'html-aside', 'html-footer']));
    expect(result.metadata).toEqual({
      title: 'Rà soát, đánh giá các thủ tục hành chính trên địa bàn tỉnh năm 2018 - Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk',
      ogTitle: 'Rà soát, đánh giá các thủ tục hành chính trên địa bàn tỉnh năm 2018',
      published: '2018-01-03T18:59:00+07:00',
      canonical: real('021').sourceUrl,
      author: 'TV',
    });
  });

  it('are what scripts/make-html-fixtures.ts makes of the text fixtures', () => {
    for (const { name, bytes } of htmlFixtures(real)) expect(Buffer.from(fixture(name)).equals(Buffer.from(bytes)), name).toBe(true);
  });
});

describe('readHtml: nothing is lost', () => {
  const REASONS = new Set(['html-nav', 'html-aside', 'html-footer', 'html-header', 'html-form', 'html-outside-article']);
  const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'title', 'canvas']);
  const parser = unified().use(rehypeParse).freeze();
  /** The page's visible letters in document order, as the parser sees them. */
  const lettersOf = (html: string) => {
    const parts: string[] = [];
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type === 'text') parts.push(child.value);
        else if (child.type === 'element' && !SKIPPED.has(child.tagName)) visit(child);
      }
    };
    visit(parser.parse(html));
    return normaliseText(parts.join('')).replace(/[\s-]/gu, '');
  };
  /** What every read must keep: lines that are not blank, each line an article line or chrome with a known reason, the text normalised. */
  const checkShape = (result: ReadHtml) => {
    const lines = linesOf(result);
    expect(lines.every((line) => line.trim() !== '')).toBe(true);
    expect(normaliseText(result.text)).toBe(result.text);
    const chromeLines = result.chrome.map((entry) => entry.line);
    expect(chromeLines).toEqual([...new Set(chromeLines)].sort((a, b) => a - b));
    expect(chromeLines.every((line) => line >= 1 && line <= lines.length)).toBe(true);
    expect(result.chrome.every((entry) => REASONS.has(entry.reason))).toBe(true);
    // the property: every line of the text is an article line or listed in `chrome` (and the article is not empty)
    const chrome = new Set(chromeLines);
    const articleLines = lines.filter((_, index) => !chrome.has(index + 1));
    expect(articleLines.length + chrome.size).toBe(lines.length);
    expect(articleLines.length).toBeGreaterThan(0);
    // bold and italics: each within one line, on letters, in text order
    for (const { span } of result.styles) {
      const slice = result.text.slice(span.start, span.end);
      expect(slice.length).toBeGreaterThan(0);
      expect(slice).not.toMatch(/\n|^ | $/u);
    }
    expect(result.styles.map((item) => item.span.start)).toEqual(result.styles.map((item) => item.span.start).sort((x, y) => x - y));
  };

  it.each(['library-001.html', 'library-001.windows-1258.html', 'portal-news-021.html'])('%s: every text of the page is on a line, article or chrome', (name) => {
    const result = readHtml(fixture(name), name);
    checkShape(result);
    expect(result.text.replace(/[\s-]/gu, '')).toBe(lettersOf(new TextDecoder(result.encoding).decode(fixture(name))));
  });

  // Random pages of landmarks, blocks, lists, tables and inline elements around words.
  const WORDS = ['Ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'Sơn', 'La', 'Quyết', 'định', 'số', '2862/QĐ-UBND', 'ngày', '16/11/2018', 'cải', 'cách', 'hành', 'chính', 'Điều', '1.'];
  const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
  const { html: tree } = fc.letrec<{ html: string; inline: string }>((tie) => ({
    inline: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      words,
      fc.tuple(fc.constantFrom('a href="/x"', 'b', 'i', 'span', 'strong', 'em'), tie('inline')).map(([tag, inner]) => `<${tag}>${inner}</${tag.split(' ')[0]}>`),
      fc.constant('<br>'),
      fc.constant('<script>var x = "Chủ tịch";</script>'),
    ),
    html: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('inline'),
      fc.tuple(fc.constantFrom('div', 'p', 'nav', 'aside', 'header', 'footer', 'article', 'main', 'section', 'form', 'blockquote', 'h2', 'pre'), fc.array(tie('html'), { maxLength: 4 })).map(([tag, children]) => `<${tag}>${children.join(' ')}</${tag}>`),
      fc.array(tie('inline'), { minLength: 1, maxLength: 4 }).map((items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`),
      fc.array(fc.array(tie('inline'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => `<table>${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`),
    ),
  }));

  it('random pages: every text node ends up on a line, and every line is article or chrome', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
        const html = page(`${parts.join('\n')}<div><p>${PARAGRAPH}</p></div>`);
        let result: ReadHtml;
        try {
          result = read(html);
        } catch (error) {
          // a page whose only article lines are menus is refused as having no article text
          if (error instanceof SourceError && error.code === 'empty-source') return;
          throw error;
        }
        checkShape(result);
        expect(result.text.replace(/[\s-]/gu, '')).toBe(lettersOf(html));
        // bold and italics change nothing in the text the readers see
        expect(read(html.replace(/<(\/?)(?:b|i|strong|em)>/gu, '<$1span>')).text).toBe(result.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a page nested too deep to read', () => {
  // Thousands of elements inside one another exhaust the parser's stack: that page fails alone, named.
  it('is refused with html-too-complex, and the ingest goes on with the others', () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}Nội dung${'</div>'.repeat(20_000)}</body></html>`;
    const good = '<html><body><article><p>Sở Nội vụ tỉnh Sơn La tổ chức kiểm tra công tác cải cách hành chính năm 2021 tại các sở, ngành.</p></article></body></html>';
    const corpus = ingestCorpus(
      [
        { file: 'sau.html', bytes: new TextEncoder().encode(deep) },
        { file: 'tot.html', bytes: new TextEncoder().encode(good) },
      ],
      REGISTRY,
    );
    expect(corpus.failures.map((failure) => [failure.file, failure.error.code])).toEqual([['sau.html', 'html-too-complex']]);
    expect(corpus.sources.map((source) => source.file)).toEqual(['tot.html']);
  });
});

describe('preformatted text beside ordinary text on one line', () => {
  // A `<textarea>` (preformatted) before ordinary text with line breaks: the lines and their chrome marks stay in step.
  it('keeps every line where its chrome mark says', () => {
    const html = '<html><body><nav><a href="/">Trang chủ</a></nav><article><p><textarea>a</textarea>một\nhai\nba</p><p>Sở Nội vụ tổ chức kiểm tra công tác cải cách hành chính năm 2021 tại các sở, ngành.</p></article><footer>Bản quyền thuộc Sở Nội vụ</footer></body></html>';
    const read = readHtml(new TextEncoder().encode(html), 'x.html');
    const lines = read.text.split('\n');
    const footer = read.chrome.find((item) => item.reason === 'html-footer');
    expect(footer && lines[footer.line - 1]).toBe('Bản quyền thuộc Sở Nội vụ');
    expect(read.chrome.every((item) => lines[item.line - 1] !== undefined)).toBe(true);
  });
});

describe("a Word file's HTML", () => {
  // mammoth's HTML of a short notice that says "bấm vào đây" is a document, not a portal's redirect page.
  it('is never refused as a redirect or a login page', () => {
    const html = '<p>Xem chi tiết: bấm vào đây</p>';
    expect(() => readHtml(new TextEncoder().encode(html), 'ngan.html')).toThrow(/redirect/u);
    expect(readHtml(new TextEncoder().encode(html), 'ngan.docx', { fromWord: true }).text).toBe('Xem chi tiết: bấm vào đây');
  });
});
