/**
 * Document types and their codes in numbers and symbols (Nghị định
 * 30/2020/NĐ-CP, Phụ lục III). `Đ` is a letter of its own: QĐ ≠ QyĐ, HĐ ≠ HD.
 */

export interface DocumentType {
  /** Name as written in running text: `Thông báo`. */
  name: string;
  /** Codes in a symbol: `TB` in `08/TB-UBND`. */
  codes: readonly string[];
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Luật', codes: [] },
  { name: 'Nghị quyết', codes: ['NQ'] },
  { name: 'Nghị định', codes: ['NĐ'] },
  { name: 'Quyết định', codes: ['QĐ'] },
  { name: 'Chỉ thị', codes: ['CT'] },
  { name: 'Nghị quyết liên tịch', codes: ['NQLT'] },
  { name: 'Thông tư liên tịch', codes: ['TTLT'] },
  { name: 'Thông tư', codes: ['TT'] },
  { name: 'Quy chế', codes: ['QC'] },
  { name: 'Quy định', codes: ['QyĐ'] },
  { name: 'Thông cáo', codes: ['TC'] },
  { name: 'Thông báo', codes: ['TB'] },
  { name: 'Hướng dẫn', codes: ['HD'] },
  { name: 'Chương trình', codes: ['CTr'] },
  { name: 'Kế hoạch', codes: ['KH'] },
  { name: 'Phương án', codes: ['PA'] },
  { name: 'Đề án', codes: ['ĐA'] },
  { name: 'Dự án', codes: ['DA'] },
  { name: 'Báo cáo', codes: ['BC'] },
  { name: 'Biên bản', codes: ['BB'] },
  { name: 'Tờ trình', codes: ['TTr'] },
  { name: 'Hợp đồng', codes: ['HĐ'] },
  { name: 'Công điện', codes: ['CĐ'] },
  { name: 'Bản ghi nhớ', codes: ['BGN', 'GN'] },
  { name: 'Bản thỏa thuận', codes: ['BTT', 'TTh'] },
  { name: 'Giấy ủy quyền', codes: ['GUQ'] },
  { name: 'Giấy mời', codes: ['GM'] },
  { name: 'Giấy giới thiệu', codes: ['GGT'] },
  { name: 'Giấy nghỉ phép', codes: ['GNP'] },
  { name: 'Phiếu gửi', codes: ['PG'] },
  { name: 'Phiếu chuyển', codes: ['PC'] },
  { name: 'Phiếu báo', codes: ['PB'] },
  { name: 'Công văn', codes: [] },
];

/** The type a symbol's code stands for: `TB` → Thông báo. Case matters (`CT` chỉ thị, `CTr` chương trình). */
export function documentTypeByCode(code: string): DocumentType | undefined {
  return DOCUMENT_TYPES.find((type) => type.codes.includes(code));
}

/**
 * Codes the Party uses besides the state's (Hướng dẫn 36-HD/VPTW on Party
 * documents): `22-KL/TW` kết luận, `08-QĐi/TW` quy định (`QĐ` stays quyết định).
 */
export const PARTY_DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Kết luận', codes: ['KL'] },
  { name: 'Quy định', codes: ['QĐi', 'QĐI'] },
  { name: 'Công văn', codes: ['CV'] },
];

/** The type a Party symbol's code stands for: `36-NQ/TW` → Nghị quyết, `12-KL/TW` → Kết luận. */
export function partyDocumentTypeByCode(code: string): DocumentType | undefined {
  return PARTY_DOCUMENT_TYPES.find((type) => type.codes.includes(code)) ?? documentTypeByCode(code);
}


// Longest name first, so `thông tư liên tịch` wins over `thông tư`; folded once, not for every line asked about.
const HEADING_NAMES = [...DOCUMENT_TYPES].sort((a, b) => b.name.length - a.name.length).map((type) => ({ type, name: foldOldTones(type.name.toLocaleLowerCase('vi')) }));

/** The type a heading names: `THÔNG BÁO` or `Thông báo kết luận` → Thông báo. */
export function documentTypeByHeading(heading: string): DocumentType | undefined {
  const folded = foldOldTones(heading.replace(/\*/gu, '').trim().toLocaleLowerCase('vi'));
  return HEADING_NAMES.find(({ name }) => folded === name || folded.startsWith(`${name} `))?.type;
}

/**
 * Old-style tone placement (`hoà`, `uỷ`, `thoả`) to the style the archive
 * writes (`hòa`, `ủy`, `thỏa`), so both spellings compare equal.
 */
export function foldOldTones(text: string): string {
  return text.replace(/(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])/gu, (whole, vowel: string, toned: string) => {
    const base = toned.normalize('NFD');
    const letter = base[0]!;
    const mark = base.slice(1);
    const partner = `${vowel}${mark}`.normalize('NFC');
    // Only the glides oa, oe, uy move their mark to the first vowel.
    const glide = (vowel.toLowerCase() === 'o' && /[aeAE]/u.test(letter)) || (vowel.toLowerCase() === 'u' && /[yY]/u.test(letter));
    return glide ? `${partner}${letter}` : whole;
  });
}
