import { LEGAL_STATUSES, type LegalSource, type LegalStatus, type SourceRecord } from '../schemas/index.ts';
import { compareCodeUnits, formatDate, recordDate } from './format.ts';
import type { Basis } from './legal-basis.ts';

/** A document a relation or a status names: its basis page. */
export interface BasisLink {
  id: string;
  label: string;
  href: string;
}

/** What a relation or a status rests on: a text of the archive, or the registry's named source. */
export type Evidence =
  | { kind: 'text'; record: SourceRecord; passage: string }
  | { kind: 'document'; document: BasisLink; where: string; passage: string | null; copy: string | null }
  | { kind: 'official'; url: string; checked: string };

/** A registry source as a page shows it. */
export function evidenceOf(source: LegalSource, link: (id: string) => BasisLink): Evidence {
  return 'document' in source ? { kind: 'document', document: link(source.document), where: source.where, passage: source.passage ?? null, copy: source.copy ?? null } : { kind: 'official', url: source.url, checked: source.checked };
}

/** Whether a basis is in force, as far as the archive knows, and what says so. */
export interface BasisStatus {
  value: LegalStatus;
  /** Since when; null when the text that says it gives no date. */
  since: string | null;
  /** The document that changed it. */
  by: BasisLink | null;
  evidence: Evidence[];
  /** The registry's own status, or one read from a replacement or repeal a text or the registry states. */
  from: 'registry' | 'relation';
}

/** Short words for a badge, and the page's longer line. */
export const STATUS_LABEL: Record<LegalStatus, string> = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
  'het-hieu-luc': 'Hết hiệu lực',
};

/** The badge's words: `Hết hiệu lực từ 01/07/2025`. */
export function statusText(status: Pick<BasisStatus, 'value' | 'since'>): string {
  return status.since && status.value !== 'con-hieu-luc' ? `${STATUS_LABEL[status.value]} từ ${formatDate(status.since)}` : STATUS_LABEL[status.value];
}

/**
 * The newest sourced fact about a basis's force: the registry's status, or a
 * replacement or repeal that a text or the registry states (a whole one ends it,
 * a partial one ends part of it, but never revives a document that lost all
 * force). An amendment leaves it in force and says nothing of whether it still
 * is. Null when nothing sourced says.
 */
export function basisStatus(basis: Pick<Basis, 'registry' | 'relations'>, link: (id: string) => BasisLink): BasisStatus | null {
  const candidates: (BasisStatus & { date: string | null })[] = [];
  const stated = basis.registry?.status;
  if (stated?.source) {
    const source = stated.source;
    candidates.push({
      value: stated.value,
      since: stated.since ?? null,
      by: stated.by ? link(stated.by) : null,
      evidence: [evidenceOf(source, link)],
      from: 'registry',
      date: stated.since ?? ('checked' in source ? source.checked : null),
    });
  }
  for (const relation of basis.relations) {
    if (relation.role !== 'object' || (relation.kind !== 'replaces' && relation.kind !== 'repeals')) continue;
    candidates.push({
      value: relation.partial ? 'het-hieu-luc-mot-phan' : 'het-hieu-luc',
      since: relation.effective,
      by: relation.other,
      evidence: relation.evidence,
      from: 'relation',
      date: relation.when,
    });
  }
  const rank = (status: LegalStatus) => LEGAL_STATUSES.indexOf(status);
  // Newest first; on the same day a whole loss over a partial one, and the registry over a relation.
  candidates.sort((a, b) => compareCodeUnits(b.date ?? '', a.date ?? '') || rank(b.value) - rank(a.value) || (a.from === 'registry' ? -1 : b.from === 'registry' ? 1 : 0));
  // A document that lost all force stays so: a later partial repeal cannot revive it (only a newer whole loss,
  // or the official database saying it is in force, speaks after it).
  const newest = candidates[0];
  const firstNotPartial = candidates.find((candidate) => candidate.value !== 'het-hieu-luc-mot-phan');
  const chosen = newest?.value === 'het-hieu-luc-mot-phan' && firstNotPartial?.value === 'het-hieu-luc' ? firstNotPartial : newest;
  if (!chosen) return null;
  const { date: _date, ...status } = chosen;
  return status;
}

/** Whether a document dated `date` came after the basis lost all force: what /chat-luong/ flags. */
export function citedAfterLapse(status: BasisStatus | null, date: string | null): boolean {
  return status?.value === 'het-hieu-luc' && status.since !== null && date !== null && date >= status.since;
}

/** A document citing a basis (not merely mentioning it) that it dates after the basis lost all force. */
export interface LapsedCitation {
  record: SourceRecord;
  basis: Basis;
}

/**
 * Every citation of a basis made after it lost force, by citing document then
 * basis: a real signal for a civil servant (the text leans on a repealed
 * document), not an error in the text, so it goes to /chat-luong/ and the citing page.
 * A mere mention (`trước đây theo Nghị định …`) is history, not a citation to act on.
 */
export function lapsedCitations(bases: readonly Basis[]): LapsedCitation[] {
  const found: LapsedCitation[] = [];
  for (const basis of bases) {
    // A text saying the basis was replaced or repealed (`Thực hiện Nghị định 118/2025/NĐ-CP … thay thế Nghị định 61/2018/NĐ-CP`)
    // describes its end, not relies on it; one saying it was amended still relies on it.
    const relying = basis.citations.filter(({ record, occurrence }) => occurrence.relation !== 'mention' && !record.relations.some((relation) => relation.object === basis.id && (relation.kind === 'replaces' || relation.kind === 'repeals')));
    const records = new Set(relying.map(({ record }) => record));
    for (const record of records) if (citedAfterLapse(basis.status, recordDate(record))) found.push({ record, basis });
  }
  return found.sort((a, b) => compareCodeUnits(a.record.id, b.record.id) || compareCodeUnits(a.basis.id, b.basis.id));
}
