/**
 * Named patterns for the parts of an official document (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I) and of a portal news item.
 */

// Số: 08 /TB-UBND · Số: 149 /TB-UBND · Số:   /QĐ-UBND (a draft) · Số 1687/UBND-NC
export const NUMBER_LINE = /^Số\s*[:.]?\s*(?<value>.*?)\s*$/u;

// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc
export const MOTTO = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/iu;

// V/v kiểm tra công tác cải cách hành chính (the subject of a công văn)
export const SUBJECT_VV = /^V\/v\s*:?\s*(?<subject>.+)$/iu;

// Nơi nhận: · Nơi nhận
export const RECIPIENTS_HEADING = /^Nơi\s+nhận\s*:?/iu;

// - CT, các PCT UBND TP; · + Như trên; · -Về việc (no space)
// Not a run of dashes or pluses (`---`, `+-`), which is a rule or text, not a bullet.
export const LIST_MARKER = /^(?<marker>[-–•+])(?![-–•+])\s*/u;

// I. Về công tác cải cách hành chính nhà nước: · II. · IV.
export const ROMAN_SECTION = /^(?<numeral>[IVXL]{1,6})\.\s+\S/u;

// …thông báo để Sở Ngoại vụ và các cơ quan, đơn vị có liên quan thực hiện./.
export const CLOSING_MARK = /\.?\/\.\s*$/u;

// **TL. ỦY BAN NHÂN DÂN · KT. CHỦ TỊCH · TM. ỦY BAN NHÂN DÂN · TUQ. BỘ TRƯỞNG · Q. GIÁM ĐỐC
export const SIGNING_FORM = /^(?<form>TM|KT|TL|TUQ|Q)\s*\.\s*(?<body>\S.*)$/u;

/** Sentence-final punctuation: a line ending otherwise may continue on the next. */
export const ENDS_SENTENCE = /[.:;!?…"”')\]*]$/u;

/** A line starting with a lowercase letter continues the line before it. */
export const STARTS_LOWERCASE = /^\p{Ll}/u;

/** Every letter is uppercase: `THÔNG BÁO`, `CHÁNH VĂN PHÒNG`. */
export function isUppercaseLine(text: string): boolean {
  const stripped = text.replace(/\*/gu, '');
  return /\p{Lu}/u.test(stripped) && !/\p{Ll}/u.test(stripped);
}
