/**
 * Named patterns for the parts of an official document (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I) and of a portal news item.
 */

// The word `Số` of a number line, and the garbled `S:` of copies that lost the `ố`,
// but not `Số hiệu:` of a legal library's metadata block: after `Số` comes a colon,
// a full stop or the number itself.
// `Nghị quyết số:` names the type before the word, and then has its colon; a portal's
// heading `Công văn số 1238 ngày 8/11/2016 V/v …` has the number right after it.
const NUMBER_LABEL = String.raw`(?:(?:Số|SỐ|S(?=\s*:))\s*(?:[:.]|(?=\s*\d)|$)|\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+số\s*(?::|(?=\s+\d)))`;

// Số: 08 /TB-UBND · Số: 149 /TB-UBND · Số:   /QĐ-UBND (a draft) · Số 1687/UBND-NC · S: 5157/QĐ-UBND · Số: · Nghị quyết số: 11-NQ/TW
// (The value ends on a non-blank: a lazy value before `\s*$` backtracks quadratically on trailing spaces.)
export const NUMBER_LINE = new RegExp(String.raw`^${NUMBER_LABEL}\s*(?<value>(?:.*\S)?)\s*$`, 'u');

// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM: the state's motto over a state document.
export const NATION_MOTTO = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
// ĐẢNG CỘNG SẢN VIỆT NAM: the motto over a Party document, in capitals (in a sentence it is `Đảng Cộng sản Việt Nam`).
export const PARTY_MOTTO = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
// Độc lập - Tự do - Hạnh phúc · Độc lập – Tự do – Hạnh phúc · Độc lập - Tự - Hạnh phúc (a copy that dropped `do`)
// Độc lập  Tự do  Hạnh phúc (a conversion that lost the dashes)
export const SLOGAN = /Độc\s+lập\s*[-–]?\s*Tự(?:\s+do)?\s*[-–]?\s*Hạnh\s+phúc/iu;
// Either line of the state motto.
export const MOTTO = new RegExp(`${NATION_MOTTO.source}|${SLOGAN.source}`, 'iu');

// -------------- · ______ · ---o0o--- (rules under the header columns)
export const RULE_LINE = /^(?=.{3})(?:[-_=–—.*~\s]|o0o)+$/u;

// V/v kiểm tra công tác cải cách hành chính (the subject of a công văn)
export const SUBJECT_VV = /^V\/v\s*:?\s*(?<subject>.+)$/iu;

// Nơi nhận: · Nơi nhận
export const RECIPIENTS_HEADING = /^Nơi\s+nhận\s*:?/iu;

// The bullets of list items: `-`, `–`, `•` and `+` (a nested item).
export const BULLET = String.raw`[-–•+]`;

// - CT, các PCT UBND TP; · + Như trên; · -Về việc (no space)
// Not a run of dashes or pluses (`---`, `+-`), which is a rule or text, not a bullet.
export const LIST_MARKER = new RegExp(String.raw`^(?<marker>${BULLET})(?!${BULLET})\s*`, 'u');

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

/**
 * A line that opens the body of a document, so the header ends before it:
 *   Căn cứ Luật Tổ chức chính quyền địa phương … · Thực hiện Nghị quyết số 30c/NQ-CP … · Theo đề nghị của …
 *   Xét đề nghị của … · Kính gửi: … · Điều 1. … · Chương I · QUYẾT ĐỊNH: · I. MỤC ĐÍCH, YÊU CẦU · 1. Sự cần thiết
 *   A. HIỆN TRẠNG PHÁT TRIỂN CNTT 2016 · CĂN CỨ LẬP KẾ HOẠCH.
 */
export const BODY_OPENER = /^(?:Căn\s+cứ|CĂN\s+CỨ|Thực\s+hiện|Triển\s+khai|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Kính\s+gửi|Điều\s+\d|Chương\s+[IVXL\d]|Phần\s+(?:[IVXL\d]|thứ)|(?:QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|NGHỊ\s+QUYẾT)\s*:|(?:[IVXL]{1,6}|\d{1,2}|[A-ZĐ])[.)\-]\s)/u;

/**
 * The line naming who enacts a document, under its subject; in capitals:
 *   ỦY BAN NHÂN DÂN TỈNH NGHỆ AN · UỶ BAN NHÂN DÂN TỈNH NGHỆ AN · CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
 *   BỘ TRƯỞNG BỘ NỘI VỤ · THỦ TƯỚNG CHÍNH PHỦ · CHÍNH PHỦ · BAN THƯỜNG VỤ TỈNH ỦY · HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH
 * Not a subject that starts with a verb: `BAN HÀNH QUY CHẾ …`, nor `BỘ MÁY …` (the apparatus, a subject's word).
 */
export const AUTHORITY_LINE = /^(?:(?:PHÓ\s+)?CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|CHÍNH\s+PHỦ|(?:ỦY|UỶ|UỸ)\s+BAN|HỘI\s+ĐỒNG|BAN\s+(?:THƯỜNG\s+VỤ|CHẤP\s+HÀNH|BÍ\s+THƯ|CHỈ\s+ĐẠO)|BỘ\s+CHÍNH\s+TRỊ|GIÁM\s+ĐỐC|CHÁNH\s+(?:VĂN\s+PHÒNG|THANH\s+TRA)|(?:TỔNG\s+)?CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|TỈNH\s+ỦY|THÀNH\s+ỦY|QUỐC\s+HỘI|BỘ\s+(?!MÁY)\p{Lu}+|SỞ\s+\p{Lu}+|THANH\s+TRA\s+(?:TỈNH|THÀNH\s+PHỐ|CHÍNH\s+PHỦ)|VĂN\s+PHÒNG\s+(?:CHÍNH\s+PHỦ|ỦY|UỶ|UBND|TỈNH|THÀNH))(?![\p{L}])/u;

/**
 * The close of an enacting sentence that lists what follows, in a directive or a plan:
 *   … tập trung triển khai thực hiện các nội dung sau: · … như sau: · … thực hiện tốt các nhiệm vụ sau:
 * Not a sentence that merely ends in a colon (`… gồm:`, `Cụ thể:`).
 */
export const ENACTING_CLOSE = /(?:như|nội\s+dung|nhiệm\s+vụ|việc)\s+sau\s*:$/u;

// yêu cầu · triển khai · chỉ đạo · quyết định · giao: what an issuing body does in its enacting sentence.
export const ENACTING_VERB = String.raw`(?:yêu\s+cầu|triển\s+khai|chỉ\s+đạo|quyết\s+định|ban\s+hành|thông\s+báo|hướng\s+dẫn|giao)`;

// (Ban hành kèm theo Quyết định số 7303/QĐ-UBND ngày 21 tháng 10 năm 2013 của …) · (Kèm theo Kế hoạch số …): the note under an annex's title.
export const ANNEX_NOTE = /^\(\s*(?:Ban\s+hành\s+)?kèm\s+theo\s/iu;
