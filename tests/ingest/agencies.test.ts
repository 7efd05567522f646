import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest-source.ts';
import { DIRECTORY } from '../helpers/fixtures.ts';

// A Hải Phòng notice around the sentence under test.
const notice = (body: string, recipients = '- Lưu: VT.') =>
  new TextEncoder().encode(`Số: 15/TB-UBND\n\nHải Phòng, ngày 3 tháng 3 năm 2021\n\nTHÔNG BÁO\n\nKết luận về công tác cải cách hành chính\n\n${body}\n\nVăn phòng thông báo để các cơ quan thực hiện./.\n\nNơi nhận:\n${recipients}\n\nTL. ỦY BAN NHÂN DÂN\nCHÁNH VĂN PHÒNG\n\nPhạm Hưng Hùng`);
const agenciesOf = (body: string, recipients?: string, sidecar?: string) => {
  const result = ingestSource({ file: 'a.txt', bytes: notice(body, recipients), ...(sidecar ? { sidecar: { file: 'a.meta.yaml', text: sidecar } } : {}) }, DIRECTORY);
  if (!result.ok) throw result.error;
  return Object.fromEntries(result.record.agencies.map((agency) => [agency.id, agency.roles]));
};

describe('agencies and their roles', () => {
  it.each([
    // the issuer, from the symbol and the place
    ['Nội dung.', {}, { 'ubnd-hai-phong': ['issuer'] }],
    // `Giao X chủ trì, phối hợp với Y, Z`: assignee and partners
    ['Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Sở Tài chính thực hiện.', {}, { 'so-noi-vu-hai-phong': ['assignee'], 'so-tu-phap-hai-phong': ['partner'], 'so-tai-chinh-hai-phong': ['partner'] }],
    // the head stands for the agency: `Giao Giám đốc Sở Nội vụ`
    ['Giao Giám đốc Sở Nội vụ phối hợp Văn phòng Ủy ban nhân dân thành phố kiểm tra.', {}, { 'so-noi-vu-hai-phong': ['assignee'], 'van-phong-ubnd-hai-phong': ['partner'] }],
    // partners stop at the first word that is not an agency
    ['Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan và Sở Tư pháp.', {}, { 'so-noi-vu-hai-phong': ['assignee'], 'so-tu-phap-hai-phong': ['mentioned'] }],
    // `Dự họp có …` lists participants, districts distributed
    ['Dự họp có lãnh đạo Sở Nội vụ; lãnh đạo Ủy ban nhân dân các quận, huyện: Hồng Bàng, Thủy Nguyên.', {}, { 'so-noi-vu-hai-phong': ['participant'], 'ubnd-quan-hong-bang': ['participant'], 'ubnd-huyen-thuy-nguyen': ['participant'] }],
    // a named province wins over the document's own
    ['Theo đề nghị của UBND tỉnh Bình Định.', {}, { 'ubnd-binh-dinh': ['mentioned'] }],
    // a body the registry lacks is kept and reported
    ['Sở Lao động - Thương binh và Xã hội đã báo cáo.', {}, { 'chua-dang-ky-so-lao-dong-thuong-binh-va-xa-hoi-hai-phong': ['mentioned'] }],
    // `Thanh tra` alone is an activity, not the city's inspectorate
    ['Thanh tra, kiểm tra công vụ được tăng cường.', {}, {}],
  ])('%s', (body, _unused, expected) => {
    const roles = agenciesOf(body);
    for (const [id, expectedRoles] of Object.entries(expected)) expect(roles[id], id).toEqual(expectedRoles);
    if (Object.keys(expected).length === 0) expect(Object.keys(roles)).toEqual(['ubnd-hai-phong']);
  });

  it.each([
    // a distributed head: `Các Sở, ngành: Nội vụ, Tài chính; KH&ĐT`
    ['- Các Sở, ngành: Nội vụ, Tài chính; KH&ĐT;', ['so-noi-vu-hai-phong', 'so-tai-chinh-hai-phong', 'so-ke-hoach-va-dau-tu-hai-phong']],
    // abbreviations and a tone-mark typo (`Công` for `Cổng`)
    ['- Thanh tra TP; TT&TT;\n- Công TTĐT, Báo HP;', ['thanh-tra-hai-phong', 'so-thong-tin-va-truyen-thong-hai-phong', 'cong-thong-tin-dien-tu-hai-phong', 'bao-hai-phong']],
    // people and classes of bodies are not agencies
    ['- CT, các PCT UBND TP;\n- Các Sở, ban, ngành TP;\n- UBND các quận, huyện;\n- CVP, PCVP Trần Huy Kiên;\n- Lưu: VT.', []],
  ])('Nơi nhận %j', (recipients, ids) => {
    const roles = agenciesOf('Nội dung.', recipients);
    expect(Object.entries(roles).filter(([, list]) => list.includes('recipient')).map(([id]) => id)).toEqual(ids);
  });

  it('without a jurisdiction, `Sở Nội vụ` stays unresolved rather than borrowing a province', () => {
    const result = ingestSource({ file: 'b.txt', bytes: new TextEncoder().encode('Tin về Sở Nội vụ\n\nThứ hai - 05/07/2021 10:00\n\nSáng 5/7, UBND tỉnh họp với Sở Nội vụ.') }, DIRECTORY);
    expect(result.ok && result.record.agencies.map((agency) => agency.id)).toEqual([]);
    expect(result.ok && result.record.diagnostics.map((item) => item.code)).toContain('agency-jurisdiction-unknown');
  });
});
