import { PLACE_DATE_LINE, PLACE_DATE_START } from '../patterns/dates.ts';
import { NATION_MOTTO, NUMBER_LINE, PARTY_MOTTO, SLOGAN } from '../patterns/document-parts.ts';
import { isHeaderPart, numberValue } from './header-tokens.ts';
import { cut, type Piece } from './pieces.ts';
import type { CutFragment } from './segments.ts';

/** A cell of the header table as a copy flattened it: one column's text on one line. */
export interface Cell extends Piece {
  /** A table border or a blank line stands before it, so it does not continue the cell above. */
  boundaryBefore: boolean;
}

// Table borders and the gaps copies leave between columns:
//   ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |   (pipes)
//   ỦY BAN NHÂN DÂN<TAB>CỘNG HÒA …                            (tabs)
//   Trang chủ    Đào tạo - Bồi dưỡng                           (runs of spaces)
const PIPES = String.raw`\s*\|+\s*`;
const TABS = String.raw`\t+`;
const WIDE_SPACE = String.raw`\s{3,}`;

/** The gaps to cut a line at: always tabs; pipes when they are borders; runs of spaces when they are not padding. */
function gapsOf(pipes: boolean, spaces: boolean): RegExp {
  return new RegExp([...(pipes ? [PIPES] : []), TABS, ...(spaces ? [WIDE_SPACE] : [])].join('|'), 'gu');
}
// A row of a flattened table starts or ends with its border: `| Số hiệu | 18/CT-UBND |` · `Số: 2165/QĐ-UBND |`.
const TABLE_ROW = /^\s*\||\|\s*$/u;
// What a copy leaves at a cell's edges: `_ Hà Nội, ngày …` · `(1)THỦ TƯỚNG CHÍNH PHỦ _` · `• ỦY BAN NHÂN DÂN`
const LEADING_MARK = /^(?:[_•·]+|\(\d{1,2}\))\s*/u;
const TRAILING_MARKS = new Set(['_', '•', '·']);
// Where a date or a `V/v` subject follows a number on its line: `Số 924/SNV-CCHC Ngày 07-9-2015 V/v …`.
const AFTER_NUMBER = /(?<=[^\s,])\s+(?=[Nn]gày\s+\d|V\/v\s)/gu;
// `Số:` inside a cell, after the issuer: `Bộ Nội vụ Số: 251/QĐ-BNV`.
const NUMBER_INSIDE = /(?<=\S)\s+(?=(?:Số|SỐ)\s*:)/gu;

/**
 * Splits the opening pieces of a source into cells: at table borders, and
 * where a motto, a `Số:` or a place and date begins inside a line, as when a
 * copy runs the two header columns together:
 *   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 29 tháng 03 năm 2022 |
 * The borders and marks cut away are returned so the record keeps them.
 */
export function toCells(pieces: readonly Piece[]): { cells: Cell[]; cutAway: CutFragment[] } {
  const cells: Cell[] = [];
  const cutAway: CutFragment[] = [];
  let borderPending = false;
  for (const piece of pieces) {
    let from = 0;
    const parts: Piece[] = [];
    const borders: boolean[] = [];
    let bordered: boolean = piece.gapBefore > 0 || borderPending;
    // A draft's padded blanks (`Số:   /QĐ-UBND`, `ngày     tháng     năm 2022`) are not column gaps:
    // a line that is one header part once its spaces are collapsed is not cut at runs of spaces.
    // A `|` inside a sentence (`… [x, y] | > % @`) is a character, not a border: a line's pipes are
    // borders when it is a table row or one of its cells is a header part (`ỦY BAN NHÂN DÂN | CỘNG HÒA …`).
    const spaces = !isHeaderPart(collapse(piece.text));
    const pipes = TABLE_ROW.test(piece.text) || (piece.text.includes('|') && piece.text.split('|').some((part) => isHeaderPart(collapse(part))));
    const gaps = gapsOf(pipes, spaces);
    for (const gap of piece.text.matchAll(gaps)) {
      if (gap.index > from) {
        parts.push(cut(piece, from, gap.index));
        borders.push(bordered);
      }
      const pipe = gap[0].indexOf('|');
      if (pipe !== -1) {
        const bar = gap[0].trim();
        const start = piece.span.start + gap.index + gap[0].indexOf(bar);
        cutAway.push({ line: piece.line, text: bar, reason: 'table-border', span: { start, end: start + bar.length } });
      }
      bordered = true;
      from = gap.index + gap[0].length;
    }
    if (from < piece.text.length) {
      parts.push(cut(piece, from, piece.text.length));
      borders.push(bordered);
      borderPending = false;
    } else {
      // A line that ends in a border (`Số: 18/CT-UBND |`) closes its cell.
      borderPending = bordered;
    }
    parts.forEach((part, index) => {
      for (const [offset, sub] of splitInside(part).entries()) {
        const edged = trimEdges(sub, cutAway);
        if (edged.text !== '') cells.push({ ...edged, boundaryBefore: offset === 0 ? borders[index]! : true });
      }
    });
  }
  return { cells, cutAway };
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const MOTTOS = [NATION_MOTTO, PARTY_MOTTO, SLOGAN];
const MAY_HOLD_MOTTO = /CỘNG|[Cc]ộng|ĐẢNG|Độc|ĐỘC|độc/u;

/** Splits a cell where a motto, a number or a place and date begins inside it. */
function splitInside(piece: Piece): Piece[] {
  const cuts = new Set<number>();
  // Most cells hold none of these: cheap word checks first (every text's opening is cut into cells).
  const text = piece.text;
  for (const pattern of MAY_HOLD_MOTTO.test(text) ? MOTTOS : []) {
    const match = pattern.exec(text);
    if (match) {
      cuts.add(match.index);
      cuts.add(match.index + match[0].length);
    }
  }
  if (/Số|SỐ/u.test(text)) for (const match of text.matchAll(NUMBER_INSIDE)) cuts.add(match.index);
  // A portal's one-line heading of a công văn: `Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo …`.
  if (NUMBER_LINE.test(piece.text) && !numberValue(piece.text)) {
    for (const match of piece.text.matchAll(AFTER_NUMBER)) cuts.add(match.index);
  }
  // A cell that is a place and date already (`Thành phố Hồ Chí Minh, ngày …`) is not cut inside its place.
  const placeDate = !/[Nn]gày/u.test(text) || PLACE_DATE_LINE.test(text);
  for (const match of placeDate ? [] : text.matchAll(PLACE_DATE_START)) {
    if (match.index > 0 && /[\s|]/u.test(piece.text[match.index - 1]!) && PLACE_DATE_LINE.test(piece.text.slice(match.index).trim())) {
      cuts.add(match.index);
      break;
    }
  }
  const points = [...cuts].filter((at) => at > 0 && at < piece.text.length).sort((a, b) => a - b);
  if (points.length === 0) return [piece];
  const out: Piece[] = [];
  let from = 0;
  for (const at of [...points, piece.text.length]) {
    const part = cut(piece, from, at);
    if (part.text !== '') out.push(part);
    from = at;
  }
  return out;
}

function trimEdges(piece: Piece, cutAway: CutFragment[]): Piece {
  let start = piece.span.start;
  let text = piece.text;
  const lead = LEADING_MARK.exec(text);
  if (lead) {
    const kept = lead[0].trim();
    cutAway.push({ line: piece.line, text: kept, reason: 'table-border', span: { start, end: start + kept.length } });
    text = text.slice(lead[0].length);
    start += lead[0].length;
  }
  // Trailing marks by a backward walk: a pattern anchored at the end is tried from every position.
  let end = text.length;
  while (end > 0 && TRAILING_MARKS.has(text[end - 1]!)) end--;
  if (end < text.length) {
    const kept = text.slice(end);
    cutAway.push({ line: piece.line, text: kept, reason: 'table-border', span: { start: start + end, end: start + text.length } });
    text = text.slice(0, end).trimEnd();
  }
  return { ...piece, text, span: { start, end: start + text.length } };
}
