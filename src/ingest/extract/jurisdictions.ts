import { escapeRegExp } from '../patterns/escape-reg-exp.ts';
import { foldOldTones } from './document-types.ts';

/**
 * Provinces and centrally-run cities (tỉnh, thành phố trực thuộc trung ương),
 * the jurisdictions a local document belongs to. The names are those in use
 * before the 2025 reorganisation, which kept one old name for each merged
 * province; Huế became a centrally-run city in 2025.
 */
export interface Jurisdiction {
  name: string;
  /** How its own texts say it: `thành phố Hải Phòng`, `tỉnh Bình Định`. */
  level: 'thành phố' | 'tỉnh';
  aliases?: readonly string[];
}

const CITIES = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];
const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
  'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
];
const ALIASES: Record<string, readonly string[]> = {
  'Hồ Chí Minh': ['TP. Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'TPHCM', 'Sài Gòn'],
  'Bà Rịa - Vũng Tàu': ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'BR-VT'],
  'Đắk Lắk': ['Đăk Lăk', 'Đắc Lắc', 'Đắk Lắc'],
  'Đắk Nông': ['Đăk Nông', 'Đắc Nông'],
  'Thừa Thiên Huế': ['Thừa Thiên - Huế'],
};

export const JURISDICTIONS: readonly Jurisdiction[] = [
  ...['Hồ Chí Minh', ...CITIES].map((name) => ({ name, level: 'thành phố' as const, ...(ALIASES[name] ? { aliases: ALIASES[name] } : {}) })),
  ...PROVINCES.map((name) => ({ name, level: 'tỉnh' as const, ...(ALIASES[name] ? { aliases: ALIASES[name] } : {}) })),
];

function key(text: string): string {
  return foldOldTones(text.normalize('NFC').toLocaleLowerCase('vi')).replace(/\s*[-–]\s*/gu, ' - ').replace(/\s+/gu, ' ').trim();
}

const BY_NAME = new Map<string, Jurisdiction>();
for (const jurisdiction of JURISDICTIONS) {
  for (const name of [jurisdiction.name, ...(jurisdiction.aliases ?? [])]) BY_NAME.set(key(name), jurisdiction);
}

/** The jurisdiction a place names exactly: `Hải Phòng`, `TP. Hồ Chí Minh`, `Thanh Hoá`. */
export function jurisdictionByName(place: string): Jurisdiction | undefined {
  const bare = key(place).replace(/^(?:thành phố|tỉnh|tp\.?)\s+/u, '');
  return BY_NAME.get(key(place)) ?? BY_NAME.get(bare);
}

// Name patterns, longest first so `Thừa Thiên Huế` is found before `Huế`.
const NAME_PATTERNS = [...BY_NAME.entries()]
  .sort(([a], [b]) => b.length - a.length)
  .map(([name, jurisdiction]) => ({
    jurisdiction,
    pattern: new RegExp(
      `(?:thành phố|tỉnh|tp\\.?)\\s*${name.split(/\s+-\s+|\s+/u).map(escapeRegExp).join('(?:\\s*[-–]\\s*|\\s+)')}(?![\\p{L}\\p{N}])`,
      'u',
    ),
  }));

/**
 * The jurisdiction a phrase names after `thành phố`/`tỉnh`:
 *   Cổng tin tức Thành phố Hải Phòng · ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
 * A bare `thành phố` without a name says nothing and gives undefined.
 */
export function findJurisdictionIn(text: string): { jurisdiction: Jurisdiction; index: number; length: number } | undefined {
  // Lowercasing and tone folding keep the length of Vietnamese text, so indexes map back.
  const folded = foldOldTones(text.toLocaleLowerCase('vi'));
  let best: { jurisdiction: Jurisdiction; index: number; length: number } | undefined;
  for (const { jurisdiction, pattern } of NAME_PATTERNS) {
    const match = pattern.exec(folded);
    if (match && (best === undefined || match.index < best.index)) best = { jurisdiction, index: match.index, length: match[0].length };
  }
  return best;
}
