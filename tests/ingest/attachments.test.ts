import { describe, expect, it } from 'vitest';
import { extractAttachments } from '../../src/ingest/extract/attachments.ts';
import { extractLegalReferences } from '../../src/ingest/extract/legal-references.ts';

/** The attachments of a passage, read with the archive's own reference extraction, as [title, of] (of null: the text itself). */
function attachmentsOf(text: string, selfIsDocument = true) {
  const { legalRefs } = extractLegalReferences({ text, exclude: [], jurisdiction: undefined, issued: null });
  const found = extractAttachments({ text, references: legalRefs, selfIsDocument });
  for (const attachment of found) expect(text.slice(attachment.title.span.start, attachment.title.span.end)).toBe(attachment.title.text);
  return found.map((attachment) => [attachment.title.text, attachment.of]);
}

// Passages of the development set (../shared/corpus/real/<file>:<line>) and the seeds, line breaks kept.
describe('extractAttachments', () => {
  it.each([
    // 020:11 — the text's own attachment, to the end of the sentence
    ['Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong thực hiện thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Tây Ninh.\nĐiều 2. Quyết định này có hiệu lực', [['Quy chế phối hợp trong thực hiện thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Tây Ninh', null]]],
    // 001:37 — in quotes, across line breaks, with words after the closing quote
    [
      'Điều 1. Ban hành kèm theo Quyết định này “Quy chế tiếp\nnhận, xử lý và trả lời phản ánh, kiến nghị của người dân, doanh nghiệp trên Cổng\nthông tin điện tử tỉnh Sơn La” tại địa chỉ: http://sonla.gov.vn/hoi-dap\nĐiều 2. Quyết định này có hiệu lực từ ngày ký ban hành.',
      [['Quy chế tiếp\nnhận, xử lý và trả lời phản ánh, kiến nghị của người dân, doanh nghiệp trên Cổng\nthông tin điện tử tỉnh Sơn La', null]],
    ],
    // 003:36 — a plan, with a comma and a dash inside its title
    ['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính Nhà nước tỉnh Nghệ An, giai đoạn 2007 - 2010.', [['Kế hoạch cải cách hành chính Nhà nước tỉnh Nghệ An, giai đoạn 2007 - 2010', null]]],
    // 019:32 — the title's first word broken across lines, the next article after it
    ['Điều 1. Ban hành kèm theo Quyết định này Quy\nchế phối hợp giữa Sở Tư pháp với các Sở, ban, ngành cấp tỉnh\nĐiều 2. Quyết định này có hiệu lực', [['Quy\nchế phối hợp giữa Sở Tư pháp với các Sở, ban, ngành cấp tỉnh', null]]],
    // seeds 002:13 — a cited decision's attachment
    [
      'đồng thời ban hành Quyết định số 430/QĐ-SNgV ngày 27/5/2021 sửa đổi, bổ sung một số điều của Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ ban hành kèm theo Quyết định số 84/QĐ-SNgV ngày 01/02/2016 để phù hợp với tình hình thực tế.',
      [['Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ', 'Quyết định số 84/QĐ-SNgV']],
    ],
    // 021:9 — `được ban hành kèm theo`
    ['đánh giá từng TTHC theo Biểu mẫu được ban hành kèm theo Thông tư số 02/2017/TT-VPCP.', [['Biểu mẫu', 'Thông tư số 02/2017/TT-VPCP']]],
    // look-alike (015:17): the attachment's own heading names the decision it comes with, no title before it
    ['(Ban hành kèm theo Quyết định số: 7303/QĐ-UBND ngày 21 tháng 10 năm 2013 của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng)', []],
    // look-alike: `hướng dẫn` as a verb after `Ban hành kèm theo Quyết định này`, not a Hướng dẫn (made up)
    ['Điều 1. Ban hành kèm theo Quyết định này hướng dẫn thực hiện công tác văn thư.', []],
    // the nearest title: the Quy chế, not the verb `Hướng dẫn` opening the sentence (made up from seeds 002's documents)
    ['Hướng dẫn các đơn vị thực hiện đúng Quy chế làm việc ban hành kèm theo Quyết định số 84/QĐ-SNgV ngày 01/02/2016.', [['Quy chế làm việc', 'Quyết định số 84/QĐ-SNgV']]],
    // … nor `Quy định tại Điều 5 của` (made up)
    ['Thực hiện theo Quy định tại Điều 5 của Quy chế hoạt động ban hành kèm theo Quyết định số 84/QĐ-SNgV ngày 01/02/2016.', [['Quy chế hoạt động', 'Quyết định số 84/QĐ-SNgV']]],
    // a text flattened to one line: the title ends at the next article, or before its description (made up from 020:11)
    ['Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong thực hiện thủ tục hành chính Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', [['Quy chế phối hợp trong thực hiện thủ tục hành chính', null]]],
    ['Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong thực hiện thủ tục hành chính, gồm 03 chương, 15 điều.', [['Quy chế phối hợp trong thực hiện thủ tục hành chính', null]]],
    // the same attachment of the same document said twice is one (made up from seeds 002:13)
    [
      'Sửa đổi Quy chế hoạt động ban hành kèm theo Quyết định số 84/QĐ-SNgV ngày 01/02/2016. Các phòng thực hiện Quy chế hoạt động ban hành kèm theo Quyết định số 84/QĐ-SNgV.',
      [['Quy chế hoạt động', 'Quyết định số 84/QĐ-SNgV']],
    ],
  ] as [string, (string | null)[][]][])('%#: %s', (text, expected) => expect(attachmentsOf(text)).toEqual(expected));

  it('reads `Quyết định này` as the text itself only in an official document, not in news', () => {
    expect(attachmentsOf('Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong thực hiện thủ tục hành chính.', false)).toEqual([]);
  });
});
