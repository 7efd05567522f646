import type { SourceRecord } from '../schemas/index.ts';
import { compareCodeUnits, recordDate } from './format.ts';

export interface RelatedItem {
  record: SourceRecord;
  score: number;
  reasons: string[];
}

// Roles that make an agency what a document is about, not a passing mention.
const MAIN_ROLES = new Set(['issuer', 'subject', 'assignee']);
// A legal basis cited by more documents than this says little about relatedness.
const COMMON_BASIS = 200;

/** Inverted indexes, so relating one document looks only at documents that share something with it. */
export interface RelatedIndex {
  byId: Map<string, SourceRecord>;
  byAgencyYear: Map<string, SourceRecord[]>;
  byBasis: Map<string, SourceRecord[]>;
}

export function relatedIndex(records: readonly SourceRecord[]): RelatedIndex {
  const index: RelatedIndex = { byId: new Map(), byAgencyYear: new Map(), byBasis: new Map() };
  // Appended in place: copying a list at every entry was quadratic for a basis thousands of documents cite.
  const append = (map: Map<string, SourceRecord[]>, key: string, record: SourceRecord) => {
    const list = map.get(key);
    if (list) list.push(record);
    else map.set(key, [record]);
  };
  for (const record of records) {
    index.byId.set(record.id, record);
    for (const key of agencyYearKeys(record)) append(index.byAgencyYear, key, record);
    for (const ref of record.legalRefs) if (ref.resolved) append(index.byBasis, ref.id, record);
  }
  return index;
}

function agencyYearKeys(record: SourceRecord): string[] {
  const year = recordDate(record)?.slice(0, 4);
  if (!year) return [];
  return record.agencies.filter((agency) => agency.roles.some((role) => MAIN_ROLES.has(role))).map((agency) => `${agency.id}|${year}`);
}

/**
 * Documents related to one, ranked, each with why: the same event (from the
 * ingest's link stage), a shared agency in the same year, shared legal bases.
 */
export function relatedTo(record: SourceRecord, index: RelatedIndex, limit = 8): RelatedItem[] {
  const items = new Map<string, RelatedItem>();
  const add = (other: SourceRecord | undefined, score: number, reason: string) => {
    if (!other || other.id === record.id) return;
    const item = items.get(other.id) ?? { record: other, score: 0, reasons: [] };
    item.score += score;
    if (!item.reasons.includes(reason)) item.reasons.push(reason);
    items.set(other.id, item);
  };
  for (const link of record.related) add(index.byId.get(link.id), 10, link.reason);
  const year = recordDate(record)?.slice(0, 4);
  for (const key of agencyYearKeys(record)) {
    const name = record.agencies.find((agency) => key.startsWith(`${agency.id}|`))!.name;
    const reason = `Cùng cơ quan ${name}, năm ${year}.`;
    for (const other of index.byAgencyYear.get(key) ?? []) add(other, 3, reason);
  }
  for (const ref of record.legalRefs) {
    const citing = index.byBasis.get(ref.id) ?? [];
    if (citing.length > COMMON_BASIS) continue;
    const reason = `Cùng căn cứ: ${ref.canonical}.`;
    for (const other of citing) add(other, 1, reason);
  }
  return best(items.values(), limit);
}

/**
 * The `limit` best items (highest score, then newest, then by id), in order.
 * A document shares an agency and a year with hundreds of others at 10,000
 * documents: sorting them all for every page cost seconds a build.
 */
function best(items: Iterable<RelatedItem>, limit: number): RelatedItem[] {
  if (limit <= 0) return [];
  const kept: { item: RelatedItem; date: string }[] = [];
  const before = (a: { item: RelatedItem; date: string }, b: { item: RelatedItem; date: string }) =>
    b.item.score - a.item.score || compareCodeUnits(b.date, a.date) || (a.item.record.id < b.item.record.id ? -1 : 1);
  for (const item of items) {
    const worst = kept[limit - 1];
    // A lower score can never enter a full list: its date need not be looked at.
    if (worst && item.score < worst.item.score) continue;
    const entry = { item, date: recordDate(item.record) ?? '' };
    if (worst && before(entry, worst) >= 0) continue;
    let at = Math.min(kept.length, limit - 1);
    while (at > 0 && before(entry, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, entry);
    if (kept.length > limit) kept.pop();
  }
  return kept.map(({ item }) => item);
}
