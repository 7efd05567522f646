/**
 * Named patterns for references to other documents, built from small parts.
 * Each part has a real example from the sources or from DOMAIN.md above it.
 */
import { escapeRegExp } from './escape-reg-exp.ts';
import { NUMERIC_DATE } from './dates.ts';

// ---------------------------------------------------------------------------
// Words as copies write them

// `Ủy` is also written with the old tone placement, `Uỷ`.
const UY = { capital: '(?:Ủy|Uỷ)', any: '(?:[Ủủ]y|[Uu]ỷ)' };

/**
 * A fixed name whose words may start in either case and be split by a line
 * break: `Chính phủ` · `Chính Phủ` · `Chính\nphủ` · `Ủy ban` · `Uỷ ban`. With
 * `capital`, the first word keeps its capital: `Ban` but not `ban`.
 */
function loose(name: string, capital = false): string {
  return name
    .split(' ')
    .map((word, i) => {
      const fixed = capital && i === 0;
      if (/^(?:[Ủủ]y|[Uu]ỷ)$/u.test(word)) return fixed ? UY.capital : UY.any;
      const first = word[0]!;
      const upper = first.toLocaleUpperCase('vi');
      const lower = first.toLocaleLowerCase('vi');
      return `${fixed || upper === lower ? escapeRegExp(first) : `[${upper}${lower}]`}${escapeRegExp(word.slice(1))}`;
    })
    .join(String.raw`\s+`);
}

/** A fixed name as it starts a phrase. */
function capitalised(name: string): string {
  return loose(name, true);
}

/** Alternatives, longest first so `Thủ tướng Chính phủ` wins over `Thủ tướng`. */
function anyOf(names: readonly string[], form: (name: string) => string = loose): string {
  return `(?:${[...names].sort((a, b) => b.length - a.length).map((name) => form(name)).join('|')})`;
}

// A word ends where no letter or digit follows.
const END = String.raw`(?![\p{L}\p{N}])`;

// ---------------------------------------------------------------------------
// Type words

/**
 * How running text names a type, and the type it is. Longest first in the
 * pattern, so `Thông tư liên tịch` wins over `Thông tư`. A qualified name
 * is the type it qualifies: `Thông báo kết luận số 2927 -TB/TU` is a Thông báo.
 */
export const TYPE_WORD_FORMS: readonly { form: string; type: string }[] = [
  ...[
    'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Nghị định', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Thông báo', 'Kế hoạch',
    'Công văn', 'Văn bản', 'Tờ trình', 'Báo cáo', 'Hướng dẫn', 'Chương trình', 'Đề án', 'Quy chế', 'Quy định', 'Công điện', 'Pháp lệnh',
    'Kết luận', 'Biên bản', 'Giấy mời', 'Luật',
  ].map((form) => ({ form, type: form })),
  // Thông báo kết luận số 2927 -TB/TU (the Party's conclusion notice)
  { form: 'Thông báo kết luận', type: 'Thông báo' },
  // Báo cáo thẩm định số 120/BC-STP (the Department of Justice's appraisal report)
  { form: 'Báo cáo thẩm định', type: 'Báo cáo' },
  // Chương trình hành động của Tỉnh ủy số 02-CT/TU
  { form: 'Chương trình hành động', type: 'Chương trình' },
];
const FORMS_LONGEST_FIRST = [...TYPE_WORD_FORMS].sort((a, b) => b.form.length - a.form.length).map(({ form }) => form);
// In case-insensitive patterns (`REFERENCE`): `nghị định`, `Nghị Quyết`, `QUYẾT ĐỊNH`.
const TYPE_WORD = `(?<type>${FORMS_LONGEST_FIRST.map((word) => word.replace(/ /gu, '\\s+')).join('|')})`;
// In case-sensitive patterns: each word in either case.
const TYPE_WORD_LOOSE = anyOf(FORMS_LONGEST_FIRST);

// ---------------------------------------------------------------------------
// Numbers and symbols

// khoản 2 Điều 3 · điểm a khoản 1 Điều 5 · Điều 5 (the part of the document cited)
const PART = String.raw`(?<part>(?:điểm\s+\p{Ll}\s+)?(?:khoản\s+\d+\s+)?Điều\s+\d+\p{Ll}?\s+(?:của\s+)?)`;

// 61 · 107 và 108 · 62, 143 · 30c (serials sharing the rest of one symbol)
const SERIALS = String.raw`(?<serials>\d{1,5}\p{Ll}?(?:\s*(?:,|và)\s*\d{1,5}\p{Ll}?)*)`;
// NĐ-CP · TT- BVHTTDL · UBND-NC · QĐ-TTG · NĐCP · QĐ.TTg (letters first, so 119/133 is not a symbol).
// A copy that lost the space before the date glues it on: `157/2007/NĐ-CPngày 27 tháng 10`; the
// last part stops before such a `ngày` (lazily, so `CPngày` gives `CP`).
const SYMBOL_JOINT = String.raw`(?:\s*-\s*|\.(?=\p{L}))`;
const SYMBOL = String.raw`(?<symbol>\p{L}[\p{L}\d&]*?(?:${SYMBOL_JOINT}[\p{L}\d&]+?)*)(?=(?:ngày)?(?![\p{L}\d&]))`;

/**
 * A number and symbol, or several sharing one symbol:
 *   61/2018/NĐ-CP · 08 /TB-UBND · 107 và 108/2020/NĐ-CP · 57-NQ/TW · 2927 -TB/TU
 */
const NUMBER = String.raw`(?:${SERIALS}\s*(?:/\s*(?<year>(?:19|20)\d{2})\s*)?/\s*${SYMBOL}|(?<party>\d{1,4}\s*-\s*\p{L}+\s*/\s*\p{L}+?(?=(?:ngày)?(?![\p{L}\d]))))`;

/**
 * A number carrying its year (`61/2018/NĐ-CP`, not `33/KH-UBND`): it names one document, whatever the issuer,
 * since a normative document's number never restarts.
 */
export const NUMBER_HAS_YEAR = /\/(?:19|20)\d{2}\//u;

/**
 * A reference: an optional part, an optional type word, `số`, the number.
 *   Nghị định số 61/2018/NĐ-CP · Quyết định 587/QĐ-UBND · khoản 2 Điều 3 Nghị định số 107/2020/NĐ-CP
 *   (số 62/2020/NĐ-CP; … · Nghị quyết 57-NQ/TW · Quyết định số09/2015/QĐ-TTg (a space lost)
 * Spaces may be line breaks: PDF copies break a reference across lines. The `d` flag gives group indices.
 */
export const REFERENCE = new RegExp(String.raw`(?<![\p{L}\d/])${PART}?(?:${TYPE_WORD}\s+)?(?<so>số\s*:?\s*)?${NUMBER}(?=(?:ngày)?(?![\p{L}\d]))`, 'dgiu');

/**
 * A reference by a bare serial, without a symbol, that the words after it
 * confirm as a citation: `Thông báo số 104 của UBND tỉnh` · `Chỉ thị 26 của Thủ tướng Chính phủ` ·
 * `Chỉ thị số 23 về việc …`. Not `Kế hoạch 5 năm`, not `Quyết định số 12, 13 và 14/QĐ-UBND`.
 */
export const BARE_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\d/])${TYPE_WORD}\s+(?:số\s*)?(?<serial>\d{1,5})(?![\p{L}\d/\-–.,:])(?=\s+(?:của|về|ngày)${END})`,
  'giu',
);

// ---------------------------------------------------------------------------
// Dates

const DAY = String.raw`(?<day>[0-3]?\d)`;
const MONTH = String.raw`(?<month>[01]?\d)`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;
// `ngày 23/4/2018` · `ngày17/8/2015` (the space lost in a copy)
const DAY_WORD = String.raw`ngày\s*`;
// ngày 19 tháng 6 năm 2015 · ngày13 tháng 11 năm 2008
const SPELLED = String.raw`${DAY_WORD}${DAY}\s+tháng\s+${MONTH}\s*,?\s+năm\s+${YEAR}`;

/** What may follow a reference's number: its date. `ngày 23/4/2018`, `, ngày 23 tháng 4 năm 2018`, `(ngày 23-4-2019)`. */
export const DATE_AFTER_NUMERIC = new RegExp(String.raw`^\s*[,(]?\s*(?:ban hành\s+)?${DAY_WORD}${NUMERIC_DATE}`, 'iu');
export const DATE_AFTER_SPELLED = new RegExp(String.raw`^\s*[,(]?\s*(?:ban hành\s+)?${SPELLED}`, 'iu');

/** The date that opens the clause of an issuer before a reference: `Ngày 29/12/2017, UBND tỉnh đã ban hành Quyết định …`. */
export const DATE_BEFORE_NUMERIC = new RegExp(String.raw`(?<![\p{L}])${DAY_WORD}${NUMERIC_DATE}\s*,?\s*$`, 'iu');
export const DATE_BEFORE_SPELLED = new RegExp(String.raw`(?<![\p{L}])${SPELLED}\s*,?\s*$`, 'iu');

// ---------------------------------------------------------------------------
// Issuing bodies: a noun phrase, ended by the grammar of the sentence

/**
 * Lower-case words that cannot continue the name of a body, so the name ends
 * before them: prepositions (`của Chính phủ về …`, `tại`), conjunctions
 * (`và`, `hoặc`), auxiliaries (`đã`, `được`), administrative levels (`tỉnh`,
 * read apart as a qualifier), and the verbs that follow an issuer in a citation
 * (`của Bộ trưởng Bộ Nội vụ phê duyệt Đề án …`, `… quy định một số nội dung`).
 * Names continue in lower case only with words outside this set: `Bộ Giao
 * thông vận tải`, `Sở Nông nghiệp và Phát triển nông thôn`.
 */
const FUNCTION_WORDS = [
  // prepositions
  'về', 'tại', 'theo', 'cho', 'với', 'trong', 'để', 'nhằm', 'từ', 'đến', 'trên', 'dưới', 'qua', 'bằng', 'do', 'của', 'ở', 'sau', 'trước',
  'khi', 'vào', 'đối',
  // conjunctions and relatives
  'và', 'hoặc', 'hay', 'nhưng', 'thì', 'mà', 'nên', 'cùng', 'rằng', 'là', 'như',
  // auxiliaries
  'đã', 'đang', 'sẽ', 'vừa', 'mới', 'có', 'được', 'bị', 'cũng', 'đều', 'chưa', 'không', 'cần', 'phải', 'vẫn', 'còn',
  // demonstratives
  'này', 'đó', 'nêu', 'kèm',
  // levels and terms, read apart: `Sở Tư pháp tỉnh Tây Ninh`, `Bộ Chính trị khóa XI`
  'tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường', 'khóa', 'khoá', 'nhiệm',
  // single-syllable verbs of citing
  'gắn', 'giao', 'ký', 'trình', 'gửi', 'ra', 'làm', 'lấy',
];
const CITATION_VERBS = [
  'ban hành', 'sửa đổi', 'bổ sung', 'phê duyệt', 'quy định', 'hướng dẫn', 'thực hiện', 'triển khai', 'công bố', 'thành lập', 'chỉ đạo',
  'yêu cầu', 'thông qua', 'điều chỉnh', 'bãi bỏ', 'thay thế', 'kết luận', 'thông báo', 'ủy quyền', 'uỷ quyền', 'tổ chức', 'xây dựng',
  'đề nghị', 'tham mưu', 'quyết định', 'chấp thuận', 'cho phép', 'đánh giá', 'kiểm tra', 'phối hợp', 'chủ trì', 'tăng cường',
];
const STOP = String.raw`(?:${[...CITATION_VERBS, ...FUNCTION_WORDS].sort((a, b) => b.length - a.length).map((word) => word.replace(/ /gu, '\\s+')).join('|')})${END}`;

// Complete names of national bodies: nothing follows them (`của Chính phủ sửa đổi …`, `Bộ Chính trị khóa XI`).
export const NATIONAL_NAMES: readonly string[] = [
  'Ủy ban Thường vụ Quốc hội', 'Văn phòng Chính phủ', 'Thanh tra Chính phủ', 'Thủ tướng Chính phủ', 'Thủ tướng', 'Chính phủ', 'Quốc hội',
  'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Văn phòng Trung ương Đảng', 'Kiểm toán Nhà nước',
  'Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao',
];
const NATIONAL = anyOf(NATIONAL_NAMES);

// Levels of local government: `tỉnh` · `thành phố` · `TP.` · `huyện` · `thị xã`
const LEVEL_WORDS = ['thành phố', 'tỉnh', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường'];
const LEVEL = `(?:${anyOf(LEVEL_WORDS)}${END}|TP\\.|TP${END})`;
// A proper name: `Quảng Ninh` · `Hồ Chí Minh` · `Bà Rịa - Vũng Tàu` · `Thăng Bình`
const PLACE = String.raw`\p{Lu}\p{L}*(?:(?:\s+|\s*[-–]\s*)\p{Lu}\p{L}*){0,4}`;
// Ủy ban nhân dân · UBND · Hội đồng nhân dân · HĐND
const PEOPLES_BODY = `(?:${anyOf(['Ủy ban nhân dân', 'Hội đồng nhân dân'])}|UBND|HĐND)`;
// Tỉnh ủy · Thành ủy · Huyện ủy (the Party committees)
export const PARTY_COMMITTEE_NAMES: readonly string[] = ['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy'];
const PARTY_COMMITTEE = anyOf(PARTY_COMMITTEE_NAMES);
// Thường trực Tỉnh ủy · Ban Thường vụ Tỉnh ủy · Thường trực HĐND tỉnh
const STANDING = `(?:${anyOf(['Thường trực', 'Ban Thường vụ'])}\\s+)`;
// UBND tỉnh Quảng Ninh · Ủy ban nhân dân thành phố · HĐND tỉnh · UBND TP. Hồ Chí Minh · Tỉnh ủy Lào Cai
const LOCAL = String.raw`${STANDING}?(?:${PEOPLES_BODY}(?:\s+${LEVEL}(?:\s*${PLACE})?)?|${PARTY_COMMITTEE}(?:\s+${PLACE})?)${END}`;

// Heads that take a name: Bộ Nội vụ · Sở Tư pháp · Văn phòng UBND tỉnh · Thanh tra tỉnh · Ban Quản lý …
const FIELD_HEADS = ['Tổng cục', 'Cục', 'Bộ', 'Sở', 'Ban', 'Văn phòng', 'Thanh tra', 'Ủy ban'];
const FIELD_HEAD = anyOf(FIELD_HEADS);
// What starts a new element rather than the next word of a name, always with a capital:
// `Sở Tư pháp, Quyết định số …` · `Bộ Nội vụ và Bộ Tài chính` (but `Ủy ban` goes on).
// Only the first two words of each are looked at: enough to tell `Quyết định` from `Quyết`.
const ELEMENT_STARTS = [...new Set([...FORMS_LONGEST_FIRST, ...FIELD_HEADS, ...NATIONAL_NAMES].map((name) => name.split(' ').slice(0, 2).join(' ')))];
const NEW_ELEMENT = `(?:${anyOf(ELEMENT_STARTS, capitalised)}|UBND|HĐND)${END}`;
// The name after the head: a capital first, then words outside the stop set, capitals after a comma,
// `và` or a dash: `Thông tin và Truyền thông` · `Văn hóa, Thể thao và Du lịch` · `Lao động - Thương binh và Xã hội`.
const NAME_NEXT = String.raw`(?:\s+(?!${STOP})(?!${NEW_ELEMENT})\p{L}+|\s*,\s*(?!${NEW_ELEMENT})\p{Lu}\p{L}*|\s+và\s+(?!${NEW_ELEMENT})\p{Lu}\p{L}*|\s*[-–]\s*(?!${NEW_ELEMENT})(?!${STOP})\p{L}+)`;
const FIELD = String.raw`${FIELD_HEAD}\s+\p{Lu}\p{L}*${NAME_NEXT}{0,12}(?:\s+${LEVEL}(?:\s*${PLACE})?)?${END}`;

/** A body: national, local or a department, as one noun phrase. */
const BODY = `(?:${NATIONAL}${END}|${LOCAL}|${FIELD})`;
// Joint issuers: `Văn phòng Chính phủ - Bộ Nội vụ`
const BODIES = String.raw`${BODY}(?:\s+[-–]\s+${BODY})*`;

// Office-holders stand for their body: `Bộ trưởng Bộ Nội vụ` → Bộ Nội vụ, `Chánh Văn phòng UBND tỉnh` →
// Văn phòng UBND tỉnh, `Chủ tịch UBND tỉnh` → UBND tỉnh, `Phó Thủ tướng` → Thủ tướng Chính phủ.
const OFFICE = `(?:(?:${loose('Phó')}\\s+)?${anyOf(['Bộ trưởng', 'Thứ trưởng', 'Chủ tịch', 'Giám đốc', 'Chánh', 'Chủ nhiệm', 'Tổng Giám đốc', 'Tổng cục trưởng', 'Cục trưởng', 'Trưởng ban', 'Thủ trưởng', 'Lãnh đạo'])}${END}\\s+|${loose('Phó')}\\s+(?=${loose('Thủ tướng')}))`;

/** `của Chính phủ` · `của Ủy ban nhân dân thành phố` · `, của Bộ Chính trị khóa XI` · `của Bộ trưởng Bộ Nội vụ` after a reference. */
export const ISSUER_AFTER = new RegExp(String.raw`^\s*,?\s*của\s+${OFFICE}?(?<issuer>${BODIES})`, 'u');

/** `…/NQ-HĐND ngày 10/7/2025, HĐND tỉnh đã thông qua …`: the body that the clause after a reference makes its author. */
export const ISSUER_CLAUSE_AFTER = new RegExp(String.raw`^\s*,\s*(?<issuer>${BODY})\s+(?:đã|vừa|mới)\s+(?:ký\s+)?(?:ban\s+hành|thông\s+qua|phê\s+duyệt)${END}`, 'u');

// A person's name after an office: `Phó Thủ tướng Chính phủ Phạm Bình Minh vừa ký ban hành`
const PERSON = String.raw`\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}`;
// The verbs between an issuer and the reference it issued: `tại`, `có`, `đã ban hành`, `vừa ký ban hành`
const ISSUING = String.raw`(?:(?:đã|vừa|mới)\s+)?(?:ký\s+)?(?:ban\s+hành|có|tại|phê\s+duyệt(?:\s+tại)?|thông\s+qua)`;

/**
 * `theo ủy quyền của Bộ Ngoại giao tại` · `UBND tỉnh có` · `Chính phủ ban hành` just before a reference.
 * Tried from each head in the window, last first, so `Sở đã tham mưu UBND tỉnh có` gives `UBND tỉnh`.
 */
export const ISSUER_HEAD_AT = new RegExp(`(?<![\\p{L}])(?:${OFFICE}|${NATIONAL}|${STANDING}|${PEOPLES_BODY}|${PARTY_COMMITTEE}|${FIELD_HEAD})`, 'gu');
export const ISSUER_BEFORE = new RegExp(String.raw`^${OFFICE}?(?<issuer>${BODY})(?:\s+${PERSON})?\s+${ISSUING}\s+$`, 'u');

/**
 * A type word, then its issuer, then the number: `Chương trình hành động của Tỉnh ủy số 02-CT/TU`,
 * `Chỉ thị của Thủ tướng Chính phủ số 23/CT-TTg`: the end of the text before `số`.
 */
export const TYPE_AND_ISSUER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<type>${TYPE_WORD_LOOSE})\s+của\s+${OFFICE}?(?<issuer>${BODY})\s+$`, 'u');

/**
 * A document a news item reports by its title, without a number: a body, a past-tense verb of issuing,
 * then the type word and the title up to the end of the clause (`TITLE_END`):
 *   `UBND huyện Duy Xuyên vừa ban hành chỉ thị tăng cường kỷ cương, kỷ luật hành chính …`
 *   `Văn phòng Chính phủ vừa ra thông báo Kết luận của Phó Thủ tướng …`
 *   `Chính phủ cũng đã ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030, với …`
 * The aspect word (`vừa`, `đã`) is required: an enacting formula (`Ủy ban nhân dân tỉnh ban hành Kế hoạch …
 * như sau:`) issues the text itself. A number after the type word makes it a numbered reference instead.
 */
export const TITLED_ISSUED = new RegExp(
  String.raw`(?<![\p{L}])(?<issuer>${BODY})\s+(?:cũng\s+)?(?:vừa|đã|mới)\s+(?:ký\s+)?(?:ban\s+hành|ra)\s+(?<type>${TYPE_WORD_LOOSE})(?=\s+\p{L})(?!\s+số${END})`,
  'gu',
);
/** The end of a title: a full stop, `;`, `:`, a line end, or a comma before a linking word (`, với mục tiêu …`). */
export const TITLE_END = /\.(?=\s|$)|[;:\n]|,\s+(?=(?:với|để|nhằm|đồng\s+thời|theo\s+đó|trong\s+đó|qua\s+đó|nhưng|song)\s)|$/u;

/**
 * A Party resolution named by its plenum: `Nghị quyết Trung ương 5 Khóa X` · `Nghị quyết Hội nghị Trung ương 4 khóa XII`.
 */
export const PLENUM_RESOLUTION = new RegExp(
  String.raw`(?<![\p{L}])${loose('Nghị quyết')}\s+(?:${loose('Hội nghị')}\s+)?(?:lần\s+thứ\s+)?${loose('Trung ương')}\s+\d{1,2}\s+\(?[Kk]h(?:óa|oá)\s+[IVXLC]+\)?${END}`,
  'gu',
);

/** An issuer phrase read apart: office, standing committee, body, level, place. */
export const ISSUER_PARTS = {
  national: new RegExp(`^${NATIONAL}$`, 'u'),
  local: new RegExp(
    String.raw`^(?<standing>${STANDING})?(?:(?<people>${PEOPLES_BODY})(?:\s+(?<level>${LEVEL})(?:\s*(?<place>${PLACE}))?)?|(?<party>${PARTY_COMMITTEE})(?:\s+(?<partyPlace>${PLACE}))?)$`,
    'u',
  ),
  field: new RegExp(String.raw`^(?<head>${FIELD_HEAD})\s+(?<name>\p{Lu}\p{L}*${NAME_NEXT}{0,12})(?:\s+(?<level>${LEVEL})(?:\s*(?<place>${PLACE}))?)?$`, 'u'),
};

/** `về việc kiểm tra …` · `về tổ chức và quản lý …` after a reference: its subject. */
export const SUBJECT_AFTER = /^\s*,?\s*về\s+(?:việc\s+)?/u;
// The subject runs to the end of its clause: `;`, `:`, `.`, a line end, or a comma before a capital (`…năm 2020, Thông báo số…`).
export const SUBJECT_END = /[;:\n]|\.(?:\s|$)|,\s+(?=\p{Lu})|\s+\(|$/u;

// ---------------------------------------------------------------------------
// Laws by name

/** Where a law's name may start: `Luật` as a word (`3Luật` after a list number too). */
export const LAW_START = /(?<![\p{L}])Luật(?=\s)/gu;

/**
 * An amending law, whose name holds the names of the laws it amends:
 * `Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương`.
 */
export const LAW_AMENDING = /^Luật\s+[Ss]ửa\s+đổi\s*,?\s+bổ\s+sung\s+một\s+số\s+điều\s+của\s+(?=Luật\s)/u;

// Words that end a law's name: function words (`của`, `theo`, `được`), a date or number (`ngày`, `năm`,
// `số`), and verbs that follow it (`… quy định`, `Luật điện lực sửa đổi`). `và` joins names only before
// a capital that starts no new law: `Luật Tổ chức HĐND và UBND`, not `Luật Giáo dục và Luật Nhà giáo`.
const LAW_FUNCTION_WORDS = String.raw`(?:ngày(?=\s*\d)|năm|số|của|theo|tại|về|để|nhằm|được|đã|đang|sẽ|có|là|thì|trong|cho|với|đối|từ|đến|khi|như|hoặc|nêu|này|đó|trên|do|vào|bằng|gồm|và(?=\s+(?:Luật|\p{Ll}|\d)))${END}`;
const LAW_STOP = String.raw`(?:${LAW_FUNCTION_WORDS}|(?:quy\s+định|hướng\s+dẫn|ban\s+hành|sửa\s+đổi|bổ\s+sung|thi\s+hành)${END})`;
const LAW_WORD = String.raw`\p{L}+(?![\p{L}\p{N}])`;

/**
 * A law's name, after `Luật `: `Tổ chức chính quyền địa phương` · `Cán bộ, công chức` ·
 * `Tổ chức\nChính phủ` (a line break from a PDF copy) · `Giao dịch điện tử`.
 */
export const LAW_NAME = new RegExp(String.raw`(?!${LAW_FUNCTION_WORDS})${LAW_WORD}(?:(?:\s+|\s*,\s+(?=\p{Ll})|\s+[-–]\s+)(?!${LAW_STOP})${LAW_WORD}){0,15}`, 'uy');

/** After a name: a note (`(sửa đổi)`), then the date, a date whose month is lost, or a year. */
const LAW_NOTE = String.raw`^\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*`;
export const LAW_DATE_SPELLED = new RegExp(`${LAW_NOTE}${SPELLED}`, 'u');
export const LAW_DATE_NUMERIC = new RegExp(`${LAW_NOTE}${DAY_WORD}${NUMERIC_DATE}`, 'u');
// `ngày 29 tháng năm 2006`: the month lost in a copy; the year stands.
export const LAW_DATE_PARTIAL = new RegExp(String.raw`${LAW_NOTE}${DAY_WORD}\d{1,2}\s+tháng\s+(?:\d{1,2}\s+)?năm\s+${YEAR}`, 'u');
export const LAW_YEAR = new RegExp(String.raw`${LAW_NOTE}năm\s+${YEAR}${END}`, 'u');
/** `Luật công nghệ thông tin số 67/2006/QH11`: a law cited by number is read as a numbered reference. */
export const LAW_NUMBERED = /^\s*số\s*\d/u;

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
