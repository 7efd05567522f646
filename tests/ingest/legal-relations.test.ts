import { describe, expect, it } from 'vitest';
import { extractLegalReferences } from '../../src/ingest/extract/legal-references.ts';
import { extractLegalRelations } from '../../src/ingest/extract/legal-relations.ts';

/** The relations of a passage, read with the archive's own reference extraction, as [kind, agent, object] (agent null: the text itself). */
function relationsOf(text: string, selfIsDocument = true) {
  const { legalRefs } = extractLegalReferences({ text, exclude: [], jurisdiction: undefined, issued: null });
  return extractLegalRelations({ text, references: legalRefs, selfIsDocument });
}
const triples = (text: string, selfIsDocument = true) => relationsOf(text, selfIsDocument).map((relation) => [relation.kind, relation.agent, relation.object]);

// Passages of the development set (../shared/corpus/real/<file>:<line>) and the seeds, line breaks kept.
describe('extractLegalRelations', () => {
  it.each([
    // 031:25 — a cited decree amends another, with a line break inside the agent's words
    [
      'Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của\nChính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày\n23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong\ngiải quyết thủ tục hành chính;',
      [['amends', 'Nghị định số 107/2021/NĐ-CP', 'Nghị định số 61/2018/NĐ-CP']],
    ],
    // 022:15 — `về việc` between the agent and the verb
    ['Căn cứ Nghị quyết số 76/NQ-CP ngày 13/6/2013 của Chính phủ về việc sửa đổi, bổ sung một số điều của Nghị quyết số 30c/NQ-CP;', [['amends', 'Nghị quyết số 76/NQ-CP', 'Nghị quyết số 30c/NQ-CP']]],
    // 020:8 — a circular guides a decree
    [
      'Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa;',
      [['implements', 'Thông tư số 01/2018/TT-VPCP', 'Nghị định số 61/2018/NĐ-CP']],
    ],
    // seeds 000:63 — one verb, two objects joined by `và`
    [
      'Kế hoạch số 276/KH-UBND ngày 03/12/2020 của Ủy ban nhân dân thành phố về triển khai thực hiện Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP của Chính phủ;',
      [
        ['implements', 'Kế hoạch số 276/KH-UBND', 'Nghị định số 107/2020/NĐ-CP'],
        ['implements', 'Kế hoạch số 276/KH-UBND', 'Nghị định số 108/2020/NĐ-CP'],
      ],
    ],
    // 014:33 — the text itself, in an article, amending and repealing parts, `bãi⏎bỏ` across a line
    ['Điều 1. Sửa đổi, bổ sung, bãi\nbỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của\nChính phủ về kiểm soát thủ tục hành chính như sau:', [['amends', null, 'Nghị định số 63/2010/NĐ-CP']]],
    // 014:23 — the enacting words, four decrees after one verb, parted by `;` and `và`, with their own subjects;
    // the article after says it again of the first (one relation)
    [
      'Chính phủ ban hành Nghị định sửa đổi, bổ sung một\nsố điều của Nghị định số 63/2010/NĐ-CP ngày\n08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số\n20/2008/NĐ-CP ngày 14 tháng 02 năm 2008 của\nChính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định\nhành chính; Nghị định số 36/2012/NĐ-CP ngày\n18 tháng 4 năm 2012 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ\ncấu tổ chức của Bộ, cơ quan ngang Bộ và Nghị định số 55/2011/NĐ-CP ngày 04 tháng 7 năm 2011 của Chính\nphủ quy định chức năng, nhiệm vụ, quyền hạn và tổ chức bộ máy của tổ chức pháp\nchế,\nĐiều 1. Sửa đổi, bổ sung, bãi\nbỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của\nChính phủ về kiểm soát thủ tục hành chính như sau:',
      [
        ['amends', null, 'Nghị định số 63/2010/NĐ-CP'],
        ['amends', null, 'Nghị định số 20/2008/NĐ-CP'],
        ['amends', null, 'Nghị định số 36/2012/NĐ-CP'],
        ['amends', null, 'Nghị định số 55/2011/NĐ-CP'],
      ],
    ],
    // 048:5 — a resolution replacing another, `đồng thời` after a `;`, read as the text's own when the text is a document
    ['Nghị\nquyết này có hiệu lực từ ngày 21/7/2025; đồng thời, thay thế Nghị quyết số\n14/2023/NQ-HĐND ngày 27/10/2023 của HĐND tỉnh.', [['replaces', null, 'Nghị quyết số 14/2023/NQ-HĐND']]],
    // look-alike: a citation of a part, no verb of change
    ['Hồ sơ được tiếp nhận theo quy định tại khoản 2 Điều 3 Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.', []],
    // look-alike (018:25): amends, but no document named after the verb
    ['Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;', []],
    // look-alike: a proposal, not an amendment (made up from the list: no text of the corpora has one)
    ['Sở Tư pháp đề nghị sửa đổi Quyết định số 06/2020/QĐ-UBND ngày 12/3/2020 của Ủy ban nhân dân tỉnh.', []],
    // look-alike: a text opening on what it implements is the reference's own `implementation`, not a relation here
    ['Thực hiện Kế hoạch số 276/KH-UBND ngày 03/12/2020 của Ủy ban nhân dân thành phố, Sở Ngoại vụ báo cáo như sau:', []],
    // 006:32 — two bases on one line, parted by `;`: the second has its own verb, so it is not a second object of the first's
    [
      'Căn cứ Nghị định số\n34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số\nđiều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định\nsố 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một\nsố điều của Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ;',
      [
        ['implements', 'Nghị định số 34/2016/NĐ-CP', 'Luật Ban hành văn bản quy phạm pháp luật'],
        ['amends', 'Nghị định số 154/2020/NĐ-CP', 'Nghị định số 34/2016/NĐ-CP'],
      ],
    ],
    // look-alike: the enacting words after `Theo đề nghị của …` are an act, not a proposal (014:21)
    ['Theo đề nghị của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ,\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ;', [['amends', null, 'Nghị định số 63/2010/NĐ-CP']]],
    // a05:17 (a legal library's note) — the passive: the acting document comes second, after a long subject of the first
    [
      'Kể từ ngày 15-12-2015, Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội vụ Hướng dẫn về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi Thông tư liên tịch số 01/2015/TTLT-VPCP-BNV ngày 23/10/2015 giữa Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng Bộ Nội vụ.',
      [['replaces', 'Thông tư liên tịch số 01/2015/TTLT-VPCP-BNV', 'Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV']],
    ],
    // the passive as căn cứ lines write it (made up from 032:37's documents: no text of the corpora has this form)
    [
      'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính đã được sửa đổi, bổ sung một số điều tại Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;',
      [['amends', 'Nghị định số 107/2021/NĐ-CP', 'Nghị định số 61/2018/NĐ-CP']],
    ],
    // the passive after a subject with no verb in it: read as passive, never as the first amending the second (made up from 018:25's documents)
    [
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính được sửa đổi, bổ sung tại Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ;',
      [['amends', 'Nghị định số 48/2013/NĐ-CP', 'Nghị định số 63/2010/NĐ-CP']],
    ],
    // the passive with `sửa đổi, bổ sung, bãi bỏ` amends, as the active `Điều 1. Sửa đổi, bổ sung, bãi bỏ …` does (014:33; made up in the passive)
    [
      'Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính đã được sửa đổi, bổ sung, bãi bỏ một số điều bởi Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ;',
      [['amends', 'Nghị định số 48/2013/NĐ-CP', 'Nghị định số 63/2010/NĐ-CP']],
    ],
    // look-alike: the passive after a `;` speaks of something else than the document before it (made up)
    ['Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; các thủ tục hành chính được sửa đổi, bổ sung tại Quyết định số 1085/QĐ-UBND ngày 12/5/2021 của Ủy ban nhân dân tỉnh;', []],
    // look-alike: a passive wish (`đề nghị được sửa đổi`) is not an act (made up)
    ['Quyết định số 06/2020/QĐ-UBND ngày 12/3/2020 của Ủy ban nhân dân tỉnh đề nghị được sửa đổi theo Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ.', []],
    // seeds 002:13 — the change goes through the cited decision's attachment: 430 amends 84, in part
    [
      'đồng thời ban hành Quyết định số 430/QĐ-SNgV ngày 27/5/2021 sửa đổi, bổ sung một số điều của Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ ban hành kèm theo Quyết định số 84/QĐ-SNgV ngày 01/02/2016 để phù hợp với tình hình thực tế.',
      [['amends', 'Quyết định số 430/QĐ-SNgV', 'Quyết định số 84/QĐ-SNgV']],
    ],
    // look-alike (021:9): an attachment cited with no verb of change before it
    ['đánh giá từng TTHC theo Biểu mẫu được ban hành kèm theo Thông tư số 02/2017/TT-VPCP.', []],
    // look-alike: two decrees cited side by side, neither acting on the other (seeds 002:17)
    ['Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ;', []],
  ] as [string, (string | null)[][]][])('%#: %s', (text, expected) => expect(triples(text)).toEqual(expected));

  it('does not take `Nghị quyết này` in news for the article itself (048 is a news item): the agent is not guessed', () => {
    expect(triples('Nghị\nquyết này có hiệu lực từ ngày 21/7/2025; đồng thời, thay thế Nghị quyết số\n14/2023/NQ-HĐND ngày 27/10/2023 của HĐND tỉnh.', false)).toEqual([]);
  });

  it('keeps the passage, the verb with its span, whether only some articles change, and the date it takes effect', () => {
    const text = 'Nghị\nquyết này có hiệu lực từ ngày 21/7/2025; đồng thời, thay thế Nghị quyết số\n14/2023/NQ-HĐND ngày 27/10/2023 của HĐND tỉnh.';
    const [replaces] = relationsOf(text);
    expect(replaces!.effective).toBe('2025-07-21');
    expect(text.slice(replaces!.verb.span.start, replaces!.verb.span.end)).toBe(replaces!.verb.text);
    expect(replaces!.verb.text).toBe('thay thế');
    expect(text.slice(replaces!.passage.span.start, replaces!.passage.span.end)).toBe(replaces!.passage.text);
    expect(replaces!.partial).toBe(false);
    const [amends] = relationsOf('Điều 1. Sửa đổi, bổ sung, bãi\nbỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của\nChính phủ về kiểm soát thủ tục hành chính như sau:');
    expect(amends!.partial).toBe(true);
    expect(amends!.verb.text).toBe('Sửa đổi, bổ sung, bãi\nbỏ');
    const [throughAttachment] = relationsOf('Quyết định số 430/QĐ-SNgV ngày 27/5/2021 sửa đổi, bổ sung một số điều của Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ ban hành kèm theo Quyết định số 84/QĐ-SNgV ngày 01/02/2016.');
    expect([throughAttachment!.partial, throughAttachment!.attachment?.text]).toEqual([true, 'Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ']);
    // seeds 000:63, a list item: the passage starts at its words, not at the marker, and its span still slices to it
    const item = '- Triển khai sắp xếp lại tổ chức các phòng, đơn vị sự nghiệp và số lượng lãnh đạo quản lý theo Kế hoạch số 276/KH-UBND ngày 03/12/2020 của Ủy ban nhân dân thành phố về triển khai thực hiện Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP của Chính phủ; triển khai thực hiện các Nghị định của Chính phủ về vị trí việc làm và biên chế công chức; sửa đổi chính sách về tinh giản biên chế (số 62/2020/NĐ-CP; số 143/2020/NĐ-CP) và kiện toàn công tác cán bộ các đơn vị để ổn định bộ máy, hoạt động hiệu lực, hiệu quả.';
    const [implementing] = relationsOf(item);
    expect(implementing!.passage.text).toMatch(/^Triển khai sắp xếp lại/u);
    expect(item.slice(implementing!.passage.span.start, implementing!.passage.span.end)).toBe(implementing!.passage.text);
  });
});
