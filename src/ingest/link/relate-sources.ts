import type { Related, SourceRecord } from '../../schemas/index.ts';

type Relatable = Pick<SourceRecord, 'id' | 'source' | 'events'>;

/**
 * Sources that report the same event: same kind, same day, same agency. Linked
 * both ways, each with the reason a reader is shown. A date alone is not enough:
 * two inspections on one day at different agencies are different events.
 */
export function relateSources(records: readonly Relatable[]): Map<string, Related[]> {
  const related = new Map<string, Related[]>(records.map((record) => [record.id, []]));
  for (const a of records) {
    for (const b of records) {
      if (a.id === b.id) continue;
      const shared = a.events.find((event) => event.date && event.atAgency && b.events.some((other) => other.kind === event.kind && other.date === event.date && other.atAgency === event.atAgency));
      if (!shared) continue;
      const kind = shared.kind === 'inspection' ? 'kiểm tra' : 'cuộc họp';
      const [year, month, day] = shared.date!.split('-');
      const leader = shared.leader && b.events.some((other) => other.leader === shared.leader) ? `, ${shared.kind === 'inspection' ? 'trưởng đoàn' : 'chủ trì'} ${shared.leader}` : '';
      related.get(a.id)!.push({ id: b.id, source: b.source, kind: 'same-event', reason: `Cùng sự kiện: ${kind} ngày ${day}/${month}/${year} tại ${shared.at}${leader}.` });
    }
  }
  return related;
}
