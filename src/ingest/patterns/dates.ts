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
export const SPELLED_DATE = String.raw`ngày\s+${DAY}\s+tháng\s+${MONTH}\s+năm\s+${YEAR}`;

// 16:30 · 09:31 · 9h31 · 16:30:05
export const CLOCK = String.raw`${HOUR}\s*[:hH]\s*${MINUTE}(?::\d{2})?`;

// Thứ Năm · Thứ năm · Thứ 5 · Chủ nhật · T5
export const WEEKDAY = String.raw`(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|CN|T[2-7])`;

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

/**
 * Place and date of an official document, or a news item's dateline:
 *   Hải Phòng, ngày 06 tháng 01 năm 2021
 *   Hà Nội, ngày 7/3/2019
 *   Quy Nhơn, ngày      tháng 6 năm 2021 (a draft: the day is blank)
 */
export const PLACE_DATE_LINE = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}.'\- ]{0,40}?)\s*,\s*(?:(?:${SPELLED_DATE})|(?:ngày\s+${NUMERIC_DATE})|(?<blank>ngày\s*[.…_\s]*\s*tháng\s*[.…_\s\d]*\s*năm\s*(?:(?:19|20)\d{2})?))\s*\.?$`,
  'u',
);
