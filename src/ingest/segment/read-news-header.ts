import { PLACE_DATE_LINE, PUBLICATION_CLOCK_FIRST, PUBLICATION_DATE_FIRST } from '../patterns/dates.ts';
import type { Piece } from './pieces.ts';
import type { NewsHeader } from './segments.ts';

// A news item's headline and time stand in the first few content lines, after the portal's chrome.
const WINDOW_PIECES = 12;
// How far from its time a headline may stand (a byline or a section label may come between).
const HEADLINE_REACH = 4;
// What a portal prints after the time on its line: ` - 0 Trả lời`, ` | Lượt xem : 15846`, `' Gửi bài này In bài này`.
const MAX_TIME_TAIL = 60;

export interface PublicationTime {
  groups: Record<string, string | undefined>;
  /** The time carries a clock or a label (`Ngày đăng:`), so it is the item's own, not the day a page was viewed. */
  firm: boolean;
}

/**
 * A publication time at the start of a line, with at most a short tail of
 * portal widgets after it; not a lede that opens with a date
 * (`Ngày 29/12/2017, UBND tỉnh đã ban hành …`).
 */
export function readPublicationTime(text: string): PublicationTime | undefined {
  const match = PUBLICATION_DATE_FIRST.exec(text) ?? PUBLICATION_CLOCK_FIRST.exec(text);
  const groups = match?.groups;
  if (!groups) return undefined;
  const rest = groups['rest'] ?? '';
  if (rest.length > MAX_TIME_TAIL || /^\s*,\s*\p{L}/u.test(rest) || /^\s*\p{Ll}/u.test(rest)) return undefined;
  return { groups, firm: groups['hour'] !== undefined || (groups['label'] !== undefined && !/^Ngày\s*$/iu.test(groups['label'].trim())) };
}

export interface ReadNews {
  news: NewsHeader;
  /** Index of the first piece of the item: what stands before it is the portal's. */
  start: number;
  /** The pieces the header holds, by index. */
  used: Set<number>;
}

/**
 * The headline, publication time and dateline of a news item, found by
 * structure: the time line (preferring one with a clock or a label over a
 * page-view banner such as `Thứ 3, Ngày 16/07/2024 -`), the heading-like line
 * nearest before it (else after it), and a `<place>, ngày …` dateline.
 */
export function readNewsHeader(pieces: readonly Piece[]): ReadNews {
  const window = pieces.slice(0, WINDOW_PIECES);
  const times = window.flatMap((piece, index) => {
    const time = readPublicationTime(piece.text);
    return time ? [{ index, time }] : [];
  });
  const chosen = times.find((candidate) => candidate.time.firm) ?? times[0];
  const news: NewsHeader = {};
  const used = new Set<number>();
  if (chosen) {
    news.time = pieces[chosen.index]!;
    used.add(chosen.index);
  }
  const timeAt = chosen?.index;
  const headline = findHeadline(window, timeAt, times.map((candidate) => candidate.index));
  if (headline !== undefined) {
    news.headline = pieces[headline]!;
    used.add(headline);
  }
  const datelineAt = window.findIndex((piece, index) => !used.has(index) && index <= Math.max(headline ?? 0, timeAt ?? 0) + 1 && PLACE_DATE_LINE.test(piece.text));
  if (datelineAt !== -1) {
    news.dateline = pieces[datelineAt]!;
    used.add(datelineAt);
  }
  const start = used.size === 0 ? 0 : Math.min(...used);
  return { news, start, used };
}

function findHeadline(window: readonly Piece[], timeAt: number | undefined, timeLines: readonly number[]): number | undefined {
  const candidate = (index: number, strict = false) => index >= 0 && index < window.length && !timeLines.includes(index) && looksLikeHeadline(window[index]!.text, strict);
  if (timeAt === undefined) {
    // No time: the headline is the first line (after a dateline), if it reads as one (not a lede) and something follows it.
    const first = window[0] && PLACE_DATE_LINE.test(window[0].text) ? 1 : 0;
    return window.length > first + 1 && candidate(first, true) ? first : undefined;
  }
  // Nearest before the time, but not a byline's affiliation (`TS TRẦN THANH HUYỀN` / `Đại học Quốc gia Hà Nội`).
  for (let index = timeAt - 1; index >= Math.max(0, timeAt - HEADLINE_REACH); index--) if (candidate(index) && !(index > 0 && BYLINE.test(window[index - 1]!.text))) return index;
  for (let index = timeAt + 1; index <= timeAt + HEADLINE_REACH; index++) if (candidate(index)) return index;
  return undefined;
}

// A lede opens with a time: `Sáng 17/12,` · `Chiều 13-3` · `Hôm nay 6-5-2019,`.
const LEDE_OPENING = /^(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm\s+nay|Hôm\s+qua|Vừa\s+qua|Trong\s+(?:ngày|tuần|tháng|năm))(?![\p{L}])/u;
// A byline or source line: `TS TRẦN THANH HUYỀN` · `ThS LÊ VĂN CƯỜNG` · `HOÀNG THƠ |`.
const BYLINE = /^(?:(?:TS|ThS|PGS|GS|NCS|CN|KS|Ths)\.?\s+)?\p{Lu}+(?:\s+\p{Lu}+){1,4}\s*\|?$/u;
// `Trang chủ    Đào tạo - Bồi dưỡng    …`: a breadcrumb, not a headline.
const BREADCRUMB = /^Trang\s+chủ(?:\s{2,}|\s*[>»|/])/iu;

/**
 * One line, a few words, no final full stop or colon, not a byline or a breadcrumb.
 * `strict` when nothing else marks it as the headline: then not a lede either
 * (next to a time line, `Hôm nay, Trung tâm … đi vào hoạt động` is a headline).
 */
export function looksLikeHeadline(text: string, strict = false): boolean {
  const words = text.split(/\s+/u).filter(Boolean).length;
  return (
    words >= 3 &&
    text.length <= 300 &&
    !/[.;:,]$/u.test(text) &&
    !(strict && LEDE_OPENING.test(text)) &&
    !BYLINE.test(text) &&
    !BREADCRUMB.test(text) &&
    /^[\p{Lu}\p{N}“"'‘(]/u.test(text)
  );
}
