import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { rate, scoreExtraction } from '../../src/ingest/evaluate/score-extraction.ts';
import type { Annotation } from '../../src/schemas/index.ts';
import { REGISTRY, SEEDS_DIR, sourcesIn } from '../helpers/fixtures.ts';

// Seed 000 (Hải Phòng's notice 08/TB-UBND) against annotations that differ from its record in one way each.
const record = ingestCorpus(sourcesIn(SEEDS_DIR), REGISTRY).sources.find((source) => source.file.startsWith('000_'))!.record;
const exact: Annotation = {
  kind: record.kind,
  docType: record.docType,
  number: record.number,
  issuer: record.issuer,
  jurisdiction: record.jurisdiction,
  place: record.place,
  issued: record.issued,
  title: record.title,
  signer: record.signer?.name ? { name: record.signer.name, position: record.signer.position } : null,
  legalRefs: record.legalRefs.map((ref) => ({ type: ref.type, number: ref.number, date: ref.date, issuer: ref.issuer })),
};
const score = (annotation: Annotation) => scoreExtraction([{ file: '000.txt', record, annotation }]);

describe('scoring a record against its annotation', () => {
  it('finds nothing wrong when they agree', () => {
    const result = score(exact);
    expect(Object.values(result.fields).every((tally) => tally.right === 1)).toBe(true);
    expect([result.references.precision, result.references.recall, rate(result.attributes.all)]).toEqual([1, 1, 1]);
  });

  it.each([
    // a number as written, with the stray space of the copy: the same number
    ['number', { number: '08 /TB-UBND' }, true],
    // another number
    ['number', { number: '09/TB-UBND' }, false],
    // old tone placement and spacing in the issuer: the same words
    ['issuer', { issuer: 'Uỷ ban nhân dân  thành phố Hải Phòng' }, true],
    // a title's capitals count: it is as written
    ['title', { title: record.title!.toUpperCase() }, false],
    // a place the text does not give
    ['place', { place: null }, false],
  ] as const)('%s: %j is right: %s', (field, change, right) => {
    expect(score({ ...exact, ...change }).fields[field].right).toBe(right ? 1 : 0);
  });

  it('counts a reference the annotation lacks against precision, one it has and the record lacks against recall', () => {
    const fewer = score({ ...exact, legalRefs: exact.legalRefs.slice(1) });
    expect(fewer.references.precision).toBeLessThan(1);
    expect(fewer.references.recall).toBe(1);
    const more = score({ ...exact, legalRefs: [...exact.legalRefs, { type: 'Quyết định', number: '1/QĐ-UBND', date: null, issuer: null }] });
    expect(more.references.recall).toBeLessThan(1);
    expect(more.references.missed).toEqual([{ file: '000.txt', expected: '1/QĐ-UBND', got: null }]);
  });

  it('scores the type, date and issuer of a reference it finds', () => {
    const wrongDate = score({ ...exact, legalRefs: exact.legalRefs.map((ref, index) => (index === 0 ? { ...ref, date: '1999-01-01' } : ref)) });
    expect(wrongDate.attributes.date.right).toBe(exact.legalRefs.length - 1);
    expect(wrongDate.attributes.type.right).toBe(exact.legalRefs.length);
  });
});
