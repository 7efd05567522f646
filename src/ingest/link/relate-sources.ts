import type { Related, SourceRecord } from '../../schemas/index.ts';

type Relatable = Pick<SourceRecord, 'id' | 'source' | 'events'>;
type Event = Relatable['events'][number];

/**
 * Sources that report the same event: same kind, same day, same agency. Linked
 * both ways, each with the reason a reader is shown. A date alone is not enough:
 * two inspections on one day at different agencies are different events.
 */
export function relateSources(records: readonly Relatable[]): Map<string, Related[]> {
  const related = new Map<string, Related[]>(records.map((record) => [record.id, []]));
  // Records by event key, so each record meets only those it shares an event with
  // (comparing every pair took minutes at 10,000 records).
  const byEvent = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const event of record.events) {
      const key = eventKey(event);
      if (key === undefined) continue;
      const list = byEvent.get(key) ?? byEvent.set(key, []).get(key)!;
      if (list.at(-1) !== index) list.push(index);
    }
  });
  records.forEach((a, index) => {
    const candidates = new Set<number>();
    for (const event of a.events) {
      const key = eventKey(event);
      if (key !== undefined) for (const other of byEvent.get(key) ?? []) if (other !== index) candidates.add(other);
    }
    // In archive order, as a reader scanning the list expects.
    for (const other of [...candidates].sort((x, y) => x - y)) {
      const b = records[other]!;
      if (a.id === b.id) continue;
      const shared = a.events.find((event) => eventKey(event) !== undefined && b.events.some((item) => eventKey(item) === eventKey(event)))!;
      const kind = shared.kind === 'inspection' ? 'kiểm tra' : 'cuộc họp';
      const [year, month, day] = shared.date!.split('-');
      const leader = shared.leader && b.events.some((item) => item.leader === shared.leader) ? `, ${shared.kind === 'inspection' ? 'trưởng đoàn' : 'chủ trì'} ${shared.leader}` : '';
      related.get(a.id)!.push({ id: b.id, source: b.source, kind: 'same-event', reason: `Cùng sự kiện: ${kind} ngày ${day}/${month}/${year} tại ${shared.at}${leader}.` });
    }
  });
  return related;
}

// Only an event with a day and an agency can be matched.
function eventKey(event: Event): string | undefined {
  return event.date && event.atAgency ? `${event.kind}\0${event.date}\0${event.atAgency}` : undefined;
}
