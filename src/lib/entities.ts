import type { AgencyRef, AgencyRegistry, LegalRef, SourceRecord } from '../schemas/index.ts';
import { slugify } from '../ingest/link/slugify.ts';
import { compareCodeUnits, recordDate } from './format.ts';

/** An agency as the whole archive knows it: `/co-quan/<id>/`. */
export interface AgencyPage {
  id: string;
  name: string;
  level: string;
  jurisdiction: string | null;
  registered: boolean;
  /** Documents by the agency's role in them, newest first. */
  byRole: Map<AgencyRef['roles'][number], SourceRecord[]>;
  /** Every document naming it, by year (of the document's date; undated under 0). */
  byYear: Map<number, SourceRecord[]>;
  /** The legal bases its documents cite most, with how many of them cite each. */
  bases: { ref: LegalRef; count: number }[];
}

/** A person across documents: `/nhan-vat/<id>/`. */
export interface PersonPage {
  id: string;
  name: string;
  /** Position per document, oldest first: positions over time. */
  positions: { position: string | null; record: SourceRecord }[];
  /** Events the person led. */
  led: { record: SourceRecord; event: SourceRecord['events'][number] }[];
}

const byNewest = (a: SourceRecord, b: SourceRecord) => compareCodeUnits(recordDate(b) ?? '', recordDate(a) ?? '') || (a.id < b.id ? -1 : 1);

// Appended in place: copying the list at every entry was quadratic for an agency in thousands of documents.
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
const byOldest = (a: SourceRecord, b: SourceRecord) => -byNewest(a, b);

export function collectAgencies(records: readonly SourceRecord[]): AgencyPage[] {
  const pages = new Map<string, AgencyPage>();
  for (const record of [...records].sort(byNewest)) {
    for (const agency of record.agencies) {
      const page = pages.get(agency.id) ?? { id: agency.id, name: agency.name, level: agency.level, jurisdiction: agency.jurisdiction, registered: agency.registered, byRole: new Map(), byYear: new Map(), bases: [] };
      for (const role of agency.roles) append(page.byRole, role, record);
      const year = Number(recordDate(record)?.slice(0, 4) ?? 0);
      append(page.byYear, year, record);
      pages.set(agency.id, page);
    }
  }
  for (const page of pages.values()) {
    const counts = new Map<string, { ref: LegalRef; count: number }>();
    const documents = new Set([...page.byRole.values()].flat());
    for (const record of documents) for (const ref of record.legalRefs) counts.set(ref.id, { ref, count: (counts.get(ref.id)?.count ?? 0) + 1 });
    page.bases = [...counts.values()].sort((a, b) => b.count - a.count || (a.ref.id < b.ref.id ? -1 : 1)).slice(0, 10);
  }
  return [...pages.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function collectPeople(records: readonly SourceRecord[]): PersonPage[] {
  const pages = new Map<string, PersonPage>();
  for (const record of [...records].sort(byOldest)) {
    for (const person of record.people) {
      const page = pages.get(person.id) ?? { id: person.id, name: person.name, positions: [], led: [] };
      page.positions.push({ position: person.position, record });
      pages.set(person.id, page);
    }
    for (const event of record.events) {
      if (event.leaderId && pages.has(event.leaderId)) pages.get(event.leaderId)!.led.push({ record, event });
    }
  }
  return [...pages.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A year: what was published in it, by month, and what reports on it. */
export interface YearPage {
  year: number;
  published: Map<number, SourceRecord[]>;
  reportingOn: SourceRecord[];
}

export function collectYears(records: readonly SourceRecord[]): YearPage[] {
  const years = new Map<number, YearPage>();
  const page = (year: number) => years.get(year) ?? years.set(year, { year, published: new Map(), reportingOn: [] }).get(year)!;
  for (const record of [...records].sort(byNewest)) {
    const date = recordDate(record);
    if (date) {
      const year = page(Number(date.slice(0, 4)));
      const month = Number(date.slice(5, 7));
      append(year.published, month, record);
    }
    if (record.reportingYear !== null) page(record.reportingYear).reportingOn.push(record);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** Names an agency has had, and what it became, from the registry's renames and mergers. */
export function otherNames(agencyId: string, registry: AgencyRegistry): { date: string; text: string; to?: string }[] {
  const out: { date: string; text: string; to?: string }[] = [];
  for (const entry of registry.local) {
    const suffix = agencyId.startsWith(`${entry.key}-`) ? agencyId.slice(entry.key.length + 1) : null;
    for (const rename of entry.renamed) {
      const from = suffix !== null ? agencyId : null;
      if (from) out.push({ date: rename.date, text: `${rename.how === 'merged' ? 'Hợp nhất vào' : 'Đổi thành'} ${registry.local.find((other) => other.key === rename.to)?.name ?? rename.to}`, to: `${rename.to}-${suffix}` });
      // What was merged into this one.
      const target = agencyId.match(new RegExp(`^${rename.to}-(.+)$`, 'u'));
      if (target) out.push({ date: rename.date, text: `Tiếp nhận ${entry.name}`, to: `${entry.key}-${target[1]}` });
    }
  }
  for (const entry of [...registry.central, ...registry.specific]) {
    for (const rename of entry.renamed) {
      if (entry.id === agencyId) out.push({ date: rename.date, text: `${rename.how === 'merged' ? 'Hợp nhất vào' : 'Đổi thành'} ${rename.to}`, to: rename.to });
      if (rename.to === agencyId) out.push({ date: rename.date, text: `Tiếp nhận ${entry.name}`, to: entry.id });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export const ROLE_LABEL: Record<AgencyRef['roles'][number], string> = {
  issuer: 'Ban hành',
  subject: 'Được kiểm tra, đề cập chính',
  assignee: 'Được giao chủ trì nhiệm vụ',
  partner: 'Phối hợp thực hiện nhiệm vụ',
  recipient: 'Nơi nhận',
  participant: 'Dự họp',
  commended: 'Được biểu dương',
  mentioned: 'Được nhắc đến',
};

export const LEVEL_LABEL: Record<string, string> = {
  central: 'Trung ương',
  ministry: 'Bộ, ngành trung ương',
  provincial: 'Cấp tỉnh, thành phố',
  department: 'Sở, ngành',
  district: 'Cấp huyện, quận',
  unit: 'Đơn vị',
  press: 'Báo chí, cổng thông tin',
  party: 'Cơ quan Đảng',
};

export function jurisdictionAnchor(jurisdiction: string | null): string {
  return jurisdiction ? slugify(jurisdiction) : 'trung-uong';
}
