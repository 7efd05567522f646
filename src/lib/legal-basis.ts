import { slugify } from '../ingest/link/slugify.ts';
import type { LegalRef, LegalRelation, ReferenceOccurrence, SourceRecord } from '../schemas/index.ts';
import { compareCodeUnits, recordHeading, recordPath } from './format.ts';

/** A referenced document as the whole archive cites it: the page `/can-cu/<id>/`. */
export interface Basis {
  id: string;
  type: string;
  number: string | null;
  canonical: string;
  date: string | null;
  year: number | null;
  issuer: string | null;
  /** Subjects as the citing texts give them, distinct. */
  subjects: string[];
  /** Its own page, when the document is in the archive. */
  target: string | undefined;
  resolved: boolean;
  unresolvedReason: string | undefined;
  /** Every citing passage, in citing-document order. */
  citations: { record: SourceRecord; occurrence: ReferenceOccurrence }[];
  /** How many documents cite it. */
  citingDocuments: number;
  /** What it does to other documents and they to it, as the archive's texts say (record.relations). */
  relations: BasisRelation[];
}

/** One relation on a basis's page: `role` is what the basis is in it. */
export interface BasisRelation {
  kind: LegalRelation['kind'];
  /** `object`: the basis is amended, replaced, … by `other`; `agent`: it amends, replaces, … `other`. */
  role: 'agent' | 'object';
  /** The other document: a basis page, or the record that says it of itself. */
  other: { label: string; href: string };
  passage: string;
  /** The record whose text says so. */
  statedIn: SourceRecord;
  effective: string | null;
}

// The order of the groups on /can-cu/: the hierarchy of legal documents, then the rest.
export const TYPE_ORDER = ['Luật', 'Pháp lệnh', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Thông tư liên tịch', 'Kế hoạch', 'Chương trình', 'Thông báo', 'Công văn', 'Văn bản'];

/** Every referenced document of the archive, each with all its citations. Deterministic order. */
export function collectBases(records: readonly SourceRecord[]): Basis[] {
  const bases = new Map<string, Basis>();
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const record of sorted) {
    for (const ref of record.legalRefs) {
      const basis = bases.get(ref.id) ?? fromRef(ref);
      // Details the first citation lacks come from the next (a date, an issuer).
      basis.date ??= ref.date;
      basis.issuer ??= ref.issuer;
      basis.target ??= ref.target;
      if (ref.subject && !basis.subjects.includes(ref.subject)) basis.subjects.push(ref.subject);
      for (const occurrence of ref.occurrences) basis.citations.push({ record, occurrence });
      bases.set(ref.id, basis);
    }
  }
  // Counted once at the end: counting at every citation was quadratic in a basis cited thousands of times.
  for (const basis of bases.values()) basis.citingDocuments = new Set(basis.citations.map((citation) => citation.record.id)).size;
  // Relations, once every basis is known: each is shown on the page of the document acted on and of the one acting.
  const page = (id: string) => ({ label: bases.get(id)?.canonical ?? id, href: `/can-cu/${id}/` });
  for (const record of sorted) {
    for (const relation of record.relations) {
      const agent = relation.agent === null ? { label: recordHeading(record), href: recordPath(record) } : page(relation.agent);
      const common = { kind: relation.kind, passage: relation.passage.text, statedIn: record, effective: relation.effective };
      bases.get(relation.object)?.relations.push({ ...common, role: 'object', other: agent });
      if (relation.agent !== null) bases.get(relation.agent)?.relations.push({ ...common, role: 'agent', other: page(relation.object) });
    }
  }
  return [...bases.values()].sort(compareBases);
}

function fromRef(ref: LegalRef): Basis {
  return {
    id: ref.id,
    type: ref.type,
    number: ref.number,
    canonical: ref.canonical,
    date: ref.date,
    year: ref.year,
    issuer: ref.issuer,
    subjects: [],
    target: ref.target,
    resolved: ref.resolved,
    unresolvedReason: ref.unresolvedReason,
    citations: [],
    citingDocuments: 0,
    relations: [],
  };
}

/** By type group, then newest first (date, else year), then id. */
export function compareBases(a: Basis, b: Basis): number {
  const rank = (basis: Basis) => {
    const index = TYPE_ORDER.indexOf(basis.type);
    return index === -1 ? TYPE_ORDER.length : index;
  };
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const when = (basis: Basis) => basis.date ?? (basis.year ? String(basis.year) : '');
  const byDate = compareCodeUnits(when(b), when(a));
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Bases grouped by type, in TYPE_ORDER. */
export function groupByType(bases: readonly Basis[]): { type: string; bases: Basis[] }[] {
  const groups: { type: string; bases: Basis[] }[] = [];
  for (const basis of bases) {
    const group = groups.at(-1);
    if (group?.type === basis.type) group.bases.push(basis);
    else groups.push({ type: basis.type, bases: [basis] });
  }
  return groups;
}

export const RELATION_LABEL: Record<ReferenceOccurrence['relation'], string> = {
  basis: 'làm căn cứ',
  implementation: 'thực hiện, triển khai',
  compliance: 'theo quy định',
  mention: 'nhắc đến',
};

/** The anchor of a type's group on /can-cu/: `Nghị định` → `nghi-dinh`. */
export function typeAnchor(type: string): string {
  return slugify(type);
}

/** How a basis's page says a relation, by what the basis is in it. */
export const RELATION_WORDS: Record<LegalRelation['kind'], Record<BasisRelation['role'], string>> = {
  amends: { object: 'Được sửa đổi, bổ sung bởi', agent: 'Sửa đổi, bổ sung' },
  replaces: { object: 'Được thay thế bởi', agent: 'Thay thế' },
  repeals: { object: 'Bị bãi bỏ bởi', agent: 'Bãi bỏ' },
  implements: { object: 'Được hướng dẫn, triển khai bởi', agent: 'Hướng dẫn, triển khai' },
};
