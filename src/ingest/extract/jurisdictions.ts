import { escapeRegExp } from '../patterns/escape-reg-exp.ts';
import { foldOldTones } from './document-types.ts';
import { JURISDICTION_PLACES, PLACE_VARIANTS } from './jurisdiction-places.ts';

/**
 * Provinces and centrally-run cities (tỉnh, thành phố trực thuộc trung ương),
 * the jurisdictions a local document belongs to: the 63 of before 2025
 * (5 centrally-run cities, 58 provinces) and Huế, the centrally-run city that
 * Thừa Thiên Huế became on 1 January 2025 (Resolution 175/2024/QH15); both
 * stay, for texts of either time. The 34 of 1 July 2025 (Resolution
 * 202/2025/QH15: 6 cities, 28 provinces) each kept one of these names.
 * Hà Tây, merged into Hà Nội in 2008, is not one.
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
// Spellings texts use besides the name. Old tone placement (`Thanh Hoá`,
// `Khánh Hoà`, `Hoà Bình`), the kind of dash and the gaps around it are folded
// away and need none. `TP.HCM` and `TPHCM` are the level word TP before `HCM`.
const ALIASES: Record<string, readonly string[]> = {
  'Hồ Chí Minh': ['HCM', 'TPHCM', 'TP.HCM', 'TP HCM', 'TP. Hồ Chí Minh', 'Sài Gòn'],
  'Bà Rịa - Vũng Tàu': ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'BR-VT', 'BRVT'],
  'Đắk Lắk': ['Đăk Lăk', 'Đắc Lắc', 'Đắk Lắc', 'Đăk Lắk', 'Đắc Lắk'],
  'Đắk Nông': ['Đăk Nông', 'Đắc Nông'],
  'Kon Tum': ['Kontum'],
  'Bắc Kạn': ['Bắc Cạn'],
  'Thừa Thiên Huế': ['Thừa Thiên - Huế'],
};

export const JURISDICTIONS: readonly Jurisdiction[] = [
  ...['Hồ Chí Minh', ...CITIES].map((name) => ({ name, level: 'thành phố' as const, ...(ALIASES[name] ? { aliases: ALIASES[name] } : {}) })),
  ...PROVINCES.map((name) => ({ name, level: 'tỉnh' as const, ...(ALIASES[name] ? { aliases: ALIASES[name] } : {}) })),
];

/**
 * Text lower-cased and folded the way names are, each character where it was,
 * so an index into it is an index into the text (which must be NFC, as
 * read-source leaves it).
 */
function searchable(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  // A few letters lower-case to two code units (`İ`); keep those as they are.
  const same = lower.length === text.length ? lower : Array.from(text, (char) => (char.toLocaleLowerCase('vi').length === char.length ? char.toLocaleLowerCase('vi') : char)).join('');
  // `Ð` (eth), typed for `Đ` by old Vietnamese encodings: ÐÀ NẴNG.
  return foldOldTones(same).replace(/ð/gu, 'đ');
}

function key(text: string): string {
  return searchable(text.normalize('NFC')).replace(/\s*[-–—]\s*/gu, ' - ').replace(/\s+/gu, ' ').trim();
}

/** A key without its gaps, so `Bà Rịa Vũng Tàu` and `Bà Rịa-Vũng Tàu` meet. */
function compact(text: string): string {
  return key(text).replace(/[\s\-–—]+/gu, '');
}

// The level word a place name starts with, as a lookup strips it:
//   tỉnh Bình Định · Thành phố Hải Phòng · TP. Hồ Chí Minh · Tp.Đà Nẵng
const LEVEL_PREFIX = /^(?:(?:thành phố|tỉnh)\s+|tp(?:\.\s*|\s+))/u;
// The same for a city or town:  thị xã Cửa Lò · TX. Sơn Tây · thành phố Vinh · TP Vinh
const PLACE_LEVEL_PREFIX = /^(?:(?:thành phố|thị xã)\s+|t[px](?:\.\s*|\s+))/u;

const BY_NAME = new Map<string, Jurisdiction>();
for (const jurisdiction of JURISDICTIONS) {
  for (const name of [jurisdiction.name, ...(jurisdiction.aliases ?? [])]) BY_NAME.set(key(name), jurisdiction);
}
// The same without gaps, to look up what a text wrote whatever its gaps and dashes.
const BY_COMPACT = new Map<string, Jurisdiction>();
for (const [name, jurisdiction] of BY_NAME) {
  const other = BY_COMPACT.get(compact(name));
  if (other && other !== jurisdiction) throw new Error(`"${name}" would name both ${other.name} and ${jurisdiction.name}.`);
  BY_COMPACT.set(compact(name), jurisdiction);
}

/** The jurisdiction a place names exactly: `Hải Phòng`, `TP. Hồ Chí Minh`, `Thanh Hoá`, `Bà Rịa-Vũng Tàu`. */
export function jurisdictionByName(place: string): Jurisdiction | undefined {
  const whole = key(place);
  return BY_COMPACT.get(compact(whole)) ?? BY_COMPACT.get(compact(whole.replace(LEVEL_PREFIX, '')));
}

const BY_PLACE = new Map<string, Jurisdiction>();
for (const [province, { cities, towns }] of Object.entries(JURISDICTION_PLACES)) {
  const jurisdiction = BY_COMPACT.get(compact(province));
  if (!jurisdiction) throw new Error(`jurisdiction-places.ts lists places of "${province}", which is not a jurisdiction.`);
  for (const place of [...cities, ...towns]) {
    for (const name of [place, ...(PLACE_VARIANTS[place] ?? [])]) {
      const other = jurisdictionByName(name);
      // A place named like another jurisdiction would hide it; the list must leave such names out.
      if (other && other !== jurisdiction) throw new Error(`jurisdiction-places.ts puts "${name}" in ${province}, but it names ${other.name}.`);
      BY_PLACE.set(compact(name), jurisdiction);
    }
  }
}

/**
 * The jurisdiction of a place as a date line gives it: a province or
 * centrally-run city (`Hải Phòng`, `tỉnh Nghệ An`, `TP. Hồ Chí Minh`) or a
 * city or town inside one (`Vinh`, `thị xã Cửa Lò`, `Phan Rang-Tháp Chàm`),
 * in any case and tone placement. A place it does not know gives undefined.
 */
export function jurisdictionOfPlace(place: string): Jurisdiction | undefined {
  return jurisdictionByName(place) ?? BY_PLACE.get(compact(key(place).replace(PLACE_LEVEL_PREFIX, '')));
}

// A name's words as a pattern: any gap or dash between them.
//   Bà Rịa - Vũng Tàu · Bà Rịa-Vũng Tàu · Bà Rịa – Vũng Tàu · Thừa Thiên - Huế
function namePattern(name: string): string {
  return name.split(/ - | /u).map(escapeRegExp).join(String.raw`(?:\s*[-–—]\s*|\s+)`);
}

// An alias with its level word in it, left to the level word and `HCM`:  TPHCM · TP.HCM · TP. Hồ Chí Minh
const CARRIES_LEVEL = /^(?:thành phố|tỉnh|tp)/u;
// The names a level word comes before, longest first so `Thừa Thiên Huế` is
// tried before `Huế` where both could start.
const NAMES = [...BY_NAME.keys()].filter((name) => !CARRIES_LEVEL.test(name)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

// The level word before a name, in how headers and bodies name a body; the gap
// may be lost in a PDF copy:
//   ỦY BAN NHÂN DÂN TỈNH NGHỆ AN · UBND TP. ĐÀ NẴNG · TỈNH ỦY QUẢNG NINH · Thành ủy Hà Nội · Tỉnh đoàn Nghệ An · TPHCM
// Folded as the text is (`đoàn` has its mark moved like an old `hoà`).
const LEVEL_WORDS = ['tỉnh ủy', 'thành ủy', 'tỉnh đoàn', 'thành đoàn', 'tỉnh', 'thành phố', 'tp.', 'tp'].map(key);
const LEVEL = String.raw`(?:${LEVEL_WORDS.map(namePattern).join('|')})\s*`;
// Not inside a word, before or after:  xtỉnh Long An · tỉnh Hà Namtech
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
// One pattern for all names, one scan of the text instead of one per name:
//   tỉnh bà rịa - vũng tàu · thành phố hồ chí minh · tp.hcm
const MENTION = new RegExp(`${BEFORE}${LEVEL}(?<name>${NAMES.map(namePattern).join('|')})${AFTER}`, 'u');

/**
 * The first jurisdiction a text names after a level word (`tỉnh`, `thành phố`,
 * `TP`, `Tỉnh ủy`, `Thành ủy`, `Tỉnh đoàn`, `Thành đoàn`), or in a form that
 * carries its level (`TPHCM`), with where the phrase stands in the text:
 *   Cổng tin tức Thành phố Hải Phòng · ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH · TỈNH ỦY QUẢNG NINH
 * Without a level word a name is not taken: `Nguyễn Long An` is a person,
 * `Nhà xuất bản Hà Nội` a publisher, `tư tưởng Hồ Chí Minh` a thought; none
 * places the text. A bare `thành phố` without a name gives undefined too.
 * Cities and towns inside provinces are not searched: callers read the hit as
 * the body's own level (`UBND thành phố Vinh` is not `UBND tỉnh Nghệ An`); see
 * jurisdictionOfPlace for them.
 */
export function findJurisdictionIn(text: string): { jurisdiction: Jurisdiction; index: number; length: number } | undefined {
  const match = MENTION.exec(searchable(text));
  const said = match?.groups?.['name'];
  const jurisdiction = said === undefined ? undefined : BY_COMPACT.get(compact(said));
  return match && jurisdiction ? { jurisdiction, index: match.index, length: match[0].length } : undefined;
}
