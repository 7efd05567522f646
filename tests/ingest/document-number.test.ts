import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../src/ingest/extract/document-number.ts';

describe('parseDocumentNumber', () => {
  it.each([
    // the stray space of the seed 000
    ['08 /TB-UBND', { canonical: '08/TB-UBND', year: null, typeCode: 'TB', issuerCode: 'UBND', unit: null }],
    // a normative decree carries its year
    ['61/2018/NĐ-CP', { canonical: '61/2018/NĐ-CP', year: 2018, typeCode: 'NĐ', issuerCode: 'CP', unit: null }],
    // typed without a Vietnamese keyboard
    ['61/2018/ND-CP', { canonical: '61/2018/NĐ-CP', year: 2018, typeCode: 'NĐ', issuerCode: 'CP', unit: null }],
    // QĐ-TTG typed in capitals
    ['06/2020/QĐ-TTG', { canonical: '06/2020/QĐ-TTg', year: 2020, typeCode: 'QĐ', issuerCode: 'TTg', unit: null }],
    // a công văn: no type code, the drafting unit after the dash
    ['1687/UBND-NC', { canonical: '1687/UBND-NC', year: null, typeCode: null, issuerCode: 'UBND', unit: 'NC' }],
    // a space after the dash, as PDF copies leave it
    ['13/2015/TT- BVHTTDL', { canonical: '13/2015/TT-BVHTTDL', year: 2015, typeCode: 'TT', issuerCode: 'BVHTTDL', unit: null }],
    // a Party resolution: dash before the type
    ['57-NQ/TW', { canonical: '57-NQ/TW', year: null, typeCode: 'NQ', issuerCode: 'TW', unit: null }],
    // a law of the 13th National Assembly
    ['80/2015/QH13', { canonical: '80/2015/QH13', year: 2015, typeCode: null, issuerCode: 'QH13', unit: null }],
    // tờ trình keeps its mixed case
    ['4168 /TTr-SNV', { canonical: '4168/TTr-SNV', year: null, typeCode: 'TTr', issuerCode: 'SNV', unit: null }],
    // the hyphen lost in a PDF copy
    ['61/2018/NĐCP', { canonical: '61/2018/NĐ-CP', year: 2018, typeCode: 'NĐ', issuerCode: 'CP', unit: null }],
    // a department's plan
    ['984/KH-SNgV', { canonical: '984/KH-SNgV', year: null, typeCode: 'KH', issuerCode: 'SNgV', unit: null }],
    // an old symbol joined with a dot, kept as written (real 003)
    ['136/2001/QĐ.TTg', { canonical: '136/2001/QĐ.TTg', year: 2001, typeCode: 'QĐ', issuerCode: 'TTg', unit: null }],
    // a serial with a letter, in capitals (real 058)
    ['30C/NQ-CP', { canonical: '30C/NQ-CP', serial: '30C', year: null, typeCode: 'NQ', issuerCode: 'CP', unit: null }],
    // … and in lower case (real 061)
    ['36a/NQ-CP', { canonical: '36a/NQ-CP', serial: '36a', year: null, typeCode: 'NQ', issuerCode: 'CP', unit: null }],
    // three parts: the drafting unit after the issuer (real 036)
    ['585/QĐ-UBND-HC', { canonical: '585/QĐ-UBND-HC', year: null, typeCode: 'QĐ', issuerCode: 'UBND', unit: 'HC' }],
    // a joint circular: the second issuer follows the first (real 057)
    ['01/2011/TTLT-VPCP-BNV', { canonical: '01/2011/TTLT-VPCP-BNV', year: 2011, typeCode: 'TTLT', issuerCode: 'VPCP', unit: 'BNV' }],
    // a Party notice with a stray space before the dash (real 062)
    ['2927 -TB/TU', { canonical: '2927-TB/TU', year: null, typeCode: 'TB', issuerCode: 'TU', unit: null }],
    // the people's committee written UB in older symbols
    ['12/QĐ-UB', { canonical: '12/QĐ-UB', year: null, typeCode: 'QĐ', issuerCode: 'UB', unit: null }],
    // a long run of capitals is not two codes glued together
    ['5/ABCDEFGHIJKLMNOPQRSTUV', { canonical: '5/ABCDEFGHIJKLMNOPQRSTUV', typeCode: null }],
  ])('%s', (raw, expected) => {
    expect(parseDocumentNumber(raw)).toMatchObject(expected);
  });

  it.each([
    // a draft leaves the number blank
    ['  /QĐ-UBND'],
    // a ratio is not a number and symbol
    ['119/133'],
    // a quarter
    ['II/2023'],
    // a serial with two letters is not a serial
    ['30cd/NQ-CP'],
    // nothing
    [''],
  ])('%j is not a number', (raw) => {
    expect(parseDocumentNumber(raw)).toBeNull();
  });
});
