// Figures of reform results, built from small named parts.
import { BULLET } from './document-parts.ts';

// 119 · 04 · 1.250 (thousands written with a dot)
const INTEGER = String.raw`\d{1,3}(?:\.\d{3})+|\d{1,6}`;
// 89,47 · 0,84 · 100 (decimal comma)
const DECIMAL = String.raw`\d{1,3}(?:,\d{1,2})?`;

// What is counted. Units that measure reform work, longest first; not `năm` (years),
// `phòng` (a body's own departments) or `văn bản` (documents a text mentions).
export const UNIT = String.raw`(?<unit>thủ\s+tục\s+hành\s+chính|dịch\s+vụ\s+công(?:\s+trực\s+tuyến)?|nhiệm\s+vụ|hồ\s+sơ|thủ\s+tục|TTHC|biên\s+chế|ngày\s+làm\s+việc|ngày|cuộc(?:\s+kiểm\s+tra)?|lượt|sở,\s+ngành|sở,\s+ban,\s+ngành|quận,\s+huyện|tỉnh,\s+thành\s+phố|đơn\s+vị|cán\s+bộ,\s+công\s+chức(?:,\s+viên\s+chức)?)(?![\p{L}])`;

// 119/133 · **hoàn thành 119/133** nhiệm vụ = 89,47% · 35/35 nhiệm vụ
// Not a date (16/12/2020, ngày 25/9) nor a number (33/KH-UBND, 61/2018/NĐ-CP).
export const RATIO = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,])(?<value>${INTEGER})\s*\/\s*(?<of>${INTEGER})(?![\p{N}/\-\p{L}])(?:\**\s*${UNIT})?(?:\s*=\s*(?<percent>${DECIMAL})\s*%)?`,
  'gu',
);

// đứng thứ 5/20 sở, ngành · xếp thứ 3/63 tỉnh, thành phố
export const RANK = new RegExp(String.raw`thứ\s+(?<value>\d{1,3})\s*\/\s*(?<of>\d{1,3})\s+${UNIT}`, 'gu');

// 89,47% · 100% · 0,84 %
export const PERCENT = new RegExp(String.raw`(?<![\p{L}\p{N},.])(?<percent>${DECIMAL})\s*%`, 'gu');

// giảm … từ 15 ngày xuống 7 ngày · từ 20 ngày còn 12 ngày · tăng từ 45% lên 60%
// The spaces before the unit sit inside its group: `\s*(?:%|unit)?\s+` could share a run of
// spaces between its two quantifiers in every way, quadratic in the run when nothing follows.
export const CHANGE = new RegExp(
  String.raw`từ\s+(?<from>${DECIMAL})(?:\s*(?:%|${UNIT}))?\s+(?:xuống(?:\s+còn)?|còn|lên|tăng\s+lên|giảm\s+xuống)\s+(?<to>${DECIMAL})\s*(?:%|\s+(?:${UNIT.replace('(?<unit>', '(?:')}))?`,
  'gu',
);

// 40 nhiệm vụ · 257 hồ sơ TTHC · 04 nhiệm vụ · 70 biên chế trên tổng số 75 biên chế
export const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,])(?<value>${INTEGER})\s+${UNIT}(?:\s+trên\s+tổng\s+số\s+(?<of>${INTEGER})(?:\s+[\p{L}]+){0,2})?`,
  'gu',
);

// A figure that is a goal, not a result: the section or sentence looks ahead.
// III. Trong thời gian tới, yêu cầu … · Năm 2021, Sở … duy trì … · phấn đấu đạt 100%
export const TARGET_CUE = /(?:thời\s+gian\s+tới|năm\s+tới|phấn\s+đấu|mục\s+tiêu|đề\s+xuất|kiến\s+nghị|yêu\s+cầu|phương\s+hướng|nhiệm\s+vụ\s+trọng\s+tâm|sẽ\s)/iu;

// Before a count: it was completed (`đã hoàn thành 77 nhiệm vụ`, `**hoàn thành** 77`), of a total given earlier.
// The spaces before `**` sit inside its group, so two quantifiers never share one run of spaces.
export const COMPLETED_BEFORE = /hoàn\s+thành(?:\s*\*\*)?\s*$/u;
// Before a count: the total (`nhận được 107 nhiệm vụ`, `được giao 133`, `tổng số 35`).
export const TOTAL_BEFORE = /(?:nhận\s+được|được\s+giao|tổng\s+số|tổng\s+cộng)\s*$/u;

// `Năm 2021, Sở …` · `- Trong năm 2021, …`: a sentence that opens with a year (a later one looks ahead).
export const YEAR_OPENING = new RegExp(String.raw`^(?:${BULLET}\s*)?(?:Trong\s+)?[Nn]ăm\s+(?<year>(?:19|20)\d{2})`, 'u');
