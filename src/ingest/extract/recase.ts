import { escapeRegExp } from '../patterns/escape-reg-exp.ts';
import { JURISDICTIONS } from './jurisdictions.ts';

/**
 * Text typed in capitals (`CHÁNH VĂN PHÒNG`, `ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI
 * PHÒNG`) written the way running text writes it (Nghị định 30/2020/NĐ-CP,
 * Phụ lục II on capitalisation).
 */

// Positions whose capitals follow the decree's own examples rather than sentence case.
const POSITIONS: Record<string, string> = {
  'CHỦ TỊCH': 'Chủ tịch',
  'PHÓ CHỦ TỊCH': 'Phó Chủ tịch',
  'PHÓ CHỦ TỊCH THƯỜNG TRỰC': 'Phó Chủ tịch Thường trực',
  'CHÁNH VĂN PHÒNG': 'Chánh Văn phòng',
  'PHÓ CHÁNH VĂN PHÒNG': 'Phó Chánh Văn phòng',
  'CHÁNH THANH TRA': 'Chánh Thanh tra',
  'PHÓ CHÁNH THANH TRA': 'Phó Chánh Thanh tra',
  'GIÁM ĐỐC': 'Giám đốc',
  'PHÓ GIÁM ĐỐC': 'Phó Giám đốc',
  'TRƯỞNG BAN': 'Trưởng ban',
  'PHÓ TRƯỞNG BAN': 'Phó Trưởng ban',
  'TRƯỞNG PHÒNG': 'Trưởng phòng',
  'PHÓ TRƯỞNG PHÒNG': 'Phó Trưởng phòng',
  'BỘ TRƯỞNG': 'Bộ trưởng',
  'THỨ TRƯỞNG': 'Thứ trưởng',
  'THỦ TƯỚNG': 'Thủ tướng',
  'PHÓ THỦ TƯỚNG': 'Phó Thủ tướng',
  'CỤC TRƯỞNG': 'Cục trưởng',
  'PHÓ CỤC TRƯỞNG': 'Phó Cục trưởng',
  'VỤ TRƯỞNG': 'Vụ trưởng',
  'BÍ THƯ': 'Bí thư',
  'PHÓ BÍ THƯ': 'Phó Bí thư',
  'TỔNG GIÁM ĐỐC': 'Tổng Giám đốc',
};

// Head nouns of agency names: what follows them is a proper name, each
// coordinated part capitalised (`Sở Kế hoạch và Đầu tư`).
const AGENCY_HEAD = /^(Sở|Bộ|Ban|Cục|Tổng cục|Chi cục|Vụ|Phòng|Trung tâm|Thanh tra|Văn phòng|Đài|Báo|Cổng|Học viện|Viện)\s+(.+)$/u;

/** `CHÁNH VĂN PHÒNG` → `Chánh Văn phòng`; unknown positions in sentence case. */
export function recasePosition(upper: string): string {
  const bare = upper.replace(/\s+/gu, ' ').trim();
  return POSITIONS[bare.toLocaleUpperCase('vi')] ?? recaseName(bare);
}

/** `ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG` → `Ủy ban nhân dân thành phố Hải Phòng`; `SỞ NGOẠI VỤ` → `Sở Ngoại vụ`. */
export function recaseName(upper: string): string {
  const lower = upper.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi').replace(/uỷ/gu, 'ủy').replace(/hoà/gu, 'hòa');
  let text = capitalise(lower);
  const head = AGENCY_HEAD.exec(text);
  if (head) text = `${head[1]} ${head[2]!.split(/( và |, )/u).map((part, i) => (i % 2 === 0 ? capitalise(part) : part)).join('')}`;
  for (const { pattern, name } of JURISDICTION_NAMES) text = text.replace(pattern, name);
  return text;
}

// Province names inside lower-cased text, to restore their capitals.
const JURISDICTION_NAMES = JURISDICTIONS.map(({ name }) => ({
  name,
  pattern: new RegExp(`(?<!\\p{L})${escapeRegExp(name.toLocaleLowerCase('vi'))}(?!\\p{L})`, 'gu'),
}));

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
