import { parseDocumentNumber } from '../ingest/extract/document-number.ts';
import { documentTypeByCode } from '../ingest/extract/document-types.ts';

/**
 * A document number as readers type it into the search box, read with the
 * ingest's own number parser, so the site and the pipeline agree on what a
 * number is:
 *   08/TB-UBND · 08/tb-ubnd · 08 /TB-UBND · 61/2018/ND-CP · 61/2018 · QĐ 06/2020
 */
export interface NumberQuery {
  /** The serial without leading zeros: `8` for `08`. */
  serial: string;
  year: number | null;
  typeCode: string | null;
  /** The canonical number when the whole symbol was typed. */
  canonical: string | null;
}

/** An entry of the number index: a document of the archive or a referenced one. */
export interface NumberEntry {
  /** Canonical number. */
  n: string;
  /** Year: of the number, else of the date. */
  y: number | null;
  /** URL of its page. */
  u: string;
  /** Heading shown in the results. */
  h: string;
  /** `van-ban`, `tin-tuc` or `can-cu`. */
  k: string;
  /** A basis's status, when known: its value (the badge's class) and words. */
  s?: { v: string; t: string };
}

// 61/2018 · 61 / 2018
const SERIAL_YEAR = /^(?<serial>\d{1,5})\s*\/\s*(?<year>(?:19|20)\d{2})$/u;
// QĐ 06/2020 · QD 6/2020 · NĐ 61/2018 · Nghị định 61/2018
const TYPE_SERIAL_YEAR = /^(?<type>\p{L}{1,4})\.?\s+(?:số\s+)?(?<serial>\d{1,5})\s*\/\s*(?<year>(?:19|20)\d{2})$/iu;

export function parseNumberQuery(query: string): NumberQuery | null {
  const text = query.trim().replace(/^["“]|["”]$/gu, '').trim();
  // Symbols are typed in any case: read them in capitals, which the parser restores (`TTG` → `TTg`, `SNGV` → `SNgV`).
  const parsed = parseDocumentNumber(text.toLocaleUpperCase('vi'));
  if (parsed) return { serial: stripZeros(parsed.serial), year: parsed.year, typeCode: parsed.typeCode, canonical: parsed.canonical };
  const serialYear = SERIAL_YEAR.exec(text);
  if (serialYear?.groups) return { serial: stripZeros(serialYear.groups['serial']!), year: Number(serialYear.groups['year']), typeCode: null, canonical: null };
  const typed = TYPE_SERIAL_YEAR.exec(text);
  if (typed?.groups) {
    const code = restoreCode(typed.groups['type']!);
    if (code) return { serial: stripZeros(typed.groups['serial']!), year: Number(typed.groups['year']), typeCode: code, canonical: null };
  }
  return null;
}

/** The shard of the number index a serial lives in: its first two digits. */
export function numberShard(serial: string): string {
  return stripZeros(serial).slice(0, 2);
}

/** Entries of a shard that the query names, exact canonical matches first. */
export function matchNumber(query: NumberQuery, entries: readonly NumberEntry[]): NumberEntry[] {
  const hits = entries.filter((entry) => {
    if (query.canonical) return entry.n.toLocaleUpperCase('vi') === query.canonical.toLocaleUpperCase('vi');
    const parsed = parseDocumentNumber(entry.n);
    if (!parsed || stripZeros(parsed.serial) !== query.serial) return false;
    if (query.year !== null && entry.y !== query.year) return false;
    return query.typeCode === null || parsed.typeCode === query.typeCode;
  });
  // The document's own page before the page of a reference to it.
  return hits.sort((a, b) => (a.k === 'can-cu' ? 1 : 0) - (b.k === 'can-cu' ? 1 : 0) || (a.u < b.u ? -1 : 1));
}

function stripZeros(serial: string): string {
  return serial.replace(/^0+(?=\d)/u, '');
}

// `QD` → `QĐ`, `nd` → `NĐ`, `Nghị định` is not a code.
function restoreCode(code: string): string | null {
  const upper = code.toUpperCase();
  for (const candidate of [upper, upper.replace(/D/gu, 'Đ')]) if (documentTypeByCode(candidate)) return candidate;
  return null;
}
