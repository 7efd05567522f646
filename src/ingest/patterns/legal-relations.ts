/**
 * Named patterns for what one legal document does to another (issue 20), built
 * from small parts. Each verb pattern is matched at the END of the text between
 * a verb's agent and the reference it acts on, so it carries the words that may
 * stand between the verb and that reference (`một số điều của`). Every `\s+`
 * also crosses a line break: copied texts break lines inside phrases (`bãi⏎bỏ`).
 */
import type { z } from 'astro/zod';
import type { relationKindSchema } from '../../schemas/record.ts';
import { NUMERIC_DATE, SPELLED_DATE } from './dates.ts';

// một số điều · một số điều, khoản · một số quy định · một số nội dung (and nothing: the whole document)
const SOME_ARTICLES = String.raw`(?:một\s+số\s+(?:điều(?:\s*,\s*khoản)?|quy\s+định|nội\s+dung)\s+)`;
// … của (the document) · … tại
const OF = String.raw`(?:(?:của|tại)\s+)`;
const END = String.raw`\s*$`;

/** The kinds of relation (record.ts `relationKindSchema`), by the verb that states them. */
export type RelationKind = z.infer<typeof relationKindSchema>;

/** A verb and what may follow it before the reference it acts on, matched at the end of a gap. */
export interface RelationVerb {
  kind: RelationKind;
  pattern: RegExp;
}

export const RELATION_VERBS: readonly RelationVerb[] = [
  // sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP · Sửa đổi, bổ sung, bãi⏎bỏ một số điều, khoản của …
  // · sửa đổi bổ sung một số điều của Luật Điện lực (no comma) · sửa đổi Nghị quyết 30c/NQ-CP
  { kind: 'amends', pattern: new RegExp(String.raw`(?<verb>sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?(?:\s*,\s*bãi\s+bỏ)?)\s+${SOME_ARTICLES}?${OF}?${END}`, 'iu') },
  // thay thế Nghị quyết số 14/2023/NQ-HĐND · thay thế cho Quyết định số …
  { kind: 'replaces', pattern: new RegExp(String.raw`(?<verb>thay\s+thế)(?:\s+cho)?${END}`, 'iu') },
  // bãi bỏ Quyết định số … · bãi bỏ Điều 5 của Quyết định số …
  { kind: 'repeals', pattern: new RegExp(String.raw`(?<verb>bãi\s+bỏ)(?:\s+(?:một\s+số\s+)?(?:điều|khoản|điểm)[^;\n]{0,40}?\s+${OF})?${END}`, 'iu') },
  // hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP · hướng dẫn thực hiện Nghị định số 36/2013/NĐ-CP
  // · quy định chi tiết một số điều và biện pháp thi hành Luật … · biện pháp thi hành Quyết định số 45/2016/QĐ-TTg
  // · về triển khai thực hiện Nghị định số 107/2020/NĐ-CP
  {
    kind: 'implements',
    pattern: new RegExp(
      String.raw`(?<verb>hướng\s+dẫn(?:\s+(?:thi\s+hành|thực\s+hiện))?|quy\s+định\s+chi\s+tiết(?:\s+và\s+hướng\s+dẫn\s+thi\s+hành)?|biện\s+pháp\s+thi\s+hành|triển\s+khai(?:\s+thực\s+hiện)?)\s+${SOME_ARTICLES}?(?:và\s+biện\s+pháp\s+thi\s+hành\s+)?${OF}?${END}`,
      'iu',
    ),
  },
];

// sửa đổi, bổ sung · sửa đổi bổ sung · thay thế · bãi bỏ · hướng dẫn thi hành · quy định chi tiết
const CHANGE_VERB = String.raw`(?:sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?|thay\s+thế|bãi\s+bỏ|hướng\s+dẫn(?:\s+(?:thi\s+hành|thực\s+hiện))?|quy\s+định\s+chi\s+tiết)`;

/**
 * The passive, between the document acted on and the one acting, matched at the end of the gap:
 * the acting document comes second. `… (Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi Thông tư liên tịch
 * số 01/2015/TTLT-VPCP-BNV` (a legal library's note, a05) · `đã được sửa đổi, bổ sung một số điều theo Luật số …`
 * · `được hướng dẫn tại Thông tư số …`. The kind is the strongest verb: a replacement also repeals.
 */
export const PASSIVE = new RegExp(String.raw`(?:đã\s+)?(?:bị|được)\s+(?<verb>${CHANGE_VERB}(?:\s*,\s*${CHANGE_VERB})*)\s+${SOME_ARTICLES}?(?:bởi|tại|theo)(?:\s+quy\s+định\s+tại)?${END}`, 'iu');

/** Right before a verb, the passive's auxiliary: `… được sửa đổi, bổ sung tại Nghị định …` is read by PASSIVE, not as an act of the document before. */
export const PASSIVE_AUXILIARY = /(?<![\p{L}])(?:bị|được)\s+$/iu;

/** `một số điều`, `Điều 5`, `khoản 2`, `điểm a`: only part of the document is acted on (not `điều chỉnh`, `thời điểm`). */
export const SOME_PART = /(?<![\p{L}])(?:một\s+số|điều|khoản|điểm)(?![\p{L}])/iu;

/**
 * The kind a passive verb states, by the same precedence as the active (RELATION_VERBS, where `Sửa đổi, bổ sung,
 * bãi bỏ một số điều` amends): `bị bãi bỏ, thay thế` replaces; `sửa đổi, bổ sung, bãi bỏ` amends; `bãi bỏ` repeals.
 */
export function passiveKind(verb: string): RelationKind {
  return PASSIVE_KINDS.find(([pattern]) => pattern.test(verb))?.[1] ?? 'implements';
}
// Strongest first: a replacement repeals too; an amendment that also repeals some articles is an amendment.
const PASSIVE_KINDS: readonly [RegExp, RelationKind][] = [
  [/thay\s+thế/iu, 'replaces'],
  [/sửa\s+đổi/iu, 'amends'],
  [/bãi\s+bỏ/iu, 'repeals'],
];

// Quy chế · Quy định · Quy trình · Kế hoạch · Chương trình · Đề án · Phương án · Điều lệ · Danh mục · Biểu mẫu
// · Bộ tiêu chí · Bộ chỉ số · Hướng dẫn · Chiến lược: what a decision issues as its attachment. A capital starts it
// (`Quy chế hoạt động …`), so the verb `hướng dẫn` is not one.
const ATTACHMENT_KIND = String.raw`(?:Quy\s+(?:chế|định|trình)|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Phương\s+án|Điều\s+lệ|Danh\s+mục|Biểu\s+mẫu|Bộ\s+(?:tiêu\s+chí|chỉ\s+số)|Hướng\s+dẫn|Chiến\s+lược)(?![\p{L}])`;
// KẾ HOẠCH⏎TUYÊN TRUYỀN … (a title set in capitals)
const ATTACHMENT_KIND_CAPITALS = String.raw`(?:QUY\s+(?:CHẾ|ĐỊNH|TRÌNH)|KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHƯƠNG\s+ÁN|ĐIỀU\s+LỆ|DANH\s+MỤC)(?![\p{L}])`;
const ISSUED_WITH = String.raw`[Bb]an\s+hành\s+kèm\s+theo`;
// Quyết định này · Nghị định này · nghị quyết này: the issuing text, in either case.
const THIS_TEXT = String.raw`(?:[Qq]uyết\s+định|[Nn]ghị\s+định|[Nn]ghị\s+quyết|[Tt]hông\s+tư|[Cc]hỉ\s+thị)\s+này`;
// Where an attachment's title ends in a flattened text: the next article (`… công tác X Điều 2. Quyết định này …`),
// or its description (`…, gồm 03 chương, 15 điều.`).
const TITLE_STOP = String.raw`(?<![\p{L}])Điều\s+\d+\s*\.|,\s*gồm(?![\p{L}])`;

/**
 * A cited document's attachment, at the end of the gap before that document: `… của Quy chế hoạt động và chế độ
 * làm việc của Sở Ngoại vụ ban hành kèm theo Quyết định số 84/QĐ-SNgV` (seeds 002) · `theo Biểu mẫu được ban hành
 * kèm theo Thông tư số 02/2017/TT-VPCP` (021). The title stays in its clause: no `;`, `.` or blank line.
 */
export const ATTACHMENT_OF_CITED = new RegExp(String.raw`(?<title>${ATTACHMENT_KIND}(?:[^;.\n]|\n(?!\s*\n)){0,240}?)\s+(?:(?:đã\s+)?được\s+)?${ISSUED_WITH}\s*$`, 'u');

/**
 * The text's own attachment: `Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp …` (020) · `… Quyết định này
 * “Quy chế tiếp⏎nhận, xử lý …”` (001) · `… Quyết định này Kế hoạch cải cách hành chính Nhà nước tỉnh Nghệ An, giai đoạn
 * 2007 - 2010.` (003). The title runs to its closing quote, else to the end of the sentence or the next article,
 * across a `;` (`Quy chế phối hợp giữa Văn phòng UBND tỉnh với các Sở, Ban, ngành; UBND cấp huyện trong việc …`, 057).
 */
export const ATTACHMENT_OF_ITSELF = new RegExp(
  String.raw`${ISSUED_WITH}\s+${THIS_TEXT}\s*(?:[“"](?<quoted>(?:${ATTACHMENT_KIND}|${ATTACHMENT_KIND_CAPITALS})[^”"]{1,400})[”"]|(?<title>(?:${ATTACHMENT_KIND}|${ATTACHMENT_KIND_CAPITALS})(?:(?!${TITLE_STOP})(?:[^\n.]|\.(?!\s)|\n(?!\s*\n))){1,800}))`,
  'u',
);

/**
 * Inside a cited attachment's title, where a nearer title starts: `Hướng dẫn các đơn vị thực hiện đúng Quy chế làm việc`
 * and `Quy định tại Điều 5 của Quy chế hoạt động` are about the Quy chế. The title is what follows the last of these.
 */
export const NEARER_TITLE = new RegExp(String.raw`(?<![\p{L}])(?:của|tại|theo|đúng)\s+(?=${ATTACHMENT_KIND})`, 'gu');

/**
 * Before a verb, words that make it a wish, not an act: `kiến nghị bổ sung, sửa đổi hoặc bãi bỏ`,
 * `đề nghị sửa đổi`, `dự thảo Nghị định sửa đổi`, `xây dựng … sửa đổi`, `tham mưu sửa đổi`.
 */
// Lower case but for a sentence's first letter: `Bộ Xây dựng`, an issuer, is not `xây dựng` a draft.
export const NOT_YET = /(?<![\p{L}])(?:[Kk]iến\s+nghị|[Đđ]ề\s+nghị|[Dd]ự\s+thảo|[Đđ]ề\s+xuất|xây\s+dựng|[Tt]ham\s+mưu|[Nn]ghiên\s+cứu|sẽ|cần)(?![\p{L}])/u;

/**
 * The citing text speaking of itself before a verb: `Nghị định này`, `Quyết định này … và`, or a verb
 * opening a line or an article, or after the enacting words: `Điều 1. Sửa đổi, bổ sung …` · `Chính phủ ban hành Nghị định sửa đổi …`.
 */
// `Nghị quyết này có hiệu lực từ ngày 21/7/2025; đồng thời, thay thế …`: `đồng thời` carries the subject past a `;`.
export const ITSELF = /(?:(?:nghị\s+định|quyết\s+định|thông\s+tư|nghị\s+quyết|chỉ\s+thị|luật|văn\s+bản|kế\s+hoạch)\s+này(?![\p{L}])[^;]*(?:;\s*đồng\s+thời\s*,?[^;]*)?$|(?:^|\n)\s*(?:điều\s+\d+\s*\.\s*)?$|ban\s+hành\s+(?:nghị\s+định|quyết\s+định|thông\s+tư|nghị\s+quyết)\s*$)/iu;

/** Between two objects of one verb: `… ngày 08/11/2011 của Chính phủ và` · `…;` (no other verb). */
export const NEXT_OBJECT = /^[^;]{0,240}?(?:[;,]|\s+và)\s*$/u;

/**
 * Verbs that start another statement: an object list ends at them, and a reference before them is
 * not the agent of the verb after. `quy định chức năng, nhiệm vụ` (a subject) is not one; `quy định chi tiết` is.
 */
export const ANOTHER_VERB = /(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ|hướng\s+dẫn|quy\s+định\s+chi\s+tiết|ban\s+hành|thực\s+hiện|triển\s+khai)(?![\p{L}])/iu;

/** An article starting (`Điều 1.`): what stands before it is not the agent of what follows. */
export const ARTICLE_START = /(?:^|\n)\s*Điều\s+\d+\s*\./u;

// có hiệu lực từ ngày 21/7/2025 · có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2021
export const EFFECTIVE = new RegExp(String.raw`có\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s+(?:ngày\s+${NUMERIC_DATE}|${SPELLED_DATE})`, 'iu');
