import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jurisdictionByName } from '../../src/ingest/extract/jurisdictions.ts';
import { extractLegalReferences } from '../../src/ingest/extract/legal-references.ts';

const extract = (text: string) => extractLegalReferences({ text, exclude: [], jurisdiction: jurisdictionByName('Hải Phòng'), issued: '2025-12-31' });

// Words of reform texts, and the look-alikes that are not references: ratios, quarters, times, dates.
const WORDS = [
  'cải', 'cách', 'hành', 'chính', 'Sở', 'Nội', 'vụ', 'thành', 'phố', 'Ủy', 'ban', 'nhân', 'dân', 'kiểm', 'tra', 'công', 'tác', 'năm', 'thực', 'hiện',
  'theo', 'quy', 'định', 'tại', 'của', 'và', 'về', 'việc', 'nhiệm', 'hoàn', 'thành', 'Đoàn', 'số', 'đạt', 'quý', 'ngày', 'đơn', 'vị', 'Chính', 'phủ',
  'Nghị', 'Quyết', 'Kế', 'hoạch', 'Thông', 'báo', 'đ', 'điện', 'tử', 'TTHC', 'CCHC', 'UBND', '119/133', '35/35', '5/20', '3/63', 'II/2023', '16:30',
  '17/12/2020', '89,47%', 'ISO', '9001:2015', '0225.3822', 'mức', 'độ', '3,4', 'tỉnh', 'Hải', 'Phòng', 'cơ', 'quan',
];
const PUNCTUATION = ['', '', '', ',', '.', ';', ':', '\n', ' -'];
const words = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)).map(([word, mark]) => `${word}${mark}`), { maxLength: 25 }).map((parts) => parts.join(' '));

// References as texts write them: a type word (or none), `số` (or none), a number and symbol.
const SYMBOLS: [string, string, boolean][] = [
  // [symbol, type word, normative (the number carries a year)]
  ['NĐ-CP', 'Nghị định', true],
  ['QĐ-TTg', 'Quyết định', true],
  ['TT-BNV', 'Thông tư', true],
  ['NQ-CP', 'Nghị quyết', false],
  ['KH-UBND', 'Kế hoạch', false],
  ['TB-UBND', 'Thông báo', false],
  ['QĐ-UBND', 'Quyết định', false],
  ['UBND-NC', 'Văn bản', false],
  ['TTr-SNV', 'Tờ trình', false],
  ['KH-SNgV', 'Kế hoạch', false],
];
const reference = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 2000, max: 2025 }), fc.constantFrom(...SYMBOLS), fc.boolean(), fc.constantFrom('số ', 'số: ', ''))
  .map(([serial, year, [symbol, type, normative], withType, so]) => {
    const number = normative ? `${serial}/${year}/${symbol}` : `${serial}/${symbol}`;
    // Without a type word, a yearless công văn needs `số` to be a reference.
    const prefix = withType ? `${type} ${so}` : so === '' && !normative ? 'số ' : so;
    return { text: `${prefix}${number}`, number };
  });

describe('extractLegalReferences: properties', () => {
  it('finds every inserted reference, with the span of its text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words, reference), { minLength: 1, maxLength: 5 }), words, (pieces, tail) => {
        let text = '';
        const inserted: { start: number; text: string; number: string }[] = [];
        for (const [before, ref] of pieces) {
          // `là` keeps the random words from joining the reference (`công điện` + `số 1/2000/NĐ-CP`
          // is a real `Công điện số …`, and a trailing `số` would become part of it).
          text += `${before} là `;
          inserted.push({ start: text.length, text: ref.text, number: ref.number });
          text += `${ref.text} `;
        }
        text += tail;
        const occurrences = extract(text).legalRefs.flatMap((ref) => ref.occurrences.map((occurrence) => ({ ...occurrence, number: ref.number })));
        for (const expected of inserted) {
          const found = occurrences.find((occurrence) => occurrence.span.start === expected.start);
          expect(found, `${expected.text} in ${JSON.stringify(text)}`).toBeDefined();
          expect(found!.text).toBe(expected.text);
          expect(found!.number).toBe(expected.number);
        }
        expect(occurrences).toHaveLength(inserted.length);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in text without a reference', () => {
    fc.assert(
      fc.property(words, (text) => {
        expect(extract(text).legalRefs).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
