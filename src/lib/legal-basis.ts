import { slugify } from '../ingest/link/slugify.ts';
import { NUMBER_HAS_YEAR } from '../ingest/patterns/legal-references.ts';
import type { LegalDocument, LegalRef, LegalRegistry, LegalRelation, ReferenceOccurrence, SourceRecord } from '../schemas/index.ts';
import type { FeedNotice } from './atom.ts';
import { compareCodeUnits, recordDate, recordHeading, recordPath } from './format.ts';
import { attachmentTitle } from '../ingest/extract/attachments.ts';
import { lawsNamedAmended, registryLawNamed } from './laws-named-amended.ts';
import { basisStatus, evidenceOf, type BasisLink, type BasisStatus, type Evidence } from './legal-status.ts';

export type { BasisLink, Evidence };

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
  /**
   * What it does to other documents and they to it, as the archive's texts
   * (record.relations) and the registry say: oldest first, undated last.
   */
  relations: BasisRelation[];
  /** What is issued with it (`Quy chế … ban hành kèm theo Quyết định số 84/QĐ-SNgV`), as the texts say, each with the text that says so. */
  attachments: { title: string; evidence: Evidence[] }[];
  /** Its entry in the registry of legal documents, when it has one. */
  registry: LegalDocument | undefined;
  /** Whether it is in force, as far as the archive knows; null when nothing sourced says. */
  status: BasisStatus | null;
  /** The registry document this page's document is, when it is cited here by another form (a law by its number). */
  sameAs?: BasisLink;
}

/** One relation on a basis's page: `role` is what the basis is in it. */
export interface BasisRelation {
  kind: LegalRelation['kind'];
  /** `object`: the basis is amended, replaced, … by `other`; `agent`: it amends, replaces, … `other`. */
  role: 'agent' | 'object';
  /** The other document: a basis page, or the record that says it of itself (its record id and page). */
  other: BasisLink;
  /** Only some of its articles. */
  partial: boolean;
  /** The attachment the change goes through: `Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ`. */
  attachment: string | null;
  /** From when, as the acting text or the registry says. */
  effective: string | null;
  /** Where it stands on the timeline: its effective date, else the acting document's effective date, else its date of issue. */
  when: string | null;
  /** Every text and registry source that says it (one relation said twice is one entry). */
  evidence: Evidence[];
}

// The order of the groups on /can-cu/: the hierarchy of legal documents, then the rest.
export const TYPE_ORDER = ['Luật', 'Pháp lệnh', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Thông tư liên tịch', 'Kế hoạch', 'Chương trình', 'Thông báo', 'Công văn', 'Văn bản'];

/**
 * Every referenced document of the archive, each with all its citations, and
 * every document of the legal registry, cited or not (a relation links to its
 * page). Deterministic order.
 */
export function collectBases(records: readonly SourceRecord[], registry: LegalRegistry): Basis[] {
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
  // The registry's facts stand over what a citing text gave: its date and issuer are the official ones.
  // A number with its year names one document, so a record with it is the registry document's own text.
  const byNumber = new Map(sorted.filter((record) => record.kind === 'document' && record.number && NUMBER_HAS_YEAR.test(record.number)).map((record) => [record.number!, record.id]));
  for (const entry of registry.documents) {
    const basis = bases.get(entry.id) ?? fromEntry(entry);
    basis.target ??= entry.number ? byNumber.get(entry.number) : undefined;
    Object.assign(basis, { registry: entry, number: basis.number ?? entry.number ?? null, date: entry.issued, year: Number(entry.issued.slice(0, 4)), issuer: entry.issuer, resolved: true, unresolvedReason: undefined });
    bases.set(entry.id, basis);
  }
  // `Luật Giao dịch điện tử số 51/2005/QH11`: a law cited by its number has the number's page (`51-2005-qh11`), and one
  // cited by name and year the name's; the registry knows both are one law, so the number's page names it and shares its status.
  // Only a number with its year names one document; a relation or an archived text naming the number's page is
  // the registry document's, so its timeline and target are one.
  const aliases = new Map<string, string>();
  for (const entry of registry.documents) {
    const numbered = entry.number && NUMBER_HAS_YEAR.test(entry.number) ? bases.get(slugify(entry.number)) : undefined;
    if (!numbered || numbered.id === entry.id || numbered.registry) continue;
    const main = bases.get(entry.id)!;
    main.target ??= numbered.target;
    Object.assign(numbered, { canonical: entry.name ? `${entry.name} số ${entry.number}` : numbered.canonical, date: entry.issued, issuer: entry.issuer, target: undefined });
    aliases.set(numbered.id, entry.id);
  }
  const basisAt = (id: string) => bases.get(aliases.get(id) ?? id);
  // Counted once at the end: counting at every citation was quadratic in a basis cited thousands of times.
  for (const basis of bases.values()) basis.citingDocuments = new Set(basis.citations.map((citation) => citation.record.id)).size;
  const link = (cited: string): BasisLink => {
    const id = aliases.get(cited) ?? cited;
    return { id, label: bases.get(id)?.canonical ?? id, href: `/can-cu/${id}/` };
  };
  // A text that says it of itself (`Điều 1. Sửa đổi … Nghị định số 63/2010/NĐ-CP`) acts as the basis whose text it is, when it is one:
  // its relation then meets the registry's same relation on one line.
  const basisOf = basesByTarget(bases.values());
  const self = (record: SourceRecord): BasisLink => {
    const basis = basisOf.get(record.id);
    return basis ? link(basis.id) : { id: record.id, label: recordHeading(record), href: recordPath(record) };
  };
  // Relations, once every basis is known: each is shown on the page of the document acted on and of the one acting.
  const add = (basis: Basis | undefined, relation: BasisRelation) => {
    if (!basis) return;
    const same = basis.relations.find((known) => known.kind === relation.kind && known.role === relation.role && known.other.href === relation.other.href);
    if (!same) return void basis.relations.push({ ...relation, evidence: [...relation.evidence] });
    same.evidence.push(...relation.evidence);
    same.effective ??= relation.effective;
    same.when = same.effective ?? same.when ?? relation.when;
    same.partial ||= relation.partial;
    same.attachment ??= relation.attachment;
  };
  for (const record of sorted) {
    for (const relation of record.relations) {
      const agent = relation.agent === null ? self(record) : link(relation.agent);
      const actingId = relation.agent ?? basisOf.get(record.id)?.id;
      const acting = actingId === undefined ? undefined : basisAt(actingId);
      const when = relation.effective ?? acting?.registry?.effective ?? (relation.agent === null ? recordDate(record) : (acting?.date ?? null));
      const common = { kind: relation.kind, partial: relation.partial, attachment: relation.attachment?.text ?? null, effective: relation.effective, when, evidence: [{ kind: 'text' as const, record, passage: relation.passage.text }] };
      add(basisAt(relation.object), { ...common, role: 'object', other: agent });
      add(acting, { ...common, role: 'agent', other: link(relation.object) });
    }
  }
  // Attachments: a cited document's, and the archived text's own (`Ban hành kèm theo Quyết định này …`) on the page of the basis it is.
  for (const record of sorted) {
    for (const attachment of record.attachments) {
      const of = attachment.of ?? basisOf.get(record.id)?.id;
      const basis = of === undefined ? undefined : basisAt(of);
      const title = attachmentTitle(attachment.title.text);
      const evidence = { kind: 'text' as const, record, passage: attachment.passage.text };
      const same = basis?.attachments.find((known) => known.title.toLocaleLowerCase('vi') === title.toLocaleLowerCase('vi'));
      if (!same) basis?.attachments.push({ title, evidence: [evidence] });
      else if (!same.evidence.some((known) => known.kind === 'text' && known.record === record)) same.evidence.push(evidence);
    }
  }
  // `Luật sửa đổi, bổ sung một số điều của Luật A và Luật B`, cited by a text: its name says it amends both.
  for (const basis of bases.values()) {
    const citation = basis.citations[0];
    // Known only by its year, it cannot be placed after a law of the same name passed that year: left unknown.
    const date = basis.date;
    if (basis.type !== 'Luật' || !citation || !date) continue;
    for (const name of lawsNamedAmended(basis.canonical)) {
      const law = registryLawNamed(registry, name, date);
      if (!law) continue;
      const common = { kind: 'amends' as const, partial: true, attachment: null, effective: null, when: basis.registry?.effective ?? basis.date, evidence: [{ kind: 'text' as const, record: citation.record, passage: citation.occurrence.sentence.text }] };
      add(bases.get(law.id), { ...common, role: 'object', other: link(basis.id) });
      add(basis, { ...common, role: 'agent', other: link(law.id) });
    }
  }
  for (const entry of registry.documents) {
    for (const change of entry.changes) {
      const effective = change.effective ?? null;
      const by = bases.get(change.by);
      const common = { kind: change.kind, partial: change.partial, attachment: null, effective, when: effective ?? by?.registry?.effective ?? by?.date ?? null, evidence: [evidenceOf(change.source, link)] };
      add(bases.get(entry.id), { ...common, role: 'object', other: link(change.by) });
      add(bases.get(change.by), { ...common, role: 'agent', other: link(entry.id) });
    }
  }
  for (const basis of bases.values()) {
    basis.relations.sort(compareRelations);
    basis.status = basisStatus(basis, link);
  }
  for (const [alias, id] of aliases) Object.assign(bases.get(alias)!, { sameAs: link(id), status: bases.get(id)!.status });
  return [...bases.values()].sort(compareBases);
}

/** The basis each archived text is (its `target`), by record id. */
export function basesByTarget(bases: Iterable<Basis>): Map<string, Basis> {
  const byTarget = new Map<string, Basis>();
  for (const basis of bases) if (basis.target !== undefined) byTarget.set(basis.target, basis);
  return byTarget;
}

// The timeline: oldest first; a relation nothing dates goes last, in the order it was met.
function compareRelations(a: BasisRelation, b: BasisRelation): number {
  if (a.when === b.when) return 0;
  if (a.when === null) return 1;
  if (b.when === null) return -1;
  return compareCodeUnits(a.when, b.when);
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
    attachments: [],
    registry: undefined,
    status: null,
  };
}

// A registry document no text cites: named as the reference extractor would name it.
function fromEntry(entry: LegalDocument): Basis {
  return {
    id: entry.id,
    type: entry.type,
    number: entry.number ?? null,
    canonical: entry.name ?? `${entry.type} số ${entry.number}`,
    date: entry.issued,
    year: Number(entry.issued.slice(0, 4)),
    issuer: entry.issuer,
    subjects: [],
    target: undefined,
    resolved: true,
    unresolvedReason: undefined,
    citations: [],
    citingDocuments: 0,
    relations: [],
    attachments: [],
    registry: entry,
    status: null,
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

/** The title of a basis's feed, and of the link to it on its page. */
export function basisFeedTitle(canonical: string): string {
  return `${canonical}: văn bản mới dẫn chiếu, sửa đổi, thay thế, bãi bỏ, hướng dẫn`;
}

/** A basis's feed entries for what other documents did to it: each amendment, replacement, repeal or implementation. */
export function basisNotices(basis: Basis, byId: ReadonlyMap<string, Basis>): FeedNotice[] {
  return basis.relations
    .filter((relation) => relation.role === 'object')
    .map((relation) => {
      const said = relation.evidence.find((evidence) => evidence.kind !== 'official' && evidence.passage);
      const passage = said && said.kind !== 'official' ? said.passage : null;
      const text = relation.evidence.find((evidence) => evidence.kind === 'text');
      const listed = relation.evidence.find((evidence) => evidence.kind === 'document');
      return {
        id: `/can-cu/${basis.id}/#${relation.kind}-${relation.other.id}`,
        title: `${basis.canonical} ${RELATION_WORDS[relation.kind].object.toLowerCase()} ${relation.other.label}${relation.partial ? ' (một phần)' : ''}`,
        link: relation.other.href,
        date: relation.when,
        author: byId.get(relation.other.id)?.issuer ?? (text?.kind === 'text' ? text.record.issuer : null) ?? 'Không rõ',
        summary: passage ?? (listed?.kind === 'document' ? `Theo danh mục văn bản pháp luật của lưu trữ, dẫn ${listed.document.label}, ${listed.where}` : relation.other.label),
      };
    });
}
