/**
 * Named date and time patterns, built from small parts. Each carries named
 * groups; `parse-date.ts` turns a match into ISO values.
 */

const DAY = String.raw`(?<day>[0-3]?\d)`;
const MONTH = String.raw`(?<month>[01]?\d)`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;
const HOUR = String.raw`(?<hour>[0-2]?\d)`;
const MINUTE = String.raw`(?<minute>[0-5]\d)`;
const SEP = String.raw`\s*[/.\-]\s*`;

// 06/01/2021 · 7/3/2019 · 17-12-2020
export const NUMERIC_DATE = String.raw`${DAY}${SEP}${MONTH}${SEP}${YEAR}`;

// ngày 06 tháng 01 năm 2021 · ngày 24 tháng 3 năm 2020
// Ngày 30 tháng 12 năm 2016 (a line-initial capital)
export const SPELLED_DATE = String.raw`[Nn]gày\s+${DAY}\s+[Tt]háng\s+${MONTH}\s+[Nn]ăm\s+${YEAR}`;

// 16:30 · 09:31 · 9h31 · 16:30:05
export const CLOCK = String.raw`${HOUR}\s*[:hH]\s*${MINUTE}(?::\d{2})?`;

// Thứ Năm · Thứ năm · Thứ 5 · Chủ nhật · T5
// (Capitals written out, so patterns without the `i` flag read both `Thứ Năm` and `thứ năm`.)
export const WEEKDAY = String.raw`(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật|CN|T[2-7])`;

/**
 * A line that is only a publication time, as portals print it:
 *   Thứ Năm, 17/12/2020 16:30
 *   Thứ năm - 08/07/2021 09:31
 *   08/07/2021 - 09:31 (GMT+7)
 *   Cập nhật: 17/12/2020 16:30
 *   Ngày đăng: 17/12/2020
 */
export const PUBLICATION_TIME_LINE = new RegExp(
  String.raw`^(?:(?:Cập nhật|Ngày đăng|Ngày cập nhật|Đăng ngày|Ngày)\s*:?\s*)?(?:${WEEKDAY}\s*[,\-–]?\s*)?(?:ngày\s+)?${NUMERIC_DATE}(?:\s*[,\-–|]?\s*(?:lúc\s+)?${CLOCK})?(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?)?$`,
  'iu',
);

// Hải Phòng · TP. Hồ Chí Minh · Lào cai (a copy's lowercase) · Phan Rang-Tháp Chàm
const PLACE = String.raw`\p{Lu}[\p{L}.'\- ]{0,40}?`;
// A date line left blank in a draft, or with a part the copy lost:
//   ngày      tháng 6 năm 2021 · ngày 31 tháng năm 2009
// (Each run of blanks is one quantifier: two side by side backtrack quadratically on a long run of spaces.)
const BLANK_DATE = String.raw`(?<blank>[Nn]gày[\d.…_\s]*[Tt]háng[\d.…_\s]*[Nn]ăm(?:\s*(?:19|20)\d{2})?)`;

/**
 * Place and date of an official document, or a news item's dateline:
 *   Hải Phòng, ngày 06 tháng 01 năm 2021
 *   Hà Nội, ngày 7/3/2019
 *   Quy Nhơn, ngày      tháng 6 năm 2021 (a draft: the day is blank)
 */
export const PLACE_DATE_LINE = new RegExp(
  String.raw`^(?<place>${PLACE})\s*,\s*(?:(?:${SPELLED_DATE})|(?:[Nn]gày\s+${NUMERIC_DATE})|${BLANK_DATE})\s*\.?$`,
  'u',
);

/** A date alone on a header line, without its place: `Ngày 07-9-2015` · `ngày 25 tháng 01 năm 2007`. */
export const DATE_ONLY_LINE = new RegExp(String.raw`^(?:${SPELLED_DATE}|[Nn]gày\s+${NUMERIC_DATE})\s*\.?$`, 'u');

/** Where a place and date begins inside a cell: `Hạnh phúc Hà Nội, ngày 29 tháng 03 năm 2022`. */
export const PLACE_DATE_START = new RegExp(String.raw`(?<![\p{L}\p{N}/\-])(?<place>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*,\s*[Nn]gày(?![\p{L}])`, 'gu');

// 18:15 PM · 9:05 am: a 12-hour clock's half of the day.
const MERIDIEM = String.raw`(?:\s*(?<meridiem>[AaPp]\.?\s?[Mm]\.?)(?![\p{L}]))?`;
// 11 Tháng 12 2023 · 11 tháng 12, 2023 (the month spelled, no `năm`)
const SPELLED_MONTH_DATE = String.raw`${DAY}\s+[Tt]háng\s+${MONTH}\s*,?\s+(?:năm\s+)?${YEAR}`;
// A news date: 06/05/2019 · 15-04-2024 · ngày 15-04-2024 · 11 Tháng 12 2023
const NEWS_DATE = String.raw`(?:[Nn]gày\s+)?(?:${NUMERIC_DATE}|${SPELLED_MONTH_DATE})`;
// Cập nhật lúc: · Ngày đăng: · Đăng ngày · Thời gian đăng: · Ngày: (labels portals print before the time)
// Ngày phát hành 13:30 | 16/9/2021 · (21/09/2022) · VĂN HÀO - TRẦN HỮU 30/04/2016 11:39 (a byline before it)
const TIME_LABEL = String.raw`(?:(?:[Cc]ập\s+nhật(?:\s+lúc)?|[Nn]gày\s+(?:đăng|cập\s+nhật|xuất\s+bản|phát\s+hành)|[Đđ]ăng\s+(?:ngày|lúc)|[Tt]hời\s+gian\s+đăng|[Xx]uất\s+bản|[Nn]gày)\s*(?::\s*)?|\(\s*)`;
// A byline in capitals on the time's line: `VĂN HÀO - TRẦN HỮU`; not words of a sentence (`Văn bản số 15/03/2020`).
// (The time patterns have no `i` flag: under it `\p{Lu}` would match small letters too.)
const BYLINE_BEFORE = String.raw`(?<byline>\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3}(?:\s*[-–,]\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3})*\s+)`;
// Thứ Năm, · Thứ năm - · Thứ hai, (before a date)
const WEEKDAY_PREFIX = String.raw`(?:${WEEKDAY}\s*(?:[,\-–]\s*)?)`;
// (GMT+7) · GMT+7 (after the clock)
const GMT = String.raw`(?:\s*(?:\(\s*)?GMT\s*[+-]\s*\d{1,2}(?:\s*\))?)?`;

/**
 * A news item's publication time at the start of a line, date first, with
 * whatever the portal put after it (`rest`):
 *   Thứ tư, 31/07/2024 18:15 PM - 0 Trả lời
 *   Ngày đăng: 08/07/2024  11:38
 *   Thứ hai, 11 Tháng 12 2023 16:03
 *   20/11/2017 16:34' Gửi bài này In bài này
 */
export const PUBLICATION_DATE_FIRST = new RegExp(
  String.raw`^${BYLINE_BEFORE}?(?<label>${TIME_LABEL})?${WEEKDAY_PREFIX}?${NEWS_DATE}(?:\s*(?:[,\-–|]\s*)?(?:[Ll]úc\s+)?${CLOCK}${MERIDIEM})?${GMT}(?<rest>.*)$`,
  'u',
);

/**
 * The same with the clock first:
 *   17:18 10/06/2020 | Lượt xem : 15846
 *   Cập nhật lúc: 18:59 03/01/2018
 *   00:42, ngày 15-04-2024
 */
export const PUBLICATION_CLOCK_FIRST = new RegExp(
  String.raw`^(?<label>${TIME_LABEL})?${WEEKDAY_PREFIX}?${CLOCK}${MERIDIEM}\s*(?:[,\-–|]\s*)?${WEEKDAY_PREFIX}?${NEWS_DATE}${GMT}(?<rest>.*)$`,
  'u',
);
