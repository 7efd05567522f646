import { foldOldTones } from './document-types.ts';
import { JURISDICTIONS, type Jurisdiction } from './jurisdictions.ts';

// A copy that lost characters (`Đà Nng`, `THÀNH PHHỒ CHÍ MINH`) is this many edits from the name at most.
const MAX_EDITS = 2;
// Shorter names are too close to each other for a guess (`Huế`, `Hà Nam` / `Hà Nội`).
const MIN_LETTERS = 6;

/**
 * The province or city a garbled name stands for: `Đà Nng` → Đà Nẵng,
 * `thành phhồ chí minh` → Hồ Chí Minh. Only when exactly one name is within
 * two edits, and never for short names, so a real other place is not taken
 * for a province.
 */
export function nearJurisdiction(text: string): Jurisdiction | undefined {
  const written = letters(text);
  if (written.length < MIN_LETTERS - MAX_EDITS) return undefined;
  const hits = new Set<Jurisdiction>();
  for (const jurisdiction of JURISDICTIONS) {
    for (const name of [jurisdiction.name, `${jurisdiction.level} ${jurisdiction.name}`]) {
      const target = letters(name);
      if (target.length < MIN_LETTERS || Math.abs(target.length - written.length) > MAX_EDITS) continue;
      if (editDistance(written, target, MAX_EDITS) <= MAX_EDITS) hits.add(jurisdiction);
    }
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

function letters(text: string): string {
  return foldOldTones(text.normalize('NFC').toLocaleLowerCase('vi')).replace(/[^\p{L}]/gu, '');
}

/** Levenshtein distance, stopping early once every path exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
