import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { readHtml } from '../../src/ingest/read/read-html.ts';
import { toPhrasing, type Mark } from '../../src/ingest/emit/inline.ts';
import type { StyledSpan } from '../../src/ingest/read/inline-styles.ts';

const read = (body: string) => readHtml(new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><article>${body}</article></body></html>`), 'trang.html');
/** Each style as `style: text`, in text order. */
const stylesOf = (body: string) => {
  const result = read(body);
  return result.styles.map(({ span, style }) => `${style}: ${result.text.slice(span.start, span.end)}`);
};

describe('readHtml keeps bold and italics beside the text, never in it', () => {
  it.each([
    // a Word heading as mammoth writes it
    ['<p><strong>QUYẾT ĐỊNH:</strong></p>', ['strong: QUYẾT ĐỊNH:']],
    // `<b>` inside a line: the span is the bold words only
    ['<p><b>Điều 1.</b> Ban hành kèm theo Quyết định này Quy chế làm việc.</p>', ['strong: Điều 1.']],
    // the place and date in italics, as the standard layout sets it
    ['<p><em>Sơn La, ngày 16 tháng 11 năm 2018</em></p>', ['emphasis: Sơn La, ngày 16 tháng 11 năm 2018']],
    // a portal editor's spans: `font-weight: bold`, `font-weight:700`, `font-style: italic`
    ['<p><span style="font-weight: bold">Nơi nhận:</span></p>', ['strong: Nơi nhận:']],
    ['<p><span style="color:red;font-weight:700">KẾT LUẬN</span></p>', ['strong: KẾT LUẬN']],
    ['<p><span style="font-style: italic">(Ban hành kèm theo Quyết định số 15/2022/QĐ-UBND)</span></p>', ['emphasis: (Ban hành kèm theo Quyết định số 15/2022/QĐ-UBND)']],
    // look-alikes: `font-weight: normal`, `font-weight:400`, `<u>`, a class named bold: no style
    ['<p><span style="font-weight: normal">Nơi nhận:</span></p>', []],
    ['<p><span style="font-weight:400">Nơi nhận:</span></p>', []],
    ['<p><u>Nơi nhận:</u> <span class="bold">- Như Điều 3;</span></p>', []],
    // the spaces inside a bold element are not bold; an element of spaces only is no style
    ['<p>Căn cứ<b> Luật Tổ chức Chính phủ </b>ngày 19/6/2015;<b> </b></p>', ['strong: Luật Tổ chức Chính phủ']],
    // bold across a `<br>`: each line its own span (a style never crosses a line)
    ['<p><b>TL. ỦY BAN NHÂN DÂN<br>CHÁNH VĂN PHÒNG</b></p>', ['strong: TL. ỦY BAN NHÂN DÂN', 'strong: CHÁNH VĂN PHÒNG']],
    // bold and italics together, nested either way
    ['<p><b><i>Nơi nhận:</i></b></p>', ['emphasis: Nơi nhận:', 'strong: Nơi nhận:']],
    // nested bold counts once
    ['<p><b>Số: <strong>08/TB-UBND</strong></b></p>', ['strong: Số: 08/TB-UBND']],
    // a list item's line gets `- ` before it; the span still covers the bold words
    ['<ul><li><b>Như Điều 3;</b></li></ul>', ['strong: Như Điều 3;']],
    // a bold letter whose tone mark follows outside the element: NFC joins them, so the line keeps no style rather than a wrong span
    ['<p><b>a</b>\u0301 và cải cách hành chính</p>', []],
    // Google Docs wraps a whole paste in a <b> whose style says normal: nothing is bold
    ['<b style="font-weight:normal;" id="docs-internal-guid-8d1c"><p>Điều 1. Ban hành kèm theo Quyết định này Quy chế.</p></b>', []],
    // normal weight inside bold: the bold stops there and resumes after
    ['<p><b>Điều 1. <span style="font-weight:normal">Ban hành</span> Quy chế</b></p>', ['strong: Điều 1.', 'strong: Quy chế']],
    // a style marker character already in the page's text is no style: it becomes U+FFFD, the bold stays on its words
    ['<p>Căn &#xFDD0;cứ Luật <b>Tổ chức</b> Chính phủ</p>', ['strong: Tổ chức']],
  ])('%s', (body, expected) => {
    expect(stylesOf(body)).toEqual(expected);
  });

  it('gives the same text as the page without its bold and italics (the header reader sees no difference)', () => {
    const styled = '<table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH SƠN LA</b></td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></td></tr></table><p><i>Sơn La, ngày 16 tháng 11 năm 2018</i></p><p><strong>QUYẾT ĐỊNH</strong></p>';
    const plain = styled.replace(/<(\/?)(?:b|i|strong)>/gu, '<$1span>');
    expect(read(styled).text).toBe(read(plain).text);
    expect(read(plain).styles).toEqual([]);
  });
});

const html = (nodes: ReturnType<typeof toPhrasing>) => toHtml(toHast({ type: 'paragraph', children: nodes }));
const link: Mark['wrap'] = (children) => ({ type: 'link', url: '/can-cu/x/', children });
const bold = (start: number, end: number): StyledSpan => ({ span: { start, end }, style: 'strong' });
const italic = (start: number, end: number): StyledSpan => ({ span: { start, end }, style: 'emphasis' });

describe('toPhrasing puts the kept styles on the page', () => {
  const line = 'Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2020;';
  it.each([
    // bold words in a line
    [[bold(0, 6)], [], '<p><strong>Căn cứ</strong> Quyết định số 12/QĐ-UBND ngày 05/01/2020;</p>'],
    // bold that ends inside a reference: the link stays whole, the bold part inside it
    [[bold(0, 20)], [{ start: 7, end: 31 }], '<p><strong>Căn cứ </strong><a href="/can-cu/x/"><strong>Quyết định số</strong> 12/QĐ-UBND</a> ngày 05/01/2020;</p>'],
    // italics inside bold: one strong, the italics within it
    [[bold(0, 20), italic(7, 17)], [], '<p><strong>Căn cứ <em>Quyết định</em> số</strong> 12/QĐ-UBND ngày 05/01/2020;</p>'],
    // a style of another line is not applied here
    [[bold(60, 70)], [], `<p>${line}</p>`],
  ])('%j, marks %j', (styles, marks, expected) => {
    const nodes = toPhrasing([{ text: line, start: 0 }], 'space', marks.map((mark) => ({ ...mark, wrap: link })), styles);
    expect(html(nodes)).toBe(expected);
  });

  it('finds a style that covers a piece starting inside it, past a shorter one that ends before it', () => {
    // `BỘ NỘI VỤ Số: 251/QĐ-BNV` in bold with `NỘI` in italics; the header cuts `Số: 251/QĐ-BNV` out as its own piece.
    const piece = { text: 'Số: 251/QĐ-BNV', start: 10 };
    expect(html(toPhrasing([piece], 'space', [], [bold(0, 24), italic(3, 6)]))).toBe('<p><strong>Số: 251/QĐ-BNV</strong></p>');
  });

  it('cuts a style to the piece it falls in when a piece starts after its line (a list marker left out)', () => {
    // The line `- Như Điều 3;` is bold whole; its list item shows `Như Điều 3;`, from offset 2.
    expect(html(toPhrasing([{ text: 'Như Điều 3;', start: 2 }], 'space', [], [bold(0, 13)]))).toBe('<p><strong>Như Điều 3;</strong></p>');
  });
});
