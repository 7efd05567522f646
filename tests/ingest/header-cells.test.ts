import { describe, expect, it } from 'vitest';
import { toCells } from '../../src/ingest/segment/header-cells.ts';
import type { Piece } from '../../src/ingest/segment/pieces.ts';

const piece = (text: string): Piece => ({ line: 1, text, span: { start: 0, end: text.length }, gapBefore: 0 });
const cellsOf = (text: string) => toCells([piece(text)]).cells.map((cell) => cell.text);

describe('header lines cut into cells', () => {
  it.each([
    // both columns of a row, joined by a border (thuvienphapluat)
    ['ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    // the same without the closing border: one cell is a header part
    ['ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    // a row of a legal library's metadata table
    ['| Số hiệu | 18/CT-UBND |', ['Số hiệu', '18/CT-UBND']],
    // cells joined by a tab (a Word table pasted as text)
    ['Số: 2862/QĐ-UBND\tSơn La, ngày 16 tháng 11 năm 2018', ['Số: 2862/QĐ-UBND', 'Sơn La, ngày 16 tháng 11 năm 2018']],
    // by a run of spaces (a PDF's text layer)
    ['TỈNH SƠN LA      Độc lập - Tự do - Hạnh phúc', ['TỈNH SƠN LA', 'Độc lập - Tự do - Hạnh phúc']],
    // the motto and the date run together on one line (trogiupluat)
    ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 29 tháng 03 năm 2022 |', ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 29 tháng 03 năm 2022']],
    // the issuer before the number on its line
    ['Bộ Nội vụ Số: 251/QĐ-BNV |', ['Bộ Nội vụ', 'Số: 251/QĐ-BNV']],
    // look-alike: a draft's padded blanks are not column gaps
    ['Số:   /QĐ-UBND', ['Số:   /QĐ-UBND']],
    // look-alike: a date line with its day and month left blank
    ['Nam Định, ngày     tháng     năm 2022', ['Nam Định, ngày     tháng     năm 2022']],
    // look-alike: a place that is itself two capitalised words and a level (`Thành phố Hồ Chí Minh`)
    ['Thành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2016', ['Thành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2016']],
    // look-alike: a `|` inside a sentence is a character
    ['nội dung: [x, y] | > % @ khác', ['nội dung: [x, y] | > % @ khác']],
  ])('%s', (text, cells) => expect(cellsOf(text)).toEqual(cells));

  it('keeps every border it cuts, with its span', () => {
    const text = '| Số hiệu | 18/CT-UBND |';
    const { cutAway } = toCells([piece(text)]);
    expect(cutAway.map((fragment) => fragment.text)).toEqual(['|', '|', '|']);
    for (const fragment of cutAway) expect(text.slice(fragment.span.start, fragment.span.end)).toBe(fragment.text);
  });
});
