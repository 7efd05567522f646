import { describe, expect, it } from 'vitest';
import { jurisdictionByName } from '../../src/ingest/extract/jurisdictions.ts';
import { extractLegalReferences, splitGluedSyllables } from '../../src/ingest/extract/legal-references.ts';

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
  // called Công văn; a department (Sở) belongs to the citing document's city
  ['Công văn số 2231/SNV-CCHC&PC ngày 5/10/2020 của Sở Nội vụ', [{ number: '2231/SNV-CCHC&PC', type: 'Công văn', issuer: 'Sở Nội vụ thành phố Hải Phòng' }]],
  // a department when the text never says where: as named
  ['văn bản số 295/SNV-TCBC ngày 03/5/2017 của Sở Nội vụ về việc', [{ number: '295/SNV-TCBC', type: 'Văn bản', issuer: 'Sở Nội vụ' }], null],
  // a Tờ trình with a stray space
  ['Tờ trình số 4168 /TTr-SNV ngày 20/11/2020', [{ number: '4168/TTr-SNV', type: 'Tờ trình', date: '2020-11-20' }]],
  // a Báo cáo thẩm định is a Báo cáo (the symbol says BC)
  ['Báo cáo thẩm định số 120/BC-STP ngày 01/10/2020 của Sở Tư pháp', [{ number: '120/BC-STP', type: 'Báo cáo', issuer: 'Sở Tư pháp thành phố Hải Phòng' }]],
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
  ['Sở đã tham mưu UBND thành phố có Văn bản số 15/UBND-KT ngày 2/3/2020', [{ number: '15/UBND-KT', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }]],
  // … in a province
  ['Sở đã tham mưu UBND tỉnh có Văn bản số 15/UBND-KT ngày 2/3/2020', [{ number: '15/UBND-KT', issuer: 'Ủy ban nhân dân tỉnh Bình Định' }], 'Bình Định'],
  // `UBND tỉnh` in a city's text is not the city's committee: left as written
  ['Văn bản số 15/UBND-KT ngày 2/3/2020 của UBND tỉnh về việc', [{ number: '15/UBND-KT', issuer: 'Ủy ban nhân dân tỉnh' }]],
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
  // 047:9 — a law named with the councils' abbreviations is the same law as its full name (019:20): one id, the text's words kept
  ['Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;', [{ number: null, type: 'Luật', date: '2003-11-26', canonical: 'Luật Tổ chức HĐND và UBND', id: 'luat-to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan-2003' }]],
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
  // ── issuer phrases end where the sentence's grammar ends them (rows from the real development set) ──
  // the verb after the Government ends its name (real 002)
  ['Nghị quyết số 76/NQ-CP ngày 13/6/2013 của Chính phủ sửa đổi, bổ sung một số điều', [{ number: '76/NQ-CP', date: '2013-06-13', issuer: 'Chính phủ' }]],
  // … and after the Prime Minister (real 018)
  ['Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ phê duyệt Đề án', [{ number: '45/2016/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }]],
  // a verb that is no citation verb still ends a complete national name (real 007)
  ['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ gắn với việc tổ chức', [{ number: '76/NQ-CP', issuer: 'Chính phủ' }]],
  // a capitalised verb after the Government (real 047)
  ['Nghị định số 134/2013/NĐ-CP ngày 17 tháng 10 năm 2013 của Chính phủ Quy định về xử phạt', [{ number: '134/2013/NĐ-CP', date: '2013-10-17', issuer: 'Chính phủ' }]],
  // a minister stands for the ministry, and the verb ends it (real 002)
  ['Quyết định số 3490/QĐ-BNV ngày 10/10/2016 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án', [{ number: '3490/QĐ-BNV', issuer: 'Bộ Nội vụ' }]],
  // a ministry whose name holds `và`, then `quy định` (real 018)
  ['Thông tư số 17/2017/TT-BTTTT ngày 23/6/2017 của Bộ trưởng Bộ Thông tin và Truyền thông quy định một số nội dung', [{ number: '17/2017/TT-BTTTT', issuer: 'Bộ Thông tin và Truyền thông' }]],
  // a name that goes on in lower case: `vận tải` is no verb
  ['Thông tư số 12/2020/TT-BGTVT của Bộ Giao thông vận tải về việc', [{ number: '12/2020/TT-BGTVT', issuer: 'Bộ Giao thông vận tải' }]],
  // commas and `và` inside a ministry's name
  ['Thông tư số 13/2015/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về', [{ number: '13/2015/TT-BVHTTDL', issuer: 'Bộ Văn hóa, Thể thao và Du lịch' }]],
  // a dash inside a ministry's name is no joint issuer
  ['Thông tư số 3/2019/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội về', [{ number: '3/2019/TT-BLĐTBXH', issuer: 'Bộ Lao động - Thương binh và Xã hội' }]],
  // a comma before a new type word ends the name
  ['Báo cáo số 1049/BC-STP của Sở Tư pháp, Quyết định số 5/QĐ-UBND', [{ number: '1049/BC-STP', issuer: 'Sở Tư pháp thành phố Hải Phòng' }, { number: '5/QĐ-UBND' }]],
  // the chairman stands for the committee (real 018)
  ['Quyết định số 1418/QĐ-UBND ngày 01/8/2017 của Chủ tịch UBND tỉnh Quảng Ngãi về việc công bố', [{ number: '1418/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi' }]],
  // the chief of the office stands for the office, broken over a line (real 001)
  ['Tờ trình số\n42/TTr-VPUB ngày 06/11/2018 của Chánh Văn phòng\nỦy ban nhân dân tỉnh,', [{ number: '42/TTr-VPUB', date: '2018-11-06', issuer: 'Văn phòng Ủy ban nhân dân tỉnh Sơn La' }], 'Sơn La'],
  // a director stands for the department, issuer before the reference (real 015)
  ['Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 372/TTr-STTTT ngày 01 tháng 10 năm 2013', [{ number: '372/TTr-STTTT', issuer: 'Sở Thông tin và Truyền thông thành phố Đà Nẵng' }], 'Đà Nẵng'],
  // `UBND tỉnh` when the text never names its province: spelled out, not guessed (real 021)
  ['Quyết định số 3504/QĐ-UBND ngày 22/10/2021 của UBND tỉnh về ban hành', [{ number: '3504/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh' }], null],
  // a district's committee keeps its name (real 012)
  ['Kế hoạch số 29/KH-UBND của UBND huyện Thăng Bình.', [{ number: '29/KH-UBND', issuer: 'Ủy ban nhân dân huyện Thăng Bình' }], 'Quảng Nam'],
  // a person's name after `UBND tỉnh` is no province
  ['Quyết định số 5/QĐ-UBND của Chủ tịch UBND tỉnh Vũ Hồng Bắc về việc', [{ number: '5/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Thái Nguyên' }], 'Thái Nguyên'],
  // a province named with `TP.` and no space
  ['Quyết định số 5/QĐ-UBND của UBND TP.Hồ Chí Minh về', [{ number: '5/QĐ-UBND', issuer: 'Ủy ban nhân dân thành phố Hồ Chí Minh' }]],
  // the Politburo's term is no part of its name (real 045)
  ['Nghị quyết số 11-NQ/TW, ngày 6-1-2012, của Bộ Chính trị khóa XI, “Về phương hướng', [{ number: '11-NQ/TW', date: '2012-01-06', issuer: 'Bộ Chính trị' }]],
  // a council's resolution, its author named by the clause after it (real 048)
  ['Tại\nNghị quyết số 09/2025/NQ-HĐND ngày 10/7/2025, HĐND tỉnh đã thông qua quy định', [{ number: '09/2025/NQ-HĐND', date: '2025-07-10', issuer: 'Hội đồng nhân dân tỉnh' }], null],
  // a clause whose subject only acts under the reference names no issuer: the symbol decides
  ['Theo Kế hoạch số 5/KH-UBND ngày 2/1/2020, Sở Nội vụ đã tổ chức kiểm tra', [{ number: '5/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }]],
  // a date that does not open the issuer's clause is not the reference's
  ['ngày 5/1/2020 Sở Nội vụ tham mưu, UBND thành phố có Văn bản số 15/UBND-KT về', [{ number: '15/UBND-KT', date: null, issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }]],
  // a type word and a body before `số` only when nothing stands between them and `số`
  ['thực hiện Kế hoạch của UBND thành phố; số 5/QĐ-UBND', [{ number: '5/QĐ-UBND', type: 'Quyết định' }]],
  // ── joint documents ──
  // a joint circular named with both issuers (real 057)
  ['Căn cứ Thông tư liên tịch số 01/2011/TTLT-VPCP-BNV ngày 26/01/2011 của Văn phòng Chính phủ - Bộ Nội vụ hướng dẫn', [{ number: '01/2011/TTLT-VPCP-BNV', type: 'Thông tư liên tịch', issuer: 'Văn phòng Chính phủ - Bộ Nội vụ' }]],
  // … the issuers read from the symbol
  ['theo Thông tư liên tịch số 01/2011/TTLT-VPCP-BNV.', [{ number: '01/2011/TTLT-VPCP-BNV', type: 'Thông tư liên tịch', issuer: 'Văn phòng Chính phủ - Bộ Nội vụ' }]],
  // ── dates ──
  // the date after the issuer phrase (real 001)
  ['Quyết định số 574/QĐ-TTg của Thủ tướng Chính phủ ngày 25/4/2017', [{ number: '574/QĐ-TTg', date: '2017-04-25', issuer: 'Thủ tướng Chính phủ' }]],
  // the space before the day lost in a copy (real 043)
  ['Văn bản số 2634/BTTTT-THH ngày17/8/2015 của Bộ Thông tin và Truyền thông', [{ number: '2634/BTTTT-THH', date: '2015-08-17' }]],
  // the date opens the clause of the issuer (real 021)
  ['Ngày 29/12/2017, UBND tỉnh đã ban hành Quyết định số 3655/QĐ-UBND về ban hành Kế hoạch', [{ number: '3655/QĐ-UBND', date: '2017-12-29', issuer: 'Ủy ban nhân dân tỉnh' }], null],
  // a spelled date across a line break
  ['Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5\nnăm 2016 của Chính phủ', [{ number: '34/2016/NĐ-CP', date: '2016-05-14' }]],
  // ── numbers as copies write them ──
  // the date glued to the symbol (real 036)
  ['Căn cứ Nghị định số 157/2007/NĐ-CPngày 27 tháng 10 năm 2007 của Chính phủ quy định', [{ number: '157/2007/NĐ-CP', date: '2007-10-27', issuer: 'Chính phủ' }]],
  // the number glued to `số` (real 036)
  ['Căn cứ Quyết định số09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015', [{ number: '09/2015/QĐ-TTg', date: '2015-03-25' }]],
  // an old symbol joined with a dot (real 003)
  ['Căn cứ Quyết định số 136/2001/QĐ.TTg ngày 17/9/2001 của Thủ tướng Chính Phủ ban hành', [{ number: '136/2001/QĐ.TTg', type: 'Quyết định', date: '2001-09-17', issuer: 'Thủ tướng Chính phủ' }]],
  // a full stop that lost its space is no joint
  ['theo Quyết định số 12/QĐ-UBND.Sau đó', [{ number: '12/QĐ-UBND' }]],
  // the old people's committee code
  ['Quyết định số 12/2001/QĐ-UB ngày 5/3/2001', [{ number: '12/2001/QĐ-UB', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }]],
  // one resolution written with a capital letter, then a small one (real 058)
  ['Nghị quyết số 30C/NQ-CP ngày 08/11/2011; Nghị quyết 30c/NQ-CP ngày 08/11/2011', [{ number: '30C/NQ-CP', date: '2011-11-08' }]],
  // three parts in the symbol (real 036)
  ['theo Quyết định số 585/QĐ-UBND-HC ngày 25/6/2015', [{ number: '585/QĐ-UBND-HC', type: 'Quyết định' }]],
  // the type word garbled: the normative number still says decree (real 043)
  ['Căn cứ Nghđịnh 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ', [{ number: '64/2007/NĐ-CP', type: 'Nghị định', date: '2007-04-10' }]],
  // a number cut by the end of the excerpt is no reference (real 031's kind of ending)
  ['Căn cứ Nghị định số 130/2018/NĐ-C', []],
  // … nor a type without its issuer
  ['Căn cứ Nghị định số 130/2018/NĐ', []],
  // … nor a Party number cut inside its body's code
  ['Thực hiện Nghị quyết số 36-NQ/T', []],
  // … but a whole Party number at the end is one
  ['Thực hiện Nghị quyết số 36-NQ/TW', [{ number: '36-NQ/TW' }]],
  // … but a number cut after its symbol is whole (real 032)
  ['Căn cứ Nghị định số 130/2018/NĐ-CP ng', [{ number: '130/2018/NĐ-CP', date: null }]],
  // `văn bản` before a symbol that names a type takes that type
  ['theo văn bản số 12/KH-UBND ngày 5/1/2020', [{ number: '12/KH-UBND', type: 'Kế hoạch' }]],
  // … but a Party letter called `văn bản` stays one (real-added a07)
  ['theo văn bản số 1494-CV/TU ngày 5/1/2016', [{ number: '1494-CV/TU', type: 'Văn bản' }]],
  // ── Party documents ──
  // a provincial Party directive, its committee named (real 042)
  ['Chỉ thị số 22-CT/TU ngày 27/10/2016 của Tỉnh ủy Lào Cai về công tác', [{ number: '22-CT/TU', type: 'Chỉ thị', date: '2016-10-27', issuer: 'Tỉnh ủy Lào Cai' }], 'Lào Cai'],
  // the committee without its province: the citing text's (real 042)
  ['Đề án số 20-ĐA/TU ngày 20/12/2016 của Tỉnh ủy về phát triển CNTT', [{ number: '20-ĐA/TU', type: 'Đề án', issuer: 'Tỉnh ủy Lào Cai' }], 'Lào Cai'],
  // type word and issuer before `số`; the words, not `CT`, say programme (real 042)
  ['năm 2016. Chương trình hành động của Tỉnh\nủy số 02-CT/TU thực hiện', [{ number: '02-CT/TU', type: 'Chương trình', issuer: 'Tỉnh ủy Lào Cai' }], 'Lào Cai'],
  // a conclusion notice with a stray space, its issuer before it (real 062)
  ['Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Thông báo kết luận số 2927 -TB/TU ngày 4/2/2020.', [{ number: '2927-TB/TU', type: 'Thông báo', date: '2020-02-04', issuer: 'Thường trực Tỉnh ủy' }], null],
  // a Party symbol names no body: the issuer stays unknown (real 007)
  ['gắn với việc tổ chức thực hiện Nghị quyết số 12-NQ/TU, Đề án', [{ number: '12-NQ/TU', type: 'Nghị quyết', issuer: null }], null],
  // a Party conclusion typed by its symbol
  ['theo tinh thần 12-KL/TW ngày 5/1/2021', [{ number: '12-KL/TW', type: 'Kết luận' }]],
  // the issuer phrase of a state decision does not pass to a Party resolution before it (real 007)
  ['Nghị quyết 12-NQ/TU và Quyết định số 3504/QĐ-UBND ngày 22/10/2021 của UBND tỉnh về', [{ number: '12-NQ/TU', issuer: null }, { number: '3504/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh' }], null],
  // ── serials without a symbol ──
  // a notice by its serial, dated in brackets after the subject (real 009)
  ['Thông báo số 104 của UBND tỉnh về việc tiếp nhận hồ sơ (ngày 23-4-2019), nêu rõ', [{ number: '104', type: 'Thông báo', date: '2019-04-23', issuer: 'Ủy ban nhân dân tỉnh Bến Tre', id: null }], 'Bến Tre'],
  // a directive by its serial, without `số` (real 012)
  ['theo Chỉ thị 26 của Thủ tướng Chính phủ, Quy tắc ứng xử', [{ number: '26', type: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ' }]],
  // signed by a deputy for the Prime Minister (real 044)
  ['Phó Thủ tướng Chính phủ Phạm Bình Minh vừa ký ban hành Chỉ thị số 23 về việc đẩy mạnh', [{ number: '23', type: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ' }]],
  // a five-year plan is no plan number 5
  ['xây dựng Kế hoạch 5 năm 2016 - 2020', []],
  // nor a count of decisions
  ['đã ban hành 14 Nghị quyết của Chính phủ về đơn giản hóa', []],
  // ── documents cited by title ──
  // a directive a news item reports, up to the full stop (real 025)
  ['UBND huyện Duy Xuyên vừa ban hành chỉ thị tăng cường kỷ cương, kỷ luật hành chính trong hoạt động của các cơ quan.', [{ number: null, type: 'Chỉ thị', canonical: 'chỉ thị tăng cường kỷ cương, kỷ luật hành chính trong hoạt động của các cơ quan', issuer: 'Ủy ban nhân dân huyện Duy Xuyên', id: null }], null],
  // … up to a comma before a linking word (real 044)
  ['Chính phủ cũng đã ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030, với mục tiêu', [{ number: null, type: 'Chương trình', canonical: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030', issuer: 'Chính phủ' }], null],
  // an enacting formula issues the text itself: no aspect word, no reference (real 002)
  ['Ủy ban nhân dân tỉnh Kon Tum ban hành\nKế hoạch thực hiện công tác cải cách hành chính nhà nước trên địa bàn năm 2018, cụ thể như sau:', [], 'Kon Tum'],
  // a Party resolution named by its plenum (real 035)
  ['thực hiện\nNghị quyết Trung ương 5 Khóa X về đẩy mạnh cải cách hành chính', [{ number: null, type: 'Nghị quyết', canonical: 'Nghị quyết Trung ương 5 Khóa X' }], null],
  // the Central Committee without a plenum names no resolution
  ['theo Nghị quyết của Trung ương về cải cách', [], null],
  // ── laws by name ──
  // broken over a line, with a year only: no date (real 001)
  ['Căn cứ Luật Tổ chức chính quyền địa\nphương năm 2015;', [{ number: null, type: 'Luật', canonical: 'Luật Tổ chức chính quyền địa phương', date: null, id: 'luat-to-chuc-chinh-quyen-dia-phuong-2015' }]],
  // an amending law is one law, the laws it amends are part of its name (real 006)
  ['Luật sửa đổi, bổ sung một số điều của\nLuật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11\nnăm 2019;', [{ number: null, canonical: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', date: '2019-11-22' }]],
  // … without a comma, after another law on the same line (real 047)
  ['Căn cứ Luật Điện lực ngày 03 tháng 12 năm 2004 và Luật sửa đổi bổ sung một số điều của Luật Điện lực ngày 20 tháng 11 năm 2012;', [{ number: null, canonical: 'Luật Điện lực', date: '2004-12-03' }, { number: null, canonical: 'Luật sửa đổi bổ sung một số điều của Luật Điện lực', date: '2012-11-20' }]],
  // a comma inside a name, the date glued to `ngày` (real 036)
  ['Căn cứ Luật Cán bộ, công chức ngày13 tháng 11 năm 2008;', [{ number: null, canonical: 'Luật Cán bộ, công chức', date: '2008-11-13' }]],
  // words glued where a line break was removed split back (real 036)
  ['Căn cứ Luật Tổ chức Hội đồng nhândân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;', [{ number: null, canonical: 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân', date: '2003-11-26' }]],
  // a note in brackets between the name and the date (real 031)
  ['Luật Giao dịch điện tử (sửa đổi) ngày 22/6/2023;', [{ number: null, canonical: 'Luật Giao dịch điện tử', date: '2023-06-22' }]],
  // the month lost in a copy: the year stands, the date does not (real 040)
  ['Căn Luật Công nghệ thông tin ngày 29 tháng năm 2006;', [{ number: null, canonical: 'Luật Công nghệ thông tin', date: null, id: 'luat-cong-nghe-thong-tin-2006' }]],
  // laws listed without dates, split by commas and semicolons (real 035)
  ['như Luật Bồi thường nhà nước, Luật Tiếp cận\nthông tin; Luật Giáo dục, Luật Nhà giáo. Trong phạm', [{ number: null, canonical: 'Luật Bồi thường nhà nước' }, { number: null, canonical: 'Luật Tiếp cận thông tin' }, { number: null, canonical: 'Luật Giáo dục' }, { number: null, canonical: 'Luật Nhà giáo' }]],
  // a law cited by its number is read by the number (real 043)
  ['Căn cứ Luật giao dịch điện tử số 51/2005/QH11 ngày 29/11/2005;', [{ number: '51/2005/QH11', type: 'Luật', date: '2005-11-29' }]],
  // a law never takes the issuer of a decree after it (real 006)
  ['thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ', [{ number: null, canonical: 'Luật Ban hành văn bản quy phạm pháp luật', issuer: null }, { number: '154/2020/NĐ-CP', issuer: 'Chính phủ' }]],
  // `Luật` at the start of a sentence, in lower-case words, without a date, is no law's name
  ['Luật này có hiệu lực từ ngày ký', []],
  // a lower-case name without a date is not read as a law (real 047's related-documents list)
  ['hướng dẫn Luật điện lực sửa đổi', []],
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

describe('the caller excludes the text\'s own number', () => {
  it('a span over the number alone drops the reference that holds it, whatever words stand before', () => {
    const text = 'Quyết định số 2862/QĐ-UBND\nCăn cứ Kế hoạch số 33/KH-UBND ngày 07/02/2020;';
    const start = text.indexOf('2862');
    const { legalRefs } = extractLegalReferences({ text, exclude: [{ start, end: start + '2862/QĐ-UBND'.length }], jurisdiction: jurisdictionByName('Hải Phòng'), issued: '2021-01-06' });
    expect(legalRefs.map((ref) => ref.number)).toEqual(['33/KH-UBND']);
  });
});

describe('splitGluedSyllables', () => {
  it.each([
    // two syllables glued where a line break was removed (real 036)
    ['nhândân', 'nhân dân'],
    // a final consonant, then an initial one
    ['hànhchính', 'hành chính'],
    // no final consonant before the next initial
    ['thủtướng', 'thủ tướng'],
    // one syllable with a glide: no consonant between its vowels
    ['quốc', 'quốc'],
    // one syllable with a long initial and final
    ['nghiệp', 'nghiệp'],
    // a capitalised word (a name, a loan word) is left alone
    ['Covid', 'Covid'],
  ])('%s → %s', (word, split) => {
    expect(splitGluedSyllables(word)).toBe(split);
  });
});
