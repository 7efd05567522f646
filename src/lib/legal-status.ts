import type { LegalStatus } from '../schemas/index.ts';
import { compareCodeUnits } from './format.ts';
import { evidenceOf, type Basis, type BasisLink, type Evidence } from './legal-basis.ts';

/** Whether a basis is in force, as far as the archive knows, and what says so. */
export interface BasisStatus {
  value: LegalStatus;
  /** Since when; null when the text that says it gives no date. */
  since: string | null;
  /** The document that changed it. */
  by: { label: string; href: string } | null;
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

/**
 * The newest sourced fact about a basis's force: the registry's status, or a
 * replacement or repeal that a text or the registry states (a whole one ends it,
 * a partial one ends part of it). An amendment leaves it in force and says
 * nothing of whether it still is. Null when nothing sourced says.
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
      date: relation.effective ?? relation.when,
    });
  }
  const rank = (status: LegalStatus) => ['con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc'].indexOf(status);
  // Newest first; on the same day a whole loss over a partial one, and the registry over a relation.
  candidates.sort((a, b) => compareCodeUnits(b.date ?? '', a.date ?? '') || rank(b.value) - rank(a.value) || (a.from === 'registry' ? -1 : b.from === 'registry' ? 1 : 0));
  const chosen = candidates[0];
  if (!chosen) return null;
  const { date: _date, ...status } = chosen;
  return status;
}

/** Whether a document dated `date` came after the basis lost all force: what /chat-luong/ flags. */
export function citedAfterLapse(status: BasisStatus | null, date: string | null): boolean {
  return status?.value === 'het-hieu-luc' && status.since !== null && date !== null && date >= status.since;
}
