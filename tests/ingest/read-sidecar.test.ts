import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest-source.ts';
import { readSidecar } from '../../src/ingest/read/read-sidecar.ts';
import { DIRECTORY } from '../helpers/fixtures.ts';
import { SourceError } from '../../src/ingest/source-error.ts';

describe('readSidecar: what an archivist may write', () => {
  it.each([
    // the seed's sidecar
    ['jurisdiction: Bình Định\nkind: news\n', { jurisdiction: 'Bình Định', kind: 'news' }],
    // every field
    [
      'jurisdiction: Hải Phòng\nkind: document\nsourceUrl: https://haiphong.gov.vn/tin-tuc/1\nretrieved: 2024-05-01\nportal: Cổng thông tin điện tử thành phố Hải Phòng\nnotes: chép từ bản PDF\n',
      { jurisdiction: 'Hải Phòng', kind: 'document', sourceUrl: 'https://haiphong.gov.vn/tin-tuc/1', retrieved: '2024-05-01', portal: 'Cổng thông tin điện tử thành phố Hải Phòng', notes: 'chép từ bản PDF' },
    ],
    // comments only: nothing known
    ['# nothing known yet\n', {}],
  ])('%j', (text, expected) => {
    expect(readSidecar(text, 'x.meta.yaml')).toEqual(expected);
  });
});

describe('readSidecar: what is refused, naming the file, the line and the field', () => {
  it.each([
    // malformed YAML
    // (the parser notices the unclosed bracket where the input ends, on line 2)
    ['jurisdiction: [Bình Định\n', 'sidecar-yaml', 2, 'not valid YAML'],
    // a field the schema does not know (a typo)
    ['jurisdicton: Bình Định\n', 'sidecar-invalid', undefined, 'unknown fields: jurisdicton'],
    // a kind that does not exist
    ['jurisdiction: Bình Định\nkind: article\n', 'sidecar-invalid', 2, 'field "kind"'],
    // a javascript: URL
    ['sourceUrl: "javascript:alert(1)"\n', 'sidecar-invalid', 1, 'http'],
    // a date written the Vietnamese way
    ['retrieved: 01/05/2024\n', 'sidecar-invalid', 1, 'YYYY-MM-DD'],
    // a relative path that climbs out of the archive
    ['sourceUrl: ../../etc/passwd\n', 'sidecar-invalid', 1, 'http'],
    // a file: URL
    ['sourceUrl: file:///etc/passwd\n', 'sidecar-invalid', 1, 'http'],
    // a list where one name belongs
    ['jurisdiction:\n  - Bình Định\n  - Hải Phòng\n', 'sidecar-invalid', 2, 'field "jurisdiction"'],
    // a number where a date belongs
    ['retrieved: 2024\n', 'sidecar-invalid', 1, 'field "retrieved"'],
    // the same field twice
    ['kind: news\nkind: document\n', 'sidecar-yaml', 2, 'not valid YAML'],
  ])('%j', (text, code, line, says) => {
    try {
      readSidecar(text, 'nguon.meta.yaml');
      expect.unreachable('the sidecar should be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(SourceError);
      expect(error).toMatchObject({ code, line });
      expect((error as SourceError).message).toContain('nguon.meta.yaml');
      expect((error as SourceError).message).toContain(says);
    }
  });

  it('makes its source fail, not the whole corpus', () => {
    const result = ingestSource({ file: 'a.txt', bytes: new TextEncoder().encode('Tiêu đề\nNội dung.'), sidecar: { file: 'a.meta.yaml', text: 'kind: [' } }, DIRECTORY);
    expect(result.ok).toBe(false);
  });
});

describe('the sidecar fills what the text leaves out, and only that', () => {
  const news = new TextEncoder().encode('Hội nghị cải cách hành chính\n\nThứ hai - 05/07/2021 10:00\n\nSáng 5/7, UBND tỉnh tổ chức hội nghị.\n');
  const notice = new TextEncoder().encode('Số: 15/TB-UBND\n\nHải Phòng, ngày 3 tháng 3 năm 2021\n\nTHÔNG BÁO\n\nKết luận\n\nNội dung./.\n');

  it('gives the jurisdiction the text does not say', () => {
    const result = ingestSource({ file: 'a.txt', bytes: news, sidecar: { file: 'a.meta.yaml', text: 'jurisdiction: Bình Định' } }, DIRECTORY);
    expect(result.ok && [result.record.jurisdiction, result.record.fields['jurisdiction']?.from]).toEqual(['Bình Định', 'sidecar']);
  });
  it('leaves it unknown, and reported, without a sidecar', () => {
    const result = ingestSource({ file: 'a.txt', bytes: news }, DIRECTORY);
    expect(result.ok && result.record.jurisdiction).toBeNull();
    expect(result.ok && result.record.diagnostics.map((item) => item.code)).toContain('jurisdiction-unknown');
  });
  it('does not override the text, but reports the conflict', () => {
    const result = ingestSource({ file: 'a.txt', bytes: notice, sidecar: { file: 'a.meta.yaml', text: 'jurisdiction: Bình Định' } }, DIRECTORY);
    expect(result.ok && result.record.jurisdiction).toBe('Hải Phòng');
    expect(result.ok && result.record.diagnostics.map((item) => item.code)).toContain('jurisdiction-conflict');
  });
});
