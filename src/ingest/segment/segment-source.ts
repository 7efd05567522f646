import { documentTypeByHeading } from '../extract/document-types.ts';
import { PLACE_DATE_LINE, PUBLICATION_TIME_LINE } from '../patterns/dates.ts';
import {
  CLOSING_MARK,
  ENDS_SENTENCE,
  isUppercaseLine,
  LIST_MARKER,
  MOTTO,
  NUMBER_LINE,
  RECIPIENTS_HEADING,
  ROMAN_SECTION,
  SIGNING_FORM,
  STARTS_LOWERCASE,
  SUBJECT_VV,
} from '../patterns/document-parts.ts';
import type { CleanLine } from '../types.ts';
import type { Block, DocumentHeader, NewsHeader, Segments, TextRef } from './segments.ts';

/** A content line with how many blank or chrome lines stood before it. */
interface Piece extends TextRef {
  gapBefore: number;
}

// The header of an official document sits in its first lines; past this many
// content lines a `Số:` is part of the body.
const HEADER_WINDOW = 12;
// A signing block has a form line, a position or two and a name.
const MAX_SIGNATURE_LINES = 8;

/**
 * Splits a cleaned source into header, body, closing formula, recipients and
 * signing block. `kind` from an archivist's sidecar wins over detection.
 */
export function segmentSource(lines: readonly CleanLine[], kindHint?: 'document' | 'news'): Segments {
  const all = toPieces(lines);
  const pieces = [...all.slice(0, HEADER_WINDOW).flatMap(splitColumns), ...all.slice(HEADER_WINDOW)];
  const document = readDocumentHeader(pieces);
  const detected = document.header.number !== undefined || document.header.type !== undefined ? 'document' : 'news';
  const kind = kindHint ?? detected;
  if (kind === 'document') return segmentDocument(pieces, document);
  return segmentNews(pieces);
}

function toPieces(lines: readonly CleanLine[]): Piece[] {
  const pieces: Piece[] = [];
  let gap = 0;
  for (const line of lines) {
    if (line.role !== 'content') {
      gap++;
      continue;
    }
    pieces.push({ line: line.no, text: line.content, span: line.contentSpan, gapBefore: gap });
    gap = 0;
  }
  return pieces;
}

function readDocumentHeader(pieces: readonly Piece[]): { header: DocumentHeader; end: number } {
  const header: DocumentHeader = { issuerLines: [], motto: [], subject: [] };
  let i = 0;
  for (; i < Math.min(pieces.length, HEADER_WINDOW); i++) {
    const piece = pieces[i]!;
    const text = piece.text;
    if (header.type === undefined && (MOTTO.test(text) || RULE_LINE.test(text))) header.motto.push(piece);
    else if (header.number === undefined && header.type === undefined && NUMBER_LINE.test(text) && /\//u.test(text)) header.number = piece;
    else if (header.placeDate === undefined && header.type === undefined && PLACE_DATE_LINE.test(text)) header.placeDate = piece;
    else if (header.type === undefined && isUppercaseLine(text) && documentTypeByHeading(text)) {
      header.type = piece;
      i = readSubject(pieces, i + 1, header.subject);
      break;
    } else if (header.type === undefined && header.number !== undefined && SUBJECT_VV.test(text)) {
      // A công văn has no type line: its `V/v …` subject sits under the number,
      // and the place and date may come after it.
      i = readSubject(pieces, i, header.subject);
      const next = pieces[i];
      if (header.placeDate === undefined && next && PLACE_DATE_LINE.test(next.text)) {
        header.placeDate = next;
        i++;
      }
      break;
    } else if (header.number === undefined && header.placeDate === undefined && isUppercaseLine(text)) header.issuerLines.push(piece);
    else break;
  }
  return { header, end: i };
}

// The two header columns of a document, flattened onto one line by a PDF copy:
//   ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
//   THÀNH PHỐ HẢI PHÒNG Độc lập - Tự do - Hạnh phúc
//   Số: 08/TB-UBND Hải Phòng, ngày 06 tháng 01 năm 2021
const NUMBER_THEN_PLACE = /^(?<number>Số\s*[:.]?\s*\S.*?)\s+(?<place>\p{Lu}[\p{L}.'\- ]{0,40}?,\s*ngày(?!\p{L}).*)$/u;
// -------------- or ______ under the header columns.
const RULE_LINE = /^[-_=–—.*\s]{3,}$/u;

function splitColumns(piece: Piece): Piece[] {
  const motto = MOTTO.exec(piece.text);
  if (motto && motto.index > 0) return [cut(piece, 0, motto.index), cut(piece, motto.index, piece.text.length)];
  const numbered = NUMBER_THEN_PLACE.exec(piece.text);
  if (numbered?.groups && PLACE_DATE_LINE.test(numbered.groups['place']!)) {
    const at = piece.text.length - numbered.groups['place']!.length;
    return [cut(piece, 0, at), cut(piece, at, piece.text.length)];
  }
  return [piece];
}

/** Part of a piece, trimmed, with its span; the second part has no gap before it. */
function cut(piece: Piece, from: number, to: number): Piece {
  const raw = piece.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = piece.span.start + from + lead;
  return { line: piece.line, text, span: { start, end: start + text.length }, gapBefore: from === 0 ? piece.gapBefore : 0 };
}

/** The subject runs from `from` over lines that continue it. Returns the index after it. */
function readSubject(pieces: readonly Piece[], from: number, into: TextRef[]): number {
  let i = from;
  const first = pieces[i];
  if (first === undefined) return i;
  into.push(first);
  i++;
  // A subject wraps onto the next line; it does not jump over a blank line.
  while (i < pieces.length && pieces[i]!.gapBefore === 0 && continues(pieces[i - 1]!, pieces[i]!)) {
    into.push(pieces[i]!);
    i++;
  }
  return i;
}

/** A line continues the one before: cut mid-sentence, by a page break or a wrap. */
function continues(previous: TextRef, next: TextRef): boolean {
  return !ENDS_SENTENCE.test(previous.text) && STARTS_LOWERCASE.test(next.text);
}

function segmentDocument(pieces: readonly Piece[], parsed: { header: DocumentHeader; end: number }): Segments {
  const tail = readTail(pieces, parsed.end);
  const body = toBlocks(pieces.slice(parsed.end, tail.bodyEnd), false);
  const last = body.at(-1);
  const closing = last && last.type === 'paragraph' && CLOSING_MARK.test(last.refs.at(-1)!.text) ? body.pop() : undefined;
  return {
    kind: 'document',
    document: parsed.header,
    news: {},
    body,
    ...(closing ? { closing } : {}),
    ...(tail.recipients ? { recipients: tail.recipients } : {}),
    signature: tail.signature,
  };
}

/** Recipients and signing block, read from the end of the text. */
function readTail(pieces: readonly Piece[], bodyStart: number): { bodyEnd: number; recipients?: Segments['recipients']; signature: TextRef[] } {
  const headingIndex = findLastIndex(pieces, (piece, index) => index >= bodyStart && RECIPIENTS_HEADING.test(piece.text));
  if (headingIndex !== -1) {
    const heading = pieces[headingIndex]!;
    const items: TextRef[] = [];
    let i = headingIndex + 1;
    for (; i < pieces.length && LIST_MARKER.test(pieces[i]!.text); i++) items.push(pieces[i]!);
    // A signing block may stand above `Nơi nhận` when two columns were flattened.
    let bodyEnd = headingIndex;
    const before: TextRef[] = [];
    while (bodyEnd - 1 >= bodyStart && before.length < MAX_SIGNATURE_LINES && isSigningLine(pieces[bodyEnd - 1]!.text) && !CLOSING_MARK.test(pieces[bodyEnd - 1]!.text)) {
      before.unshift(pieces[bodyEnd - 1]!);
      bodyEnd--;
    }
    return { bodyEnd, recipients: { heading, items }, signature: [...before, ...pieces.slice(i)] };
  }
  // Without `Nơi nhận`, a signing block follows the closing formula.
  const closingIndex = findLastIndex(pieces, (piece, index) => index >= bodyStart && CLOSING_MARK.test(piece.text));
  if (closingIndex !== -1 && pieces.length - closingIndex - 1 <= MAX_SIGNATURE_LINES) {
    return { bodyEnd: closingIndex + 1, signature: pieces.slice(closingIndex + 1) };
  }
  return { bodyEnd: pieces.length, signature: [] };
}

function isSigningLine(text: string): boolean {
  const bare = text.replace(/\*/gu, '').trim();
  return SIGNING_FORM.test(bare) || isUppercaseLine(bare);
}

function segmentNews(pieces: readonly Piece[]): Segments {
  const news: NewsHeader = {};
  let i = 0;
  // The first lines hold a headline, a publication time and a dateline, in any order.
  for (; i < Math.min(pieces.length, 3); i++) {
    const piece = pieces[i]!;
    if (news.time === undefined && PUBLICATION_TIME_LINE.test(piece.text)) news.time = piece;
    else if (news.dateline === undefined && news.time === undefined && PLACE_DATE_LINE.test(piece.text)) news.dateline = piece;
    else if (news.headline === undefined && i < pieces.length - 1 && looksLikeHeadline(piece.text)) news.headline = piece;
    else break;
  }
  return { kind: 'news', document: { issuerLines: [], motto: [], subject: [] }, news, body: toBlocks(pieces.slice(i), true), signature: [] };
}

// A headline is one unpunctuated line; a lede opens with a time (`Sáng 17/12,`).
function looksLikeHeadline(text: string): boolean {
  return text.length <= 300 && !/[.;:,]$/u.test(text) && !/^(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Vừa qua)(?![\p{L}\p{N}])/u.test(text);
}

function toBlocks(pieces: readonly Piece[], news: boolean): Block[] {
  const blocks: Block[] = [];
  for (const piece of pieces) {
    const previous = blocks.at(-1);
    const marker = LIST_MARKER.exec(piece.text);
    if (previous && !marker && previous.type !== 'caption' && continues(previous.refs.at(-1)!, piece)) {
      previous.refs.push(piece);
      continue;
    }
    if (marker) {
      const sign = marker.groups!['marker']!;
      blocks.push({ type: 'list-item', marker: sign, depth: sign === '+' ? 2 : 1, refs: [piece] });
    } else if (ROMAN_SECTION.test(piece.text) && piece.text.length <= 200) {
      blocks.push({ type: 'heading', refs: [piece] });
    } else if (news && blocks.length > 0 && looksLikeCaption(piece.text)) {
      blocks.push({ type: 'caption', refs: [piece] });
    } else {
      blocks.push({ type: 'paragraph', refs: [piece] });
    }
  }
  return blocks;
}

// Captions under news photos are one short sentence, no lead-in colon:
//   Người dân làm việc tại Bộ phận 1 cửa Sở Ngoại vụ.
//   Lãnh đạo Văn phòng UBND thành phố tiếp thu ý kiến của đồng chí Phó Chủ tịch Thường trực
const CAPTION_MAX_LENGTH = 160;
const ORDINAL_OPENING = /^(?:Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)(?![\p{L}\p{N}])/iu;
// (`\b` is ASCII-only even with the `u` flag: it sees no word end after `là`.)

function looksLikeCaption(text: string): boolean {
  return (
    text.length <= CAPTION_MAX_LENGTH &&
    !/[:;,]$/u.test(text) &&
    !/[.!?…]\s+\p{Lu}/u.test(text) &&
    !ORDINAL_OPENING.test(text) &&
    !/^\d+[.)]\s/u.test(text)
  );
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!, i)) return i;
  return -1;
}
