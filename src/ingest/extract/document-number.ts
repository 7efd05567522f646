import { documentTypeByCode } from './document-types.ts';
import { issuerByCode } from './issuer-codes.ts';

/**
 * The number and symbol of a document (số, ký hiệu), as typed:
 *   08 /TB-UBND · 61/2018/NĐ-CP · 1687/UBND-NC · 57-NQ/TW · 13/2015/TT- BVHTTDL · 61/2018/ND-CP
 */
export interface DocumentNumber {
  /** Canonical form: spaces removed, `ND` typed for `NĐ` restored: `08/TB-UBND`. */
  canonical: string;
  /** The serial number, `08` (leading zeros kept as written). */
  serial: string;
  /** Year in the number of a normative document: 2018 in `61/2018/NĐ-CP`. */
  year: number | null;
  /** Type code, `TB`; null for a công văn. */
  typeCode: string | null;
  /** Code of the issuing body, `UBND`. */
  issuerCode: string | null;
  /** For a công văn, the drafting unit after the dash: `NC` in `1687/UBND-NC`. */
  unit: string | null;
}

// 08 · 30c · 30C (a letter marks a serial inserted after another: 30c/NQ-CP)
const SERIAL = String.raw`(?<serial>\d{1,5}[a-zA-Z]?)`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;
const CODE_CHARS = String.raw`[\p{Lu}\p{Ll}\d&]+`;
// Parts of a symbol joined by dashes, with the stray spaces copies carry: `TT- BVHTTDL`;
// older symbols join them with a dot: `136/2001/QĐ.TTg`.
// It starts with a letter, so a ratio such as `119/133` is not a number and symbol.
const PART_JOINT = String.raw`(?:\s*-\s*|\.(?=\p{L}))`;
const SYMBOL = String.raw`(?<symbol>\p{L}[\p{L}\d&]*(?:${PART_JOINT}${CODE_CHARS})*)`;

// 08 /TB-UBND · 61/2018/NĐ-CP · 1687/UBND-NC
const STATE_NUMBER = new RegExp(String.raw`^${SERIAL}\s*(?:/\s*${YEAR}\s*)?/\s*${SYMBOL}$`, 'u');
// 57-NQ/TW: Party documents put a dash before the type.
const PARTY_NUMBER = new RegExp(String.raw`^${SERIAL}\s*-\s*(?<type>${CODE_CHARS})\s*/\s*(?<party>${CODE_CHARS})$`, 'u');

// Codes typed without a Vietnamese keyboard, restored: `ND` → `NĐ`.
// (`DA` is left alone: it is dự án as written, and đề án typed without Đ.)
const UNACCENTED_CODES: Record<string, string> = { ND: 'NĐ', QD: 'QĐ', QYD: 'QyĐ', QyD: 'QyĐ', HDND: 'HĐND', CD: 'CĐ' };

/** Parses a number and symbol; null when the text is not one (or the number is blank, as in drafts). */
export function parseDocumentNumber(raw: string): DocumentNumber | null {
  const text = raw.trim().replace(/\s+/gu, ' ');
  const party = PARTY_NUMBER.exec(text);
  if (party?.groups) {
    const { serial, type, party: body } = party.groups as { serial: string; type: string; party: string };
    return { canonical: `${serial}-${type}/${body}`, serial, year: null, typeCode: type, issuerCode: body, unit: null };
  }
  const state = STATE_NUMBER.exec(text);
  if (!state?.groups) return null;
  const serial = state.groups['serial']!;
  const year = state.groups['year'] ? Number(state.groups['year']) : null;
  // The joints as written (a dash, or the dot of `QĐ.TTg`), so the canonical form keeps them.
  const pieces = state.groups['symbol']!.split(/(\s*-\s*|\.)/u);
  const joints = pieces.filter((_, i) => i % 2 === 1).map((joint) => (joint === '.' ? '.' : '-'));
  const parts = splitLostHyphen(pieces.filter((_, i) => i % 2 === 0));
  // A hyphen lost in a PDF copy (`NĐCP`) is restored as a dash.
  if (parts.length > joints.length + 1) joints.unshift('-');
  const first = parts[0]!;
  const typeCode = restoreTypeCode(first);
  const symbolParts = typeCode ? [typeCode, ...parts.slice(1).map(restoreIssuerCode)] : parts.map(restoreIssuerCode);
  const symbol = symbolParts.map((part, i) => (i === 0 ? part : `${joints[i - 1]}${part}`)).join('');
  const canonical = `${serial}/${year === null ? '' : `${year}/`}${symbol}`;
  if (typeCode) return { canonical, serial, year, typeCode, issuerCode: symbolParts[1] ?? null, unit: symbolParts.slice(2).join('-') || null };
  // No type code: a công văn, `UBND-NC` = issuer and drafting unit.
  return { canonical, serial, year, typeCode: null, issuerCode: symbolParts[0] ?? null, unit: symbolParts.slice(1).join('-') || null };
}

function restoreTypeCode(code: string): string | null {
  if (documentTypeByCode(code)) return code;
  const restored = UNACCENTED_CODES[code];
  if (restored && documentTypeByCode(restored)) return restored;
  // Typed in capitals: `CTR`, `TTR`, `QYĐ`.
  return ['CTr', 'TTr', 'TTh', 'QyĐ'].find((candidate) => candidate.toUpperCase() === code.toUpperCase()) ?? null;
}

const MAX_GLUED_SYMBOL = 16;

/**
 * A PDF copy can lose the hyphen of a symbol: `NĐCP`, `QĐUBND`. A single part
 * that is a known type code followed by a known issuer code is split back.
 */
function splitLostHyphen(parts: string[]): string[] {
  const symbol = parts[0]!;
  // Codes are short (`NĐ` + `CP`, `QĐ` + `UBND`): a longer run of letters is not two codes.
  if (parts.length !== 1 || symbol.length > MAX_GLUED_SYMBOL) return parts;
  for (let cut = symbol.length - 1; cut >= 2; cut--) {
    const type = symbol.slice(0, cut);
    const issuer = symbol.slice(cut);
    if (restoreTypeCode(type) && issuerByCode(issuer)) return [type, issuer];
  }
  return parts;
}

/** `TTG` → `TTg`, `HDND` → `HĐND`; unknown codes as written. */
function restoreIssuerCode(code: string): string {
  const known = issuerByCode(code);
  if (known) return known.code === 'QH' ? code.toUpperCase() : known.code;
  return UNACCENTED_CODES[code] ?? code;
}
