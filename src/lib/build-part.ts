import type { SourceRecord } from '../schemas/index.ts';

/** One part of a split build (`npm run build -- --parts N`): `index` of `count`, from 1. */
export interface BuildPart {
  index: number;
  count: number;
}

/** `ARCHIVE_PART` as scripts/build.ts sets it: `2/3`; unset means the whole build (`1/1`). */
export function parseBuildPart(value: string | undefined): BuildPart {
  if (value === undefined || value === '') return { index: 1, count: 1 };
  // 2/3
  const match = /^(?<index>[1-9]\d*)\/(?<count>[1-9]\d*)$/u.exec(value);
  const index = Number(match?.groups?.['index']);
  const count = Number(match?.groups?.['count']);
  if (!match || index > count) throw new Error(`ARCHIVE_PART=${value}: expected <part>/<parts> such as 2/3, with the part no greater than the parts.`);
  return { index, count };
}

/** What decides a page's part: the jurisdiction it belongs to, else its id. */
export interface PartKey {
  jurisdiction: string | null;
  id: string;
}

/**
 * Which pages a part builds. A jurisdiction's documents and agencies go to one
 * part, jurisdictions spread so parts get about as many documents (largest
 * first, each to the part with fewest so far); pages without a jurisdiction
 * (central bodies, people, legal bases, years) spread by a hash of their id.
 * Every part sees every record, so pages link across parts as in one build.
 */
export function partPlan(records: readonly Pick<SourceRecord, 'jurisdiction'>[], count: number): (key: PartKey) => number {
  const sizes = new Map<string, number>();
  for (const record of records) if (record.jurisdiction) sizes.set(record.jurisdiction, (sizes.get(record.jurisdiction) ?? 0) + 1);
  const load = new Array<number>(count).fill(0);
  const byJurisdiction = new Map<string, number>();
  for (const [jurisdiction, size] of [...sizes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))) {
    const lightest = load.indexOf(Math.min(...load));
    byJurisdiction.set(jurisdiction, lightest + 1);
    load[lightest]! += size;
  }
  return (key) => (key.jurisdiction !== null && byJurisdiction.get(key.jurisdiction)) || 1 + (fnv1a(key.id) % count);
}

// FNV-1a, 32 bits: a stable hash, the same on every machine and run.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  return hash;
}
