import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../src/ingest/extract/document-number.ts';
import { foldOldTones } from '../../src/ingest/extract/document-types.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { REGISTRY, ROOT } from '../helpers/fixtures.ts';

// One folder per header shape (as remark-gfm keeps its cases): `source.txt`, a real
// text as copied, and `expected.json`, the fields its hand annotation gives. The
// folder's `_case` says what makes the shape hard.
const CASES = join(ROOT, 'tests/fixtures/headers');
const FIELDS = ['kind', 'docType', 'number', 'issuer', 'jurisdiction', 'place', 'issued', 'title'] as const;

const cases = readdirSync(CASES).sort().map((name) => {
  const expected = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as Record<string, string | null>;
  return { name, expected, what: expected['_case']! };
});
const records = new Map(
  ingestCorpus(
    cases.map(({ name }) => ({ file: `${name}.txt`, bytes: readFileSync(join(CASES, name, 'source.txt')) })),
    REGISTRY,
  ).sources.map((source) => [source.file.replace(/\.txt$/u, ''), source.record]),
);

describe.each(cases)('header shape $name', ({ name, expected, what }) => {
  it.each(FIELDS)(`%s (${what})`, (field) => {
    const record = records.get(name)!;
    // Spacing and old tone placement are not differences; the words and capitals are.
    const norm = (value: unknown) => (typeof value === 'string' ? foldOldTones(value.replace(/\s+/gu, ' ').trim()) : value);
    const got = field === 'number' ? canonicalNumber(record.number) : record[field];
    expect(norm(got)).toEqual(norm(field === 'number' ? canonicalNumber(expected[field]) : expected[field]));
  });
});

// Numbers compare as the archive writes them (a hyphen a conversion lost is restored: `QĐUBND` → `QĐ-UBND`).
function canonicalNumber(value: unknown): unknown {
  return typeof value === 'string' ? (parseDocumentNumber(value)?.canonical ?? value) : value;
}

describe('a labelled first line names a report that has no header', () => {
  const titleOf = (text: string) => ingestCorpus([{ file: 'nhan.txt', bytes: new TextEncoder().encode(text) }], REGISTRY).sources[0]!.record.title;
  it.each([
    // an initiative report (xasonlinh.hatinh.gov.vn)
    ['Tên sáng kiến: Ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính\n\nPHẦN MỞ ĐẦU\n\n1. Bối cảnh:\n\nNội dung.', 'Ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính'],
    // a research topic
    ['Tên đề tài: Nâng cao chất lượng phục vụ người dân tại bộ phận một cửa\n\nPHẦN MỞ ĐẦU\n\nNội dung.', 'Nâng cao chất lượng phục vụ người dân tại bộ phận một cửa'],
    // look-alike: a form's field is no title
    ['Tên đơn vị: Sở Nội vụ tỉnh Sơn La\n\nPHẦN MỞ ĐẦU\n\nNội dung của báo cáo.', null],
  ])('%s', (text, title) => expect(titleOf(text)).toBe(title));
});
