import { describe, expect, it } from 'vitest';
import { jurisdictionByName } from '../../src/ingest/extract/jurisdictions.ts';
import { extractLegalReferences } from '../../src/ingest/extract/legal-references.ts';

// A Hải Phòng document of 06/01/2021 cites these phrasings.
const extract = (text: string, jurisdiction: string | null = 'Hải Phòng') =>
  extractLegalReferences({ text, exclude: [], jurisdiction: jurisdiction ? jurisdictionByName(jurisdiction) : undefined, issued: '2021-01-06' });

type Expected = { number: string | null; type?: string; date?: string | null; issuer?: string | null; subject?: string; part?: string; relation?: string; id?: string | null; canonical?: string };

// Rows: the text, what is found, and (when not Hải Phòng) the citing document's jurisdiction.
const rows: [string, Expected[], (string | null)?][] = [
  // typed with `số`
  ['Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;', [{ number: '61/2018/NĐ-CP', type: 'Nghị định', date: '2018-04-23', issuer: 'Chính phủ', relation: 'basis' }]],
  // typed without `số`
  ['đã được phê duyệt tại Quyết định 587/QĐ-UBND ngày 19/02/2020.', [{ number: '587/QĐ-UBND', type: 'Quyết định', date: '2020-02-19', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }]],
  // a công văn called Văn bản: the part after the dash is the drafting unit
  ['theo Văn bản số 1687/UBND-NC ngày 29/3/2020', [{ number: '1687/UBND-NC', type: 'Văn bản', date: '2020-03-29', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }]],
  // called Công văn
  ['Công văn số 2231/SNV-CCHC&PC ngày 5/10/2020 của Sở Nội vụ', [{ number: '2231/SNV-CCHC&PC', type: 'Công văn', issuer: 'Sở Nội vụ' }]],
  // a Tờ trình with a stray space
  ['Tờ trình số 4168 /TTr-SNV ngày 20/11/2020', [{ number: '4168/TTr-SNV', type: 'Tờ trình', date: '2020-11-20' }]],
  // a Báo cáo thẩm định
  ['Báo cáo thẩm định số 120/BC-STP ngày 01/10/2020 của Sở Tư pháp', [{ number: '120/BC-STP', type: 'Báo cáo thẩm định', issuer: 'Sở Tư pháp' }]],
  // a Party resolution
  ['Thực hiện Nghị quyết số 36-NQ/TW ngày 01/7/2014 của Bộ Chính trị', [{ number: '36-NQ/TW', type: 'Nghị quyết', date: '2014-07-01', issuer: 'Bộ Chính trị', relation: 'implementation' }]],
  // a Party directive without the type word: the dash-before-type form is distinctive enough
  ['theo tinh thần 05-CT/TW', [{ number: '05-CT/TW', type: 'Chỉ thị' }]],
  // a spelled date
  ['Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ', [{ number: '61/2018/NĐ-CP', date: '2018-04-23', issuer: 'Chính phủ' }]],
  // a date after a comma
  ['Quyết định số 06/2020/QĐ-TTg, ngày 21/02/2020 của Thủ tướng Chính phủ', [{ number: '06/2020/QĐ-TTg', date: '2020-02-21', issuer: 'Thủ tướng Chính phủ' }]],
  // a date after a line break (PDF copy)
  ['Nghị định số 61/2018/NĐ-CP\nngày 23/4/2018', [{ number: '61/2018/NĐ-CP', date: '2018-04-23' }]],
  // the reference itself broken across lines
  ['theo Nghị định số\n61/2018/NĐ-CP của Chính phủ', [{ number: '61/2018/NĐ-CP', issuer: 'Chính phủ' }]],
  // the issuer implied by the symbol: NĐ-CP → Chính phủ
  ['theo Nghị định số 62/2020/NĐ-CP.', [{ number: '62/2020/NĐ-CP', issuer: 'Chính phủ' }]],
  // QĐ-TTg → Thủ tướng Chính phủ
  ['Quyết định số 28/2018/QĐ-TTg', [{ number: '28/2018/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }]],
  // TT-VPCP → Văn phòng Chính phủ
  ['Thông tư số 01/2018/TT-VPCP', [{ number: '01/2018/TT-VPCP', issuer: 'Văn phòng Chính phủ', type: 'Thông tư' }]],
  // KH-UBND → the UBND of the citing document's jurisdiction
  ['Kế hoạch số 33/KH-UBND ngày 07/02/2020', [{ number: '33/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng', id: '2020-33-kh-ubnd-hai-phong' }]],
  // the same number of another province stays apart
  ['Kế hoạch số 33/KH-UBND ngày 07/02/2020 của UBND tỉnh Bình Định', [{ number: '33/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Bình Định', id: '2020-33-kh-ubnd-binh-dinh' }]],
  // an issuer phrase `của Ủy ban nhân dân thành phố` resolves to the citing city
  ['Thông báo số 397/TB-UBND ngày 01/12/2020 của Ủy ban nhân dân thành phố về việc điều chỉnh các Đoàn kiểm tra;', [{ number: '397/TB-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng', subject: 'điều chỉnh các Đoàn kiểm tra' }]],
  // the issuer before the reference
  ['theo ủy quyền của Bộ Ngoại giao tại Quyết định số 133/QĐ-BNG ngày 29/01/2021.', [{ number: '133/QĐ-BNG', issuer: 'Bộ Ngoại giao', relation: 'compliance' }]],
  // the issuer before, after another agency in the same sentence
  ['Sở đã tham mưu UBND tỉnh có Văn bản số 15/UBND-KT ngày 2/3/2020', [{ number: '15/UBND-KT', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }]],
  // the subject after `về`
  ['Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018 của Thủ tướng Chính phủ về việc gửi, nhận văn bản điện tử: Giao', [{ number: '28/2018/QĐ-TTg', subject: 'gửi, nhận văn bản điện tử' }]],
  // the subject ends at a comma before a capital
  ['Kế hoạch số 33/KH-UBND ngày 07/02/2020 về việc kiểm tra công tác cải cách hành chính năm 2020, Thông báo số 397/TB-UBND', [{ number: '33/KH-UBND', subject: 'kiểm tra công tác cải cách hành chính năm 2020' }, { number: '397/TB-UBND' }]],
  // the subject keeps commas before lowercase words
  ['Quyết định số 06/2020/QĐ-TTg về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam, Sở đã', [{ number: '06/2020/QĐ-TTg', subject: 'tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam' }]],
  // two references, one issuer phrase
  ['Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP của Chính phủ', [{ number: '107/2020/NĐ-CP', issuer: 'Chính phủ' }, { number: '108/2020/NĐ-CP', issuer: 'Chính phủ' }]],
  // a list in brackets without type words: the symbol says decree
  ['(số 62/2020/NĐ-CP; số 143/2020/NĐ-CP)', [{ number: '62/2020/NĐ-CP', type: 'Nghị định' }, { number: '143/2020/NĐ-CP', type: 'Nghị định' }]],
  // a shared year and symbol
  ['Nghị định số 107 và 108/2020/NĐ-CP', [{ number: '107/2020/NĐ-CP', type: 'Nghị định' }, { number: '108/2020/NĐ-CP', type: 'Nghị định' }]],
  // a shared symbol over three serials
  ['các Quyết định số 12, 13 và 14/QĐ-UBND ngày 5/1/2020', [{ number: '12/QĐ-UBND' }, { number: '13/QĐ-UBND' }, { number: '14/QĐ-UBND', date: '2020-01-05' }]],
  // each with its own date, one issuer
  ['Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định số 117/2012/NĐ-CP ngày 17/12/2013 của Chính phủ', [{ number: '130/2005/NĐ-CP', date: '2005-10-17', issuer: 'Chính phủ' }, { number: '117/2012/NĐ-CP', date: '2013-12-17', issuer: 'Chính phủ' }]],
  // a law by name and spelled date
  ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', [{ number: null, type: 'Luật', date: '2015-06-19', canonical: 'Luật Tổ chức chính quyền địa phương', id: 'luat-to-chuc-chinh-quyen-dia-phuong-2015', relation: 'basis' }]],
  // a law by name and year
  ['theo Luật Cán bộ, công chức năm 2008', [{ number: null, type: 'Luật', canonical: 'Luật Cán bộ, công chức', id: 'luat-can-bo-cong-chuc-2008' }]],
  // a law by number
  ['Luật số 80/2015/QH13', [{ number: '80/2015/QH13', type: 'Luật' }]],
  // a law number without the type word: QH13 says law
  ['theo quy định tại 80/2015/QH13', [{ number: '80/2015/QH13', type: 'Luật', relation: 'compliance' }]],
  // a part of a decree: the reference is to the decree, the part is kept
  ['theo khoản 2 Điều 3 Nghị định số 61/2018/NĐ-CP', [{ number: '61/2018/NĐ-CP', part: 'khoản 2 Điều 3' }]],
  // an article with `của`
  ['Điều 5 của Thông tư số 01/2018/TT-VPCP', [{ number: '01/2018/TT-VPCP', part: 'Điều 5' }]],
  // a point, a clause and an article
  ['điểm a khoản 1 Điều 7 Nghị định số 30/2020/NĐ-CP', [{ number: '30/2020/NĐ-CP', part: 'điểm a khoản 1 Điều 7' }]],
  // ND typed for NĐ
  ['Nghị định số 61/2018/ND-CP', [{ number: '61/2018/NĐ-CP', type: 'Nghị định' }]],
  // QĐ-TTG in capitals
  ['Quyết định số 06/2020/QĐ-TTG', [{ number: '06/2020/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }]],
  // QD typed for QĐ
  ['Quyết định số 587/QD-UBND ngày 19/02/2020', [{ number: '587/QĐ-UBND' }]],
  // a stray space after the dash
  ['Thông tư số 13/2015/TT- BVHTTDL', [{ number: '13/2015/TT-BVHTTDL', issuer: 'Bộ Văn hóa, Thể thao và Du lịch' }]],
  // the hyphen lost in a PDF copy
  ['Nghị định 61/2018/NĐCP', [{ number: '61/2018/NĐ-CP' }]],
  // a bare normative number, no type word, no số
  ['tinh thần 61/2018/NĐ-CP đã nêu', [{ number: '61/2018/NĐ-CP', type: 'Nghị định' }]],
  // `Căn cứ` makes it a basis
  ['Căn cứ Quyết định số 1579/QĐ-TTg ngày 14/9/2019;', [{ number: '1579/QĐ-TTg', relation: 'basis', id: '2019-1579-qd-ttg' }]],
  // `Triển khai` makes it an implementation
  ['Triển khai Kế hoạch số 276/KH-UBND ngày 03/12/2020', [{ number: '276/KH-UBND', relation: 'implementation' }]],
  // `theo quy định tại` makes it compliance
  ['theo quy định tại Thông tư số 01/2018/TT-VPCP.', [{ number: '01/2018/TT-VPCP', relation: 'compliance' }]],
  // no relation word: a mention
  ['Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ đã đặt mục tiêu', [{ number: '17/NQ-CP', relation: 'mention', id: '2019-17-nq-cp' }]],
  // a yearless central number without a date cannot be pinned down
  ['theo Nghị quyết số 17/NQ-CP', [{ number: '17/NQ-CP', id: null }]],
  // a local number when the jurisdiction is unknown stays unresolved
  ['Kế hoạch số 33/KH-UBND ngày 07/02/2020', [{ number: '33/KH-UBND', issuer: null, id: null }], null],
  // a standard is not a legal document
  ['áp dụng ISO 9001:2015', []],
  // a ratio
  ['hoàn thành 119/133 nhiệm vụ', []],
  // a score
  ['đạt 35/35 nhiệm vụ', []],
  // a ranking
  ['đứng thứ 5/20 sở, ngành', []],
  // a ranking among provinces
  ['xếp thứ 3/63 tỉnh, thành phố', []],
  // a quarter
  ['trong quý II/2023', []],
  // a quarter in digits
  ['quý 3/2023', []],
  // a time
  ['lúc 16:30 ngày 17/12/2020', []],
  // a date alone
  ['ngày 17/12/2020', []],
  // a phone number
  ['điện thoại 0225.3822.123 hoặc 0225/3822123', []],
  // a file name
  ['tệp bieu-mau-01.docx và anh-1/2.jpg', []],
  // an inspection team number
  ['Đoàn kiểm tra số 01 về kết quả', []],
  // online service levels
  ['dịch vụ công trực tuyến mức độ 3/4', []],
  // a general mention of decrees without a number
  ['các Nghị định của Chính phủ về vị trí việc làm', []],
  // a ratio with a unit that starts with a letter is still not a symbol without a type or `số`
  ['đạt 6/7 TTHC', []],
];

describe('extractLegalReferences: phrasings', () => {
  it('has at least 60 rows', () => expect(rows.length).toBeGreaterThanOrEqual(60));

  it.each(rows)('%j', (text, expected, jurisdiction = 'Hải Phòng') => {
    const { legalRefs } = extract(text, jurisdiction);
    expect(legalRefs.map((ref) => ref.number)).toEqual(expected.map((row) => row.number));
    expected.forEach((row, i) => {
      const ref = legalRefs[i]!;
      if (row.type !== undefined) expect(ref.type).toBe(row.type);
      if (row.date !== undefined) expect(ref.date).toBe(row.date);
      if (row.issuer !== undefined) expect(ref.issuer).toBe(row.issuer);
      if (row.subject !== undefined) expect(ref.subject).toBe(row.subject);
      if (row.part !== undefined) expect(ref.occurrences[0]!.part).toBe(row.part);
      if (row.relation !== undefined) expect(ref.occurrences[0]!.relation).toBe(row.relation);
      if (row.id !== undefined) expect(ref.id).toBe(row.id);
      if (row.canonical !== undefined) expect(ref.canonical).toBe(row.canonical);
      for (const occurrence of ref.occurrences) expect(text.slice(occurrence.span.start, occurrence.span.end)).toBe(occurrence.text);
    });
  });
});

describe('inconsistencies are warnings, the text is kept', () => {
  it.each([
    // the year in the number disagrees with the date (seed 002)
    ['Nghị định số 117/2012/NĐ-CP ngày 17/12/2013 của Chính phủ', 'number-year-date-mismatch', '2013-12-17'],
    // a day that does not exist
    ['Quyết định số 12/QĐ-UBND ngày 31/02/2020', 'date-impossible', null],
    // dated after the citing document (06/01/2021)
    ['Kế hoạch số 5/KH-UBND ngày 15/3/2021', 'date-after-citing-document', '2021-03-15'],
  ])('%s → %s', (text, code, date) => {
    const { legalRefs, diagnostics } = extract(text);
    expect(legalRefs[0]!.warning).toBe(code);
    expect(legalRefs[0]!.date).toBe(date);
    expect(diagnostics.map((item) => item.code)).toContain(code);
  });
});

describe('back-references', () => {
  it('`Quyết định nêu trên` points to the earlier decision and is not counted as a new one', () => {
    const { legalRefs } = extract('thực hiện Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020. Các cơ quan tổ chức theo quy định tại Quyết định nêu trên.');
    expect(legalRefs).toHaveLength(1);
    expect(legalRefs[0]!.mentions).toBe(1);
    expect(legalRefs[0]!.occurrences.map((occurrence) => [occurrence.text, occurrence.backReference ?? false])).toEqual([
      ['Quyết định số 06/2020/QĐ-TTg', false],
      ['Quyết định nêu trên', true],
    ]);
  });
  it('a back-reference with nothing before it is reported', () => {
    expect(extract('theo Quyết định nêu trên').diagnostics.map((item) => item.code)).toEqual(['back-reference-unresolved']);
  });
  it('`quy định trên Cổng thông tin` is not a back-reference', () => {
    expect(extract('theo quy định trên Cổng thông tin điện tử').diagnostics).toEqual([]);
  });
});

describe('standards', () => {
  it.each([
    // the seeds' quality standard
    ['áp dụng ISO 9001:2015', ['ISO 9001:2015']],
    // the Vietnamese adoption
    ['theo TCVN ISO 9001:2015', ['TCVN ISO 9001:2015']],
    // named twice, listed once
    ['ISO 9001:2015 … ISO 9001:2015', ['ISO 9001:2015']],
    // ISO without a number is not a standard reference
    ['theo tiêu chuẩn ISO vẫn còn hạn chế', []],
  ])('%s', (text, standards) => {
    expect(extract(text).standards).toEqual(standards);
  });
});
