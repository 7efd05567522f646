import type { SourceRecord } from '../schemas/index.ts';
import { recordDate } from './format.ts';

export interface RelatedItem {
  record: SourceRecord;
  score: number;
  reasons: string[];
}

// Roles that make an agency what a document is about, not a passing mention.
const MAIN_ROLES = new Set(['issuer', 'subject', 'assignee']);

/**
 * Documents related to one, ranked, each with why: the same event (from the
 * ingest's link stage), a shared agency in the same year, shared legal bases.
 */
export function relatedTo(record: SourceRecord, records: readonly SourceRecord[], limit = 8): RelatedItem[] {
  const year = recordDate(record)?.slice(0, 4);
  const mine = new Map(record.agencies.filter((agency) => agency.roles.some((role) => MAIN_ROLES.has(role))).map((agency) => [agency.id, agency]));
  const bases = new Map(record.legalRefs.filter((ref) => ref.resolved).map((ref) => [ref.id, ref]));
  const items: RelatedItem[] = [];
  for (const other of records) {
    if (other.id === record.id) continue;
    const reasons: string[] = [];
    let score = 0;
    for (const link of record.related.filter((item) => item.id === other.id)) {
      reasons.push(link.reason);
      score += 10;
    }
    if (year && recordDate(other)?.slice(0, 4) === year) {
      for (const agency of other.agencies) {
        const shared = mine.get(agency.id);
        if (shared && agency.roles.some((role) => MAIN_ROLES.has(role))) {
          reasons.push(`Cùng cơ quan ${shared.name}, năm ${year}.`);
          score += 3;
        }
      }
    }
    const common = other.legalRefs.filter((ref) => bases.has(ref.id));
    if (common.length > 0) {
      reasons.push(`Cùng căn cứ: ${common.map((ref) => ref.canonical).join('; ')}.`);
      score += common.length;
    }
    if (score > 0) items.push({ record: other, score, reasons });
  }
  return items
    .sort((a, b) => b.score - a.score || (recordDate(b.record) ?? '').localeCompare(recordDate(a.record) ?? '') || (a.record.id < b.record.id ? -1 : 1))
    .slice(0, limit);
}
