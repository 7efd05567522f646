import { AUTHORITY_LINE, BODY_OPENER, ENDS_SENTENCE, isUppercaseLine, STARTS_LOWERCASE, SUBJECT_VV } from '../patterns/document-parts.ts';
import { toCells, type Cell } from './header-cells.ts';
import { HEADER_KINDS, toTokens, type Token, type TokenKind } from './header-tokens.ts';
import { cut, type Piece } from './pieces.ts';
import { emptyHeader, type CutFragment, type DocumentHeader, type TextRef } from './segments.ts';

// A header starts within the first screenful of a copy: legal libraries put
// menus, metadata and related-document lists above it. Most headers stand in the
// first few lines, so those are read first and the screenful only when needed.
const FIRST_WINDOW_PIECES = 24;
const WINDOW_PIECES = 80;
// Two header parts this close together (in tokens) mark a header.
const CLUSTER_REACH = 10;
// Issuer lines above the first header part: `ỦY` / `BAN NHÂN DÂN` / `TỈNH SƠN LA` / `-------`.
const MAX_ISSUER_LINES = 4;
// A trích yếu runs over a few lines at most.
const MAX_SUBJECT_LINES = 8;

export interface ReadHeader {
  header: DocumentHeader;
  /** Index of the piece the header starts in, and where in it (text before is page chrome). */
  start: { piece: number; offset: number };
  /** The pieces after the header: the body, with the rest of the header's last line first when it held more. */
  rest: Piece[];
  cutAway: CutFragment[];
}

/**
 * Finds the header of an official document anywhere in the opening of a copy
 * and reads its parts. The header is found by its structure: the motto, the
 * slogan, the `Số:` line and the place-and-date line close together; from the
 * first of them it walks back over the issuer's lines. Undefined when the text
 * has no such cluster (a news item, a body-only excerpt).
 */
export function readDocumentHeader(pieces: readonly Piece[]): ReadHeader | undefined {
  const first = readWithin(pieces, FIRST_WINDOW_PIECES);
  // Read again over the screenful when the short window found no header, or the header ran to its end.
  if (pieces.length <= FIRST_WINDOW_PIECES || (first && first.rest[0] !== undefined && first.rest[0].line <= pieces[FIRST_WINDOW_PIECES - 1]!.line)) return first;
  return readWithin(pieces, WINDOW_PIECES);
}

function readWithin(pieces: readonly Piece[], size: number): ReadHeader | undefined {
  const window = pieces.slice(0, size);
  const { cells, cutAway } = toCells(window);
  const tokens = toTokens(cells);
  const anchor = findAnchor(tokens);
  if (anchor === -1) return undefined;
  const first = walkBack(tokens, anchor);
  const header = emptyHeader();
  let i = first;
  let lastRole: 'issuer' | 'other' = 'other';
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    const refs = token.cells.map(toRef);
    const zone = header.number.length === 0 || header.placeDate.length === 0;
    if (isMotto(token.kind)) {
      header.motto.push(...refs);
    } else if (token.kind === 'number' && header.number.length === 0) {
      header.number = refs;
    } else if ((token.kind === 'place-date' || token.kind === 'date') && header.placeDate.length === 0) {
      header.placeDate = refs;
    } else if (token.kind === 'type-heading') {
      header.type = refs[0]!;
      header.subject.push(...refs.slice(1));
      i = readSubject(tokens, i + 1, header);
      break;
    } else if (token.kind === 'upper' && zone && (lastRole === 'issuer' || header.issuerLines.length === 0 || !AUTHORITY_LINE.test(token.text))) {
      header.issuerLines.push(...refs);
      lastRole = 'issuer';
      continue;
    } else if (token.kind === 'upper' && !zone && !AUTHORITY_LINE.test(token.text)) {
      // No type heading (a copy dropped it): the subject follows the number and date (`VỀ VIỆC BAN HÀNH …`).
      i = readSubject(tokens, i, header);
      break;
    } else if (token.kind === 'text' && header.number.length > 0 && SUBJECT_VV.test(token.text)) {
      // A công văn has no type heading: its `V/v …` subject sits under the number, and the place and date may follow.
      header.subject.push(...refs);
      i = readSubject(tokens, i + 1, header, true);
      if (header.placeDate.length === 0 && tokens[i]?.kind === 'place-date') header.placeDate = tokens[i++]!.cells.map(toRef);
      break;
    } else if (token.kind === 'text' && zone && i > anchor && tokens.slice(i + 1, i + 3).some((next) => HEADER_KINDS.has(next.kind))) {
      // A cell the copy garbled (`CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM`) between header parts stays in the header.
      header.motto.push(...refs);
    } else if (token.kind === 'text' && i < anchor) {
      // Mixed-case issuer on the number's line: `Bộ Nội vụ Số: 251/QĐ-BNV |`.
      header.issuerLines.push(...refs);
      lastRole = 'issuer';
      continue;
    } else {
      break;
    }
    lastRole = 'other';
  }
  const firstCell = tokens[first]!.cells[0]!;
  const startPiece = window.findIndex((piece) => piece.line === firstCell.line);
  const rest = restAfter(pieces, tokens, i);
  return {
    header,
    start: { piece: startPiece, offset: firstCell.span.start - window[startPiece]!.span.start },
    rest,
    cutAway: cutAway.filter((fragment) => fragment.span.start >= firstCell.span.start && before(fragment, rest)),
  };
}

function isMotto(kind: TokenKind): boolean {
  return kind === 'nation-motto' || kind === 'party-motto' || kind === 'slogan' || kind === 'rule';
}

/** The first header part with another one close after it. */
function findAnchor(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!HEADER_KINDS.has(tokens[i]!.kind)) continue;
    const kinds = new Set<TokenKind>();
    for (const token of tokens.slice(i, i + CLUSTER_REACH)) if (HEADER_KINDS.has(token.kind) || token.kind === 'type-heading') kinds.add(token.kind);
    if (kinds.size >= 2) return i;
  }
  return -1;
}

/**
 * An excerpt that starts at an attached text's own heading, without the
 * header of the document it is attached to: `QUY ĐỊNH` / `VỀ TRÌNH TỰ, THỦ TỤC …`
 * / `(Ban hành kèm theo Quyết định số …)`. Reads the heading and its subject.
 */
export function readHeadingOnly(pieces: readonly Piece[]): ReadHeader | undefined {
  const window = pieces.slice(0, MAX_SUBJECT_LINES + 1);
  const { cells, cutAway } = toCells(window);
  const tokens = toTokens(cells);
  if (tokens[0]?.kind !== 'type-heading' || tokens[0].cells.length !== 1) return undefined;
  const header: DocumentHeader = { ...emptyHeader(), type: toRef(tokens[0].cells[0]!) };
  const end = readSubject(tokens, 1, header);
  const rest = restAfter(pieces, tokens, end);
  return { header, start: { piece: 0, offset: 0 }, rest, cutAway: cutAway.filter((fragment) => before(fragment, rest)) };
}

/** From the anchor back over the issuer's lines and the rules under them. */
function walkBack(tokens: readonly Token[], anchor: number): number {
  let first = anchor;
  let issuerLines = 0;
  while (first > 0) {
    const previous = tokens[first - 1]!;
    const sameLine = previous.cells.at(-1)!.line === tokens[first]!.cells[0]!.line;
    if (previous.kind === 'rule') first--;
    else if (previous.kind === 'upper' && issuerLines < MAX_ISSUER_LINES) {
      first--;
      issuerLines++;
    } else if (previous.kind === 'text' && sameLine && issuerLines === 0 && first === anchor) {
      first--;
      issuerLines++;
    } else break;
  }
  // A rule above the issuer belongs to the page, not the header.
  while (first < anchor && tokens[first]!.kind === 'rule') first++;
  return first;
}

/** The trích yếu from `from`; returns the index of the first token after it. */
function readSubject(tokens: readonly Token[], from: number, header: DocumentHeader, continuing = false): number {
  let i = from;
  let upper = continuing ? isUppercaseLine(header.subject[0]!.text) : undefined;
  for (; i < tokens.length && header.subject.length < MAX_SUBJECT_LINES; i++) {
    const token = tokens[i]!;
    const text = token.text;
    if (token.kind === 'rule') {
      // The rule under the subject closes it.
      header.motto.push(...token.cells.map(toRef));
      return i + 1;
    }
    if (BODY_OPENER.test(text) || (isUppercaseLine(text) && AUTHORITY_LINE.test(text)) || HEADER_KINDS.has(token.kind)) break;
    if (upper === undefined) {
      upper = isUppercaseLine(text);
    } else {
      const previous = header.subject.at(-1)!.text;
      const continues = upper ? !/\p{Ll}/u.test(text) || STARTS_LOWERCASE.test(text) : STARTS_LOWERCASE.test(text) || (!ENDS_SENTENCE.test(previous) && token.cells[0]!.gapBefore === 0 && /^[“"(]/u.test(text));
      if (!continues) break;
    }
    header.subject.push(...token.cells.map(toRef));
    // `… NGÀY 14/02/2008.`: a full stop closes the subject.
    if (/\.$/u.test(text)) return i + 1;
  }
  return i;
}

/** The pieces after the header's last token. */
function restAfter(pieces: readonly Piece[], tokens: readonly Token[], end: number): Piece[] {
  if (end >= tokens.length) {
    const lastLine = tokens.at(-1)!.cells.at(-1)!.line;
    return pieces.filter((piece) => piece.line > lastLine);
  }
  const next = tokens[end]!.cells[0]!;
  const index = pieces.findIndex((piece) => piece.line === next.line);
  const piece = pieces[index]!;
  const previous = tokens[end - 1]?.cells.at(-1);
  if (previous?.line === next.line) {
    // The header ends inside this line: the body starts where the next cell does.
    return [cut(piece, next.span.start - piece.span.start, piece.text.length, 0), ...pieces.slice(index + 1)];
  }
  return pieces.slice(index);
}

/** A mark cut from a header line stays cut only if the body does not hold it: the body keeps its first line whole. */
function before(fragment: CutFragment, rest: readonly Piece[]): boolean {
  return rest[0] === undefined || fragment.span.start < rest[0].span.start;
}

function toRef(cell: Cell): TextRef {
  return { line: cell.line, text: cell.text, span: cell.span };
}
