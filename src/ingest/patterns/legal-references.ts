/**
 * Named patterns for references to other documents, built from small parts.
 * Each part has a real example from the sources or from DOMAIN.md above it.
 */
import { NUMERIC_DATE, SPELLED_DATE } from './dates.ts';

// Nghị định · Quyết định · Văn bản · Báo cáo thẩm định (longest first, so `Thông tư liên tịch` wins over `Thông tư`).
export const TYPE_WORDS = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Báo cáo thẩm định', 'Thông báo kết luận', 'Nghị định', 'Nghị quyết', 'Quyết định',
  'Chỉ thị', 'Thông tư', 'Thông báo', 'Kế hoạch', 'Công văn', 'Văn bản', 'Tờ trình', 'Báo cáo', 'Hướng dẫn', 'Chương trình', 'Đề án',
  'Quy chế', 'Quy định', 'Công điện', 'Pháp lệnh', 'Kết luận', 'Biên bản', 'Giấy mời', 'Luật',
] as const;
const TYPE_WORD = `(?<type>${TYPE_WORDS.map((word) => word.replace(/ /gu, '\\s+')).join('|')})`;

// khoản 2 Điều 3 · điểm a khoản 1 Điều 5 · Điều 5 (the part of the document cited)
const PART = String.raw`(?<part>(?:điểm\s+\p{Ll}\s+)?(?:khoản\s+\d+\s+)?Điều\s+\d+\p{Ll}?\s+(?:của\s+)?)`;

// 61 · 107 và 108 · 62, 143 (serials sharing the rest of one symbol)
const SERIALS = String.raw`(?<serials>\d{1,5}\p{Ll}?(?:\s*(?:,|và)\s*\d{1,5}\p{Ll}?)*)`;
// NĐ-CP · TT- BVHTTDL · UBND-NC · QĐ-TTG · NĐCP (letters first, so 119/133 is not a symbol)
const SYMBOL = String.raw`(?<symbol>\p{L}[\p{L}\d&]*(?:\s*-\s*[\p{L}\d&]+)*)`;

/**
 * A number and symbol, or several sharing one symbol:
 *   61/2018/NĐ-CP · 08 /TB-UBND · 107 và 108/2020/NĐ-CP · 57-NQ/TW
 */
const NUMBER = String.raw`(?:${SERIALS}\s*(?:/\s*(?<year>(?:19|20)\d{2})\s*)?/\s*${SYMBOL}|(?<party>\d{1,4}\s*-\s*\p{L}+\s*/\s*\p{L}+))`;

/**
 * A reference: an optional part, an optional type word, `số`, the number.
 *   Nghị định số 61/2018/NĐ-CP · Quyết định 587/QĐ-UBND · khoản 2 Điều 3 Nghị định số 107/2020/NĐ-CP
 *   (số 62/2020/NĐ-CP; … · Nghị quyết 57-NQ/TW
 * Spaces may be line breaks: PDF copies break a reference across lines. The `d` flag gives group indices.
 */
export const REFERENCE = new RegExp(String.raw`(?<![\p{L}\d/])${PART}?(?:${TYPE_WORD}\s+)?(?<so>số\s*:?\s*)?${NUMBER}(?![\p{L}\d])`, 'dgiu');

/** What may follow a reference's number: its date. `ngày 23/4/2018`, `, ngày 23 tháng 4 năm 2018`. */
export const DATE_AFTER_NUMERIC = new RegExp(String.raw`^\s*,?\s*(?:ban hành\s+)?ngày\s+${NUMERIC_DATE}`, 'iu');
export const DATE_AFTER_SPELLED = new RegExp(String.raw`^\s*,?\s*(?:ban hành\s+)?${SPELLED_DATE}`, 'iu');

// Heads of issuing bodies: Chính phủ · Thủ tướng Chính phủ · Bộ Ngoại giao · Ủy ban nhân dân thành phố · UBND tỉnh · Sở
const ISSUER_HEAD = String.raw`(?:Thủ\s+tướng\s+Chính\s+phủ|Văn\s+phòng\s+Chính\s+phủ|Thanh\s+tra\s+Chính\s+phủ|Chính\s+phủ|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Quốc\s+hội|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Bộ|Sở|Văn\s+phòng|Thanh\s+tra|Ban|Tỉnh\s+ủy|Thành\s+ủy)`;
// Words that end an issuer phrase: `của Chính phủ về …`, `của Bộ Ngoại giao tại Quyết định …`
const ISSUER_END = String.raw`(?=\s+(?:về|và|để|tại|theo|đã|có|quy\s+định|hướng\s+dẫn|ban\s+hành|thì|nhằm|được|cho|với|trong)(?![\p{L}])|\s*[,;:.)(\n]|\s*$)`;

/** `của Chính phủ` · `của Ủy ban nhân dân thành phố` · `của UBND tỉnh Quảng Ninh` after a reference. */
export const ISSUER_AFTER = new RegExp(String.raw`^\s*,?\s*của\s+(?<issuer>${ISSUER_HEAD}(?:\s+[\p{L}&\-]+)*?)${ISSUER_END}`, 'u');

/**
 * `theo ủy quyền của Bộ Ngoại giao tại` · `UBND tỉnh có` · `Chính phủ ban hành` just before a reference.
 * Tried from each head in the window, last first, so `Sở đã tham mưu UBND tỉnh có` gives `UBND tỉnh`.
 */
export const ISSUER_HEAD_AT = new RegExp(ISSUER_HEAD, 'gu');
export const ISSUER_BEFORE = new RegExp(String.raw`^(?<issuer>${ISSUER_HEAD}(?:\s+[\p{L}&\-]+)*?)\s+(?:tại|có|ban\s+hành|phê\s+duyệt\s+tại|đã\s+ban\s+hành)\s+$`, 'u');

/** `về việc kiểm tra …` · `về tổ chức và quản lý …` after a reference: its subject. */
export const SUBJECT_AFTER = /^\s*,?\s*về\s+(?:việc\s+)?/u;
// The subject runs to the end of its clause: `;`, `:`, `.`, a line end, or a comma before a capital (`…năm 2020, Thông báo số…`).
export const SUBJECT_END = /[;:\n]|\.(?:\s|$)|,\s+(?=\p{Lu})|\s+\(|$/u;

/** `Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`: a law by name and date, without a number. */
export const LAW_BY_NAME = new RegExp(String.raw`(?<![\p{L}])Luật\s+(?<name>\p{Lu}[\p{L}]*(?:\s+[\p{L},]+?)*?)\s+(?=(?:${SPELLED_DATE}|ngày\s+${NUMERIC_DATE}|năm\s+(?:19|20)\d{2}))`, 'gu');
// After the name: `năm 2015` when the date is not given.
export const LAW_YEAR = /^\s*năm\s+(?<year>(?:19|20)\d{2})/u;

/**
 * `Quyết định nêu trên` · `Nghị định nói trên` · `Thông tư trên đây`: points back to an earlier reference.
 * Capitalised, and never a bare `trên`: `theo quy định trên Cổng thông tin` is not one.
 */
export const BACK_REFERENCE = new RegExp(String.raw`(?<![\p{L}])${TYPE_WORD}\s+(?:nêu\s+trên|nói\s+trên|đã\s+nêu|trên\s+đây)(?![\p{L}])`, 'gu');

/** Words before a reference that say how the citing text relies on it, closest first. */
export const RELATIONS: readonly { relation: 'basis' | 'implementation' | 'compliance'; pattern: RegExp }[] = [
  // Căn cứ Nghị định số … · Căn cứ vào …
  { relation: 'basis', pattern: /căn\s+cứ(?:\s+vào)?/giu },
  // Thực hiện Kế hoạch số … · Triển khai Nghị định … · triển khai thực hiện …
  { relation: 'implementation', pattern: /(?:triển\s+khai(?:\s+thực\s+hiện)?|thực\s+hiện)(?![\p{L}])/giu },
  // theo quy định tại Thông tư … · theo Nghị định … · quy định tại …
  { relation: 'compliance', pattern: /(?:theo\s+quy\s+định\s+(?:tại|của)|quy\s+định\s+tại|theo\s+yêu\s+cầu\s+tại|theo\s+hướng\s+dẫn\s+tại|theo)(?![\p{L}])/giu },
];

/** Standards, not legal documents: `ISO 9001:2015` · `TCVN ISO 9001:2015` · `ISO/IEC 27001:2013`. */
export const STANDARD = /(?<![\p{L}\d])(?:TCVN\s+)?ISO(?:\/IEC)?\s+\d{3,5}(?:-\d+)?(?::\s?(?:19|20)\d{2})?(?![\d])/gu;
