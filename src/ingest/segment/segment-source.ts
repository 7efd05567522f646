import { ANNEX_NOTE, BODY_OPENER, CLOSING_MARK, ENACTING_CLOSE, ENDS_SENTENCE, isUppercaseLine, LIST_MARKER, RECIPIENTS_HEADING, ROMAN_SECTION, SIGNING_FORM, STARTS_LOWERCASE } from '../patterns/document-parts.ts';
import type { CleanLine } from '../types.ts';
import { isTypeHeading } from './header-tokens.ts';
import { toPieces, type Piece } from './pieces.ts';
import { readDocumentHeader, readHeadingOnly } from './read-document-header.ts';
import { readNewsHeader, type ReadNews } from './read-news-header.ts';
import { emptyHeader, type Block, type CutFragment, type DocumentHeader, type Segments, type TextRef } from './segments.ts';

// A signing block has a form line, a position or two and a name.
const MAX_SIGNATURE_LINES = 8;
// `PHÓ CHỦ TỊCH THƯỜNG TRỰC`: a position in capitals is short; a longer capital line is an annex's title.
const MAX_POSITION_LENGTH = 50;
// How far into a body-only excerpt the signs of an official text are looked for.
const BODY_CUE_PIECES = 40;

/**
 * Splits a cleaned source into header, body, closing formula, recipients and
 * signing block. A text is an official document when its header is found
 * anywhere in its opening, or, without a header, when its body reads as one
 * (`Căn cứ …;`, `Điều 1.`, `Kính gửi:`) and nothing marks it as news.
 * `kind` from an archivist's sidecar wins over detection.
 *
 * The opening is read once, and what it shows decides both the segments and
 * the page chrome only the structure reveals: the lines above a document's
 * header (menus, tabs, a legal library's metadata block, lists of related
 * documents) or above a news item's headline and time (banners, section
 * labels). Those come back as chrome lines with their reason, so the record
 * lists them and nothing is lost.
 */
export function segmentSource(lines: readonly CleanLine[], kindHint?: 'document' | 'news'): { segments: Segments; lines: CleanLine[] } {
  const pieces = toPieces(lines);
  const read = kindHint === 'news' ? undefined : readDocumentHeader(pieces);
  if (read) return { segments: segmentDocument(read.rest, read.header, read.cutAway), lines: markBefore(lines, pieces, read.start, 'before-header') };
  const news = kindHint === 'document' ? undefined : readNewsHeader(pieces);
  if (news && (kindHint === 'news' || headerlessKind(pieces, news) === 'news')) {
    return { segments: segmentNews(pieces, news), lines: markBefore(lines, pieces, { piece: news.start, offset: 0 }, 'before-headline') };
  }
  const heading = readHeadingOnly(pieces);
  return { segments: heading ? segmentDocument(heading.rest, heading.header, heading.cutAway) : segmentDocument(pieces, emptyHeader(), []), lines: [...lines] };
}

/** The lines before where the text starts become chrome with `reason`; text before it on its own line, a fragment. */
function markBefore(lines: readonly CleanLine[], pieces: readonly Piece[], start: { piece: number; offset: number }, reason: string): CleanLine[] {
  if (start.piece <= 0 && start.offset === 0) return [...lines];
  const startLine = pieces[start.piece]!.line;
  return lines.map((line) => {
    if (line.no < startLine && line.role === 'content') {
      // The whole line is removed, fragments cut from it before included: its span is the trimmed line's.
      const lead = line.text.length - line.text.trimStart().length;
      const trimmed = line.text.trim();
      return { ...line, role: 'chrome', reason, fragments: [], content: '', contentSpan: { start: line.start + lead, end: line.start + lead + trimmed.length } };
    }
    if (line.no === startLine && start.offset > 0) {
      const before = line.content.slice(0, start.offset).trim();
      return {
        ...line,
        fragments: [...line.fragments, { text: before, reason, span: { start: line.contentSpan.start, end: line.contentSpan.start + before.length } }],
        content: line.content.slice(start.offset),
        contentSpan: { start: line.contentSpan.start + start.offset, end: line.contentSpan.end },
      };
    }
    return line;
  });
}

// Signs of an official text's body, without its header. Strong ones outweigh a
// portal's posting time (a công văn posted with `Đăng ngày: …`):
//   PHẦN MỞ ĐẦU · Kính gửi: · Điều 1. · QUYẾT ĐỊNH: · (Ban hành kèm theo Quyết định số …)
const STRONG_BODY_CUES = [
  // PHẦN MỞ ĐẦU · PHẦN I · CHƯƠNG II (the parts of a report or a regulation, a line of their own)
  /^(?:PHẦN\s+(?:MỞ\s+ĐẦU|THỨ\s+\p{Lu}+|[IVXL]+)|CHƯƠNG\s+[IVXL\d]+)\s*[.:]?$/u,
  /^Kính\s+gửi\s*:/u, /^Điều\s+1\s*[.:]/u, /^(?:QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|QUYẾT\s+NGHỊ)\s*:$/u, ANNEX_NOTE];
// Weak ones count when no time marks the text as news:
//   Căn cứ Luật … ; · Thực hiện Thông tư số … ;
//   … Chủ tịch UBND tỉnh yêu cầu … tập trung triển khai thực hiện các nội dung sau: (a directive's formula;
//   not a report's `… đã có kết luận về cuộc họp như sau:`)
const WEAK_BODY_CUES = [
  /^(?:Căn\s+cứ|Thực\s+hiện|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị)(?![\p{L}]).*[;,]$/u,
];

/** A directive's enacting sentence: a body requires that the listed things be done (`… yêu cầu … thực hiện các nội dung sau:`). */
function isDirectiveFormula(text: string): boolean {
  return ENACTING_CLOSE.test(text) && /yêu\s+cầu/u.test(text) && /thực\s+hiện|triển\s+khai/u.test(text);
}
// Signs of a news item: a wire prefix `(CLO)`, `(GLO)-`, `TCCS -`, a photo credit.
const NEWS_CUES = [/^\(\p{Lu}{2,6}\)\s*[-–]?/u, /^\p{Lu}{3,6}\s+[-–]\s/u, /(?:^|\s)Ảnh\s*:\s*\p{Lu}/u];

/** A text without a document header: an official text's body, or a news item. */
function headerlessKind(pieces: readonly Piece[], news: ReadNews): 'document' | 'news' {
  const opening = pieces.slice(0, BODY_CUE_PIECES);
  const has = (cues: readonly RegExp[]) => opening.some((piece) => cues.some((cue) => cue.test(piece.text)));
  if (has(NEWS_CUES)) return 'news';
  if (has(STRONG_BODY_CUES)) return 'document';
  if (news.news.time !== undefined) return 'news';
  return has(WEAK_BODY_CUES) || opening.some((piece) => isDirectiveFormula(piece.text)) || (opening[0] !== undefined && isTypeHeading(opening[0].text)) ? 'document' : 'news';
}


/** A line continues the one before: cut mid-sentence, by a page break or a wrap. */
function continues(previous: TextRef, next: TextRef): boolean {
  return !ENDS_SENTENCE.test(previous.text) && STARTS_LOWERCASE.test(next.text);
}

// A line that stops on a word that cannot end a clause: `… Tờ trình số` / `42/TTr-VPUB …` · `… của` / `Bộ Nội vụ`.
const OPEN_ENDING = /(?<![\p{L}])(?:số|của|và|về|tại|theo|ngày|các|những|cho|với|trong|được|là|đến|từ|hoặc|thuộc|trên|giữa)$/u;

/**
 * In an official text a line that stops mid-sentence goes on in the next one even when
 * that starts with a capital, as legal libraries' copies break lines:
 *   … trên Cổng thông tin điện tử / Chính phủ; · Theo đề nghị tại Tờ trình số / 42/TTr-VPUB ngày …
 * when the next line closes the clause or the line stops on a word that cannot end one, and the
 * next does not open a block of its own (`Căn cứ`, `Điều 2.`, `1.`, a heading in capitals).
 * Not the rows of a flattened table: `Sở Nội vụ … 95% hồ sơ` / `Sở Tư pháp … 90% hồ sơ`.
 */
function wraps(previous: Block, next: Piece): boolean {
  const last = previous.refs.at(-1)!;
  return (
    (previous.type === 'paragraph' || previous.type === 'list-item') &&
    next.gapBefore === 0 &&
    !ENDS_SENTENCE.test(last.text) &&
    !/[,;:]$/u.test(last.text) &&
    (/[.;,:]$/u.test(next.text) || OPEN_ENDING.test(last.text)) &&
    !BODY_OPENER.test(next.text) &&
    !isUppercaseLine(next.text) &&
    !isUppercaseLine(last.text)
  );
}

function segmentDocument(pieces: readonly Piece[], header: DocumentHeader, cutAway: CutFragment[]): Segments {
  const tail = readTail(pieces, 0);
  const body = toBlocks(pieces.slice(0, tail.bodyEnd), false);
  // An attached plan or regulation after the signing block (`KẾ HOẠCH` / `(Ban hành kèm theo Quyết định số …)`).
  const annexAt = tail.signature.findIndex((ref) => isTypeHeading(ref.text) || ANNEX_NOTE.test(ref.text) || (isUppercaseLine(ref.text) && ref.text.length > MAX_POSITION_LENGTH));
  const signature = annexAt === -1 ? tail.signature : tail.signature.slice(0, annexAt);
  const appendix = annexAt === -1 ? [] : toBlocks(tail.signature.slice(annexAt).map((ref) => ({ ...ref, gapBefore: 0 })), false);
  const last = body.at(-1);
  const closing = last && last.type === 'paragraph' && CLOSING_MARK.test(last.refs.at(-1)!.text) ? body.pop() : undefined;
  return {
    kind: 'document',
    cutAway,
    document: header,
    body,
    ...(closing ? { closing } : {}),
    ...(tail.recipients ? { recipients: tail.recipients } : {}),
    signature,
    ...(appendix.length > 0 ? { appendix } : {}),
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

function segmentNews(pieces: readonly Piece[], read: ReadNews): Segments {
  // Lines between the headline and the time (a byline, a section label) stay in the body.
  const body = pieces.filter((_piece, index) => !read.used.has(index) && index >= read.start);
  return { kind: 'news', cutAway: [], news: read.news, body: toBlocks(body, true), signature: [] };
}

function toBlocks(pieces: readonly Piece[], news: boolean): Block[] {
  const blocks: Block[] = [];
  for (const piece of pieces) {
    const previous = blocks.at(-1);
    const marker = LIST_MARKER.exec(piece.text);
    if (previous && !marker && previous.type !== 'caption' && (continues(previous.refs.at(-1)!, piece) || (!news && wraps(previous, piece)))) {
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
