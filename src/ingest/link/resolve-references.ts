import type { LegalRef, SourceRecord } from '../../schemas/index.ts';
import type { ExtractedRef } from '../extract/legal-references.ts';
import { NUMBER_HAS_YEAR } from '../patterns/legal-references.ts';
import { slugifyWords } from './slugify.ts';

const UNRESOLVED_SLUG_MAX = 60;

type ArchiveRecord = Pick<SourceRecord, 'id' | 'kind' | 'number' | 'issued' | 'jurisdiction' | 'issuer'>;

/**
 * Gives every reference its final id and, when the referenced document is in
 * the archive, its page. Unresolved references get an id scoped to the citing
 * document, so two of them are never merged by guess.
 */
export function resolveReferences(citingId: string, references: readonly ExtractedRef[], archive: readonly ArchiveRecord[] | ArchiveIndex): LegalRef[] {
  const index = archive instanceof ArchiveIndex ? archive : new ArchiveIndex(archive);
  // Anchors number the places in reading order, so the citing page can be linked to each.
  const order = references.flatMap((reference) => reference.occurrences.map((occurrence) => occurrence.span.start)).sort((a, b) => a - b);
  return references.map((reference) => {
    // A reference by title (`Thông báo kết luận của Phó Thủ tướng … tại phiên họp thứ ba …`) is cut to a
    // few words: the id names a folder, and a file name has at most 255 bytes.
    const id = reference.id ?? `chua-xac-dinh-${citingId}-${slugifyWords(reference.number ?? reference.canonical, UNRESOLVED_SLUG_MAX)}`;
    const target = reference.resolved ? index.byNumber(reference.number).find((record) => record.id !== citingId && isSameDocument(reference, record)) : undefined;
    const occurrences = reference.occurrences.map((occurrence) => ({ ...occurrence, anchor: `tc-${order.indexOf(occurrence.span.start) + 1}` }));
    return { ...reference, id, occurrences, ...(target ? { target: target.id } : {}) };
  });
}

/**
 * The archive's documents by number, built once per corpus: searching the whole
 * archive for every reference took seconds at 10,000 records.
 */
export class ArchiveIndex {
  readonly #byNumber = new Map<string, ArchiveRecord[]>();
  constructor(archive: readonly ArchiveRecord[]) {
    for (const record of archive) {
      if (record.number === null) continue;
      const list = this.#byNumber.get(record.number) ?? this.#byNumber.set(record.number, []).get(record.number)!;
      list.push(record);
    }
  }
  /** Records with this number, in archive order. */
  byNumber(number: string | null | undefined): readonly ArchiveRecord[] {
    return (number && this.#byNumber.get(number)) || [];
  }
}

// Same number, and for a yearless number the same year and issuer: `33/KH-UBND` of Hải Phòng 2020 only.
function isSameDocument(reference: ExtractedRef, record: ArchiveRecord): boolean {
  if (record.kind !== 'document' || record.number === null || record.number !== reference.number) return false;
  if (NUMBER_HAS_YEAR.test(record.number)) return true;
  return record.issued?.slice(0, 4) === String(reference.year) && record.issuer !== null && record.issuer === reference.issuer;
}
