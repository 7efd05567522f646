import type { Annotation, AnnotatedRef, SourceRecord } from '../../schemas/index.ts';
import { parseDocumentNumber } from '../extract/document-number.ts';
import { foldOldTones } from '../extract/document-types.ts';

/** The header fields scored, in the order they are printed. */
export const SCORED_FIELDS = ['kind', 'docType', 'number', 'issuer', 'jurisdiction', 'place', 'issued', 'title', 'signer'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** The attributes of a reference scored once the reference itself is found. */
export const SCORED_ATTRIBUTES = ['type', 'date', 'issuer'] as const;
export type ScoredAttribute = (typeof SCORED_ATTRIBUTES)[number];

export interface Miss {
  file: string;
  expected: string | null;
  got: string | null;
}

export interface Tally {
  right: number;
  total: number;
  misses: Miss[];
}

export interface ExtractionScore {
  texts: number;
  fields: Record<ScoredField, Tally>;
  references: {
    found: number;
    predicted: number;
    expected: number;
    precision: number;
    recall: number;
    f1: number;
    /** Annotated references the extraction did not find. */
    missed: Miss[];
    /** References the extraction found that the annotation does not have. */
    spurious: Miss[];
  };
  attributes: Record<ScoredAttribute, Tally> & { all: { right: number; total: number } };
}

export interface ScoredText {
  file: string;
  record: SourceRecord;
  annotation: Annotation;
}

/**
 * Scores extracted records against hand annotations: each header field right
 * or wrong per text, references by precision and recall (matched on their
 * number, or a law's name), and the type, date and issuer of each matched one.
 * Spacing and old tone placement (`hoà`/`hòa`) do not count as differences,
 * nor does the way a number is written (it compares in its canonical form);
 * the words and, for titles, the capitals do.
 */
export function scoreExtraction(texts: readonly ScoredText[]): ExtractionScore {
  const fields = Object.fromEntries(SCORED_FIELDS.map((field) => [field, emptyTally()])) as Record<ScoredField, Tally>;
  const attributes = Object.fromEntries(SCORED_ATTRIBUTES.map((attribute) => [attribute, emptyTally()])) as Record<ScoredAttribute, Tally>;
  let found = 0;
  let predicted = 0;
  let expected = 0;
  const missed: Miss[] = [];
  const spurious: Miss[] = [];
  for (const { file, record, annotation } of texts) {
    for (const field of SCORED_FIELDS) {
      const got = fieldValue(record, field);
      const want = annotationValue(annotation, field);
      tally(fields[field], file, want, got, sameField(field, want, got));
    }
    const gold = dedupe(annotation.legalRefs.map((ref) => ({ key: annotatedKey(ref), ref })));
    const ours = dedupe(record.legalRefs.map((ref) => ({ key: refKey(ref.number, ref.canonical), ref })));
    predicted += ours.size;
    expected += gold.size;
    for (const [key, ref] of gold) {
      const match = ours.get(key);
      if (!match) {
        missed.push({ file, expected: ref.number ?? ref.name ?? ref.type, got: null });
        continue;
      }
      found++;
      tally(attributes.type, file, `${key}: ${ref.type}`, `${key}: ${match.type}`, sameText(ref.type, match.type));
      tally(attributes.date, file, `${key}: ${ref.date}`, `${key}: ${match.date}`, ref.date === match.date);
      tally(attributes.issuer, file, `${key}: ${ref.issuer}`, `${key}: ${match.issuer}`, sameText(ref.issuer, match.issuer));
    }
    for (const [key, ref] of ours) if (!gold.has(key)) spurious.push({ file, expected: null, got: ref.canonical });
  }
  const precision = predicted === 0 ? 1 : found / predicted;
  const recall = expected === 0 ? 1 : found / expected;
  const all = SCORED_ATTRIBUTES.reduce((sum, attribute) => ({ right: sum.right + attributes[attribute].right, total: sum.total + attributes[attribute].total }), { right: 0, total: 0 });
  return {
    texts: texts.length,
    fields,
    references: { found, predicted, expected, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), missed, spurious },
    attributes: { ...attributes, all },
  };
}

/** A share as a fraction, 1 when there is nothing to score. */
export function rate(tally: { right: number; total: number }): number {
  return tally.total === 0 ? 1 : tally.right / tally.total;
}

function emptyTally(): Tally {
  return { right: 0, total: 0, misses: [] };
}

function tally(into: Tally, file: string, expected: string | null, got: string | null, right: boolean): void {
  into.total++;
  if (right) into.right++;
  else into.misses.push({ file, expected, got });
}

function fieldValue(record: SourceRecord, field: ScoredField): string | null {
  // The annotations name a signer only when the text names a person.
  if (field === 'signer') return record.signer?.name ? `${record.signer.name} (${record.signer.position ?? '—'})` : null;
  return record[field] ?? null;
}

function annotationValue(annotation: Annotation, field: ScoredField): string | null {
  if (field === 'signer') return annotation.signer ? `${annotation.signer.name} (${annotation.signer.position ?? '—'})` : null;
  return annotation[field] ?? null;
}

function sameField(field: ScoredField, want: string | null, got: string | null): boolean {
  if (field === 'number') return want === got || (want !== null && got !== null && compact(want) === compact(got));
  // A title is as written: its capitals count.
  if (field === 'title') return want === got || (want !== null && got !== null && spaced(want) === spaced(got));
  return sameText(want, got);
}

function sameText(want: string | null | undefined, got: string | null | undefined): boolean {
  if (want == null || got == null) return want == got;
  return spaced(want).toLocaleLowerCase('vi') === spaced(got).toLocaleLowerCase('vi');
}

function spaced(text: string): string {
  return foldOldTones(text.normalize('NFC')).replace(/\s+/gu, ' ').trim();
}

// Numbers compare by the form the archive writes (`08 /TB-UBND` → `08/TB-UBND`, `61/2018/NĐCP` → `61/2018/NĐ-CP`):
// the annotations keep a number as written, the records as the document is known.
function compact(text: string): string {
  const written = text.normalize('NFC').replace(/\s+/gu, '');
  return (parseDocumentNumber(written)?.canonical ?? written).toLocaleUpperCase('vi');
}

// A law by name is matched on its name, without the words `Luật` and the date that may follow it.
function refKey(number: string | null, name: string): string {
  if (number !== null) return compact(number);
  return spaced(name).toLocaleLowerCase('vi').replace(/^luật\s+/u, '').replace(/\s+(?:ngày|năm)\s.*$/u, '');
}

function annotatedKey(ref: AnnotatedRef): string {
  return refKey(ref.number, ref.name ?? ref.type);
}

function dedupe<T>(items: readonly { key: string; ref: T }[]): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const { key, ref } of items) if (!byKey.has(key)) byKey.set(key, ref);
  return byKey;
}
