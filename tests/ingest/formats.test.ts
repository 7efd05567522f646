import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertSources } from '../../scripts/lib/convert-sources.ts';
import { loadSource } from '../../scripts/lib/load-sources.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { REGISTRY, ROOT } from '../helpers/fixtures.ts';

// One document in several formats gives one record: the same header fields and references
// from a saved web page, a Word file (both kinds) or a PDF as from its text copy.
const FIXTURES = join(ROOT, 'tests/fixtures');
const PAIRS = [
  // the legal library's page of Sơn La's decision 2862/QĐ-UBND, in a table layout between menus and a footer
  ['real/001.txt', 'html/library-001.html', 'html'],
  // the same page saved in Windows-1258
  ['real/001.txt', 'html/library-001.windows-1258.html', 'html'],
  // a state portal's news item between a navigation bar, a sidebar and a footer
  ['real/021.txt', 'html/portal-news-021.html', 'html'],
  // the decision written by LibreOffice in the standard layout, as Word, Word 97–2003 and PDF
  ['real/001.txt', 'binary/001-quyet-dinh.docx', 'docx'],
  ['real/001.txt', 'binary/001-quyet-dinh.doc', 'doc'],
  ['real/001.txt', 'binary/001-quyet-dinh.pdf', 'pdf'],
  // Khánh Hòa's plan 14084/KH-UBND, the same three ways
  ['real/031.txt', 'binary/031-ke-hoach.docx', 'docx'],
  ['real/031.txt', 'binary/031-ke-hoach.doc', 'doc'],
  ['real/031.txt', 'binary/031-ke-hoach.pdf', 'pdf'],
] as const;
const HEADER = ['kind', 'docType', 'number', 'issuer', 'jurisdiction', 'place', 'issued', 'title'] as const;

const files = [...new Set(PAIRS.flatMap(([text, other]) => [text, other]))];
const inputs = await convertSources(files.map((file) => ({ ...loadSource(join(FIXTURES, file)), file })));
const corpus = ingestCorpus(inputs, REGISTRY);
const record = (file: string): SourceRecord => {
  const found = corpus.sources.find((source) => source.file === file);
  if (!found) throw new Error(`${file} was not ingested: ${corpus.failures.find((failure) => failure.file === file)?.error.message}`);
  return found.record;
};
const references = (of: SourceRecord) => of.legalRefs.map((ref) => ({ type: ref.type, number: ref.number, canonical: ref.canonical, date: ref.date, issuer: ref.issuer }));

describe.each(PAIRS)('%s and %s', (text, other, format) => {
  it(`is read as ${format}, with the original's bytes kept`, () => {
    expect(record(other).format).toBe(format);
    expect(record(other).sourceSize).toBe(readFileSync(join(FIXTURES, other)).length);
  });
  it.each(HEADER)('gives the same %s', (field) => expect(record(other)[field]).toEqual(record(text)[field]));
  // 031's Word and PDF copies stop at the last whole item of its legal grounds; its text copy goes on
  // into a cut-off reference: what both hold is compared.
  it('gives the same references', () => {
    const otherText = corpus.sources.find((source) => source.file === other)!.text.replace(/\s+/gu, '');
    const held = references(record(text)).filter((ref) => otherText.includes((ref.number ?? '').replace(/\s+/gu, '')));
    expect(references(record(other))).toEqual(held);
    expect(held.length).toBeGreaterThanOrEqual(references(record(text)).length - 1);
  });
});
