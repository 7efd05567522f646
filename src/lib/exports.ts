import { EXPORT_VERSION, type agencyRowSchema, type citationGraphSchema, type referenceRowSchema, type relationRowSchema } from '../schemas/exports.ts';
import type { SourceRecord } from '../schemas/index.ts';
import type { z } from 'astro/zod';
import { jurisdictionAnchor } from './entities.ts';
import { compareCodeUnits, recordDate, recordHeading, recordPath } from './format.ts';
import type { Basis } from './legal-basis.ts';

const byId = (a: SourceRecord, b: SourceRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function archiveExport(records: readonly SourceRecord[]) {
  const sorted = [...records].sort(byId);
  return { version: EXPORT_VERSION, recordSchemaVersion: 1 as const, count: sorted.length, records: sorted };
}

/**
 * The slices of the archive offered beside the whole, so a reader studying one
 * province or one year fetches that alone (the whole archive is 800 MB at
 * 100,000 texts): `/du-lieu/theo-nam/2021.ndjson`, `/du-lieu/theo-dia-ban/son-la.ndjson`.
 * A record without a date is in `khong-ro-nam`; one of no province (a central body's, or unknown) in `trung-uong`.
 */
export function exportSlicesOf(record: Pick<SourceRecord, 'issued' | 'published' | 'jurisdiction'>): { year: string; jurisdiction: string } {
  return { year: recordDate(record)?.slice(0, 4) ?? 'khong-ro-nam', jurisdiction: jurisdictionAnchor(record.jurisdiction) };
}

/** The slices with their records' count and, for a jurisdiction, its name; in a stable order (years newest first, jurisdictions by slug). */
export function exportSlices(records: readonly SourceRecord[]): { years: { slug: string; count: number }[]; jurisdictions: { slug: string; name: string; count: number }[] } {
  const years = new Map<string, number>();
  const jurisdictions = new Map<string, { name: string; count: number }>();
  for (const record of records) {
    const { year, jurisdiction } = exportSlicesOf(record);
    years.set(year, (years.get(year) ?? 0) + 1);
    const entry = jurisdictions.get(jurisdiction) ?? { name: record.jurisdiction ?? 'Trung ương, không xác định địa bàn', count: 0 };
    entry.count++;
    jurisdictions.set(jurisdiction, entry);
  }
  return {
    // Newest year first, records without a date last.
    years: [...years].map(([slug, count]) => ({ slug, count })).sort((a, b) => Number(a.slug === 'khong-ro-nam') - Number(b.slug === 'khong-ro-nam') || (a.slug < b.slug ? 1 : a.slug > b.slug ? -1 : 0)),
    jurisdictions: [...jurisdictions].map(([slug, entry]) => ({ slug, ...entry })).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
  };
}

/** One record per line, in id order. */
export function toNdjson(records: readonly SourceRecord[]): string {
  return [...records].sort(byId).map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** RFC 4180 CSV with a UTF-8 BOM, so spreadsheet programs read Vietnamese correctly. */
export function toCsv<Row extends Record<string, string>>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  const cell = (value: string) => (/[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value);
  return `\uFEFF${[columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column] ?? '')).join(','))].join('\r\n')}\r\n`;
}

export function referenceRows(records: readonly SourceRecord[], bases: readonly Basis[]): z.infer<typeof referenceRowSchema>[] {
  const status = new Map(bases.map((basis) => [basis.id, basis.status]));
  return [...records].sort(byId).flatMap((record) =>
    record.legalRefs.map((ref) => ({
      document_id: record.id,
      document_number: record.number ?? '',
      document_date: recordDate(record) ?? '',
      reference_id: ref.id,
      type: ref.type,
      number: ref.number ?? '',
      canonical: ref.canonical,
      reference_date: ref.date ?? '',
      issuer: ref.issuer ?? '',
      relation: ref.occurrences[0]?.relation ?? '',
      mentions: String(ref.mentions),
      resolved: String(ref.resolved) as 'true' | 'false',
      in_archive: ref.target ?? '',
      status: status.get(ref.id)?.value ?? '',
      status_since: status.get(ref.id)?.since ?? '',
    })),
  );
}

export function relationRows(records: readonly SourceRecord[]): z.infer<typeof relationRowSchema>[] {
  return [...records].sort(byId).flatMap((record) => {
    const canonical = new Map(record.legalRefs.map((ref) => [ref.id, ref.canonical]));
    return record.relations.map((relation) => ({
      stated_in: record.id,
      agent_id: relation.agent ?? record.id,
      agent: relation.agent === null ? recordHeading(record) : (canonical.get(relation.agent) ?? relation.agent),
      kind: relation.kind,
      object_id: relation.object,
      object: canonical.get(relation.object) ?? relation.object,
      partial: String(relation.partial) as 'true' | 'false',
      attachment: relation.attachment?.text ?? '',
      effective: relation.effective ?? '',
      passage: relation.passage.text,
    }));
  });
}

export function agencyRows(records: readonly SourceRecord[]): z.infer<typeof agencyRowSchema>[] {
  const agencies = new Map<string, { agency: SourceRecord['agencies'][number]; documents: Set<string>; roles: Set<string> }>();
  for (const record of records) {
    for (const agency of record.agencies) {
      const entry = agencies.get(agency.id) ?? { agency, documents: new Set<string>(), roles: new Set<string>() };
      entry.documents.add(record.id);
      for (const role of agency.roles) entry.roles.add(role);
      agencies.set(agency.id, entry);
    }
  }
  return [...agencies.values()]
    .sort((a, b) => (a.agency.id < b.agency.id ? -1 : 1))
    .map(({ agency, documents, roles }) => ({
      id: agency.id,
      name: agency.name,
      level: agency.level,
      jurisdiction: agency.jurisdiction ?? '',
      registered: String(agency.registered) as 'true' | 'false',
      documents: String(documents.size),
      roles: [...roles].sort().join(';'),
    }));
}

export function citationGraph(records: readonly SourceRecord[], bases: readonly Basis[]): z.infer<typeof citationGraphSchema> {
  type Graph = z.infer<typeof citationGraphSchema>;
  const sorted = [...records].sort(byId);
  const byBasis = new Map(bases.map((basis) => [basis.id, basis]));
  const statusOf = (id: string): Graph['nodes'][number]['status'] => {
    const status = byBasis.get(id)?.status;
    return status ? { value: status.value, since: status.since, by: status.by?.id ?? null } : null;
  };
  const basisNode = (id: string): Graph['nodes'][number] => ({ id, kind: 'legal-basis', label: byBasis.get(id)?.canonical ?? id, url: `/can-cu/${id}/`, archived: byBasis.get(id)?.target ?? null, status: statusOf(id) });
  const nodes = new Map<string, Graph['nodes'][number]>();
  // A record whose id is also a basis's (a local document cited by its number) carries that basis's status.
  for (const record of sorted) nodes.set(record.id, { id: record.id, kind: record.kind, label: recordHeading(record), url: recordPath(record), archived: record.id, status: statusOf(record.id) });
  const edges: Graph['edges'] = [];
  for (const record of sorted) {
    for (const ref of record.legalRefs) {
      if (!nodes.has(ref.id)) nodes.set(ref.id, { ...basisNode(ref.id), label: ref.canonical, archived: ref.target ?? null });
      edges.push({ from: record.id, to: ref.id, relation: ref.occurrences[0]?.relation ?? 'mention', mentions: ref.mentions });
    }
  }
  // Every relation as the bases' pages show it (a text's, the registry's, one an amending law's name says), once per source.
  const relations: Graph['relations'] = [];
  for (const basis of [...bases].sort((a, b) => compareCodeUnits(a.id, b.id))) {
    for (const relation of basis.relations) {
      if (relation.role !== 'object') continue;
      for (const id of [relation.other.id, basis.id]) if (!nodes.has(id)) nodes.set(id, basisNode(id));
      for (const evidence of relation.evidence) {
        relations.push({
          from: relation.other.id,
          to: basis.id,
          kind: relation.kind,
          statedIn: evidence.kind === 'text' ? evidence.record.id : null,
          source: evidence.kind === 'document' ? { document: evidence.document.id, where: evidence.where, copy: evidence.copy } : evidence.kind === 'official' ? { url: evidence.url, checked: evidence.checked } : null,
          passage: evidence.kind === 'official' ? null : evidence.passage,
          effective: relation.effective,
          attachment: relation.attachment,
        });
      }
    }
  }
  return { version: EXPORT_VERSION, nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), edges, relations };
}
