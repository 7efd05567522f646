import { describe, expect, it } from 'vitest';
import { jurisdictionByName } from '../../src/ingest/extract/jurisdictions.ts';
import { extractMetrics } from '../../src/ingest/extract/metrics.ts';
import { extractTasks } from '../../src/ingest/extract/tasks.ts';
import type { Block } from '../../src/ingest/segment/segments.ts';
import { DIRECTORY } from '../helpers/fixtures.ts';

const HAI_PHONG = jurisdictionByName('Hải Phòng');
// One paragraph block over the whole text, as the segmenter gives a body paragraph.
const block = (text: string): Block[] => [{ type: 'paragraph', refs: [{ text, line: 1, span: { start: 0, end: text.length } }] }];
const metricsOf = (text: string, reportingYear = 2020) =>
  extractMetrics({ text, blocks: block(text), agencyMatches: DIRECTORY.find(text, HAI_PHONG), reportingYear, subject: null }).map((metric) => ({
    kind: metric.kind,
    value: metric.value,
    of: metric.of,
    percent: metric.percent,
    unit: metric.unit,
    from: metric.from,
    to: metric.to,
    target: metric.target,
  }));
const tasksOf = (text: string) => extractTasks({ text, blocks: block(text), agencyMatches: DIRECTORY.find(text, HAI_PHONG) }).map(({ lead, partners, due }) => ({ lead, partners, due }));
const figure = (fields: Partial<ReturnType<typeof metricsOf>[number]>) => ({ kind: 'count', value: null, of: null, percent: null, unit: null, from: null, to: null, target: false, ...fields });

describe('figures: what is one, and what only looks like one', () => {
  it.each([
    // a ratio with its unit and percentage, the number in bold
    ['Sở đã **hoàn thành 119/133** nhiệm vụ = 89,47%.', [figure({ kind: 'ratio', value: 119, of: 133, percent: 89.47, unit: 'nhiệm vụ' })]],
    // all of them
    ['Sở đã thực hiện tốt 35/35 nhiệm vụ được giao.', [figure({ kind: 'ratio', value: 35, of: 35, unit: 'nhiệm vụ' })]],
    // a rank among departments
    ['Chỉ số hài lòng đứng thứ 5/20 sở, ngành.', [figure({ kind: 'rank', value: 5, of: 20, unit: 'sở, ngành' })]],
    // a rank among provinces
    ['PAR INDEX năm 2020 của thành phố xếp thứ 3/63 tỉnh, thành phố.', [figure({ kind: 'rank', value: 3, of: 63, unit: 'tỉnh, thành phố' })]],
    // a percentage with a decimal comma
    ['Tỷ lệ nhiệm vụ hoàn thành nhưng quá hạn là 0,84%.', [figure({ kind: 'percent', percent: 0.84 })]],
    // a percentage with a space before the sign
    ['Đã hoàn thành 100 % nhiệm vụ được giao.', [figure({ kind: 'percent', percent: 100 })]],
    // a change in days
    ['Giảm thời gian giải quyết từ 15 ngày xuống 7 ngày.', [figure({ kind: 'change', from: 15, to: 7, unit: 'ngày' })]],
    // a change with `còn`
    ['Rút ngắn thời gian từ 20 ngày còn 12 ngày làm việc.', [figure({ kind: 'change', from: 20, to: 12, unit: 'ngày' })]],
    // a rise in percentage points
    ['Tỷ lệ hồ sơ trực tuyến tăng từ 45% lên 60%.', [figure({ kind: 'change', from: 45, to: 60 })]],
    // a count of files
    ['Bộ phận một cửa tiếp nhận, giải quyết 257 hồ sơ TTHC đúng hạn.', [figure({ value: 257, unit: 'hồ sơ' })]],
    // a count with a leading zero
    ['Trong đó có 04 nhiệm vụ đã quá hạn.', [figure({ value: 4, unit: 'nhiệm vụ' })]],
    // staff numbers against the quota
    ['Văn phòng đã sử dụng 70 biên chế trên tổng số 75 biên chế được giao.', [figure({ value: 70, of: 75, unit: 'biên chế' })]],
    // completed, of a total given earlier in the sentence
    ['Văn phòng nhận được 107 nhiệm vụ, đã hoàn thành 77 nhiệm vụ, đang thực hiện 30 nhiệm vụ.', [figure({ value: 107, unit: 'nhiệm vụ' }), figure({ value: 77, of: 107, unit: 'nhiệm vụ' }), figure({ value: 30, unit: 'nhiệm vụ' })]],
    // thousands written with a dot
    ['Năm 2020 tiếp nhận 1.250 hồ sơ trực tuyến.', [figure({ value: 1250, unit: 'hồ sơ' })]],
    // a count of procedures, spelled out
    ['Công bố 12 thủ tục hành chính mới.', [figure({ value: 12, unit: 'thủ tục hành chính' })]],
    // a ratio of procedures
    ['Cung cấp dịch vụ công mức độ 3 đối với 6/7 TTHC.', [figure({ kind: 'ratio', value: 6, of: 7, unit: 'TTHC' })]],
    // a goal in a later year than the report: a target
    ['Năm 2021, Sở duy trì đăng tải 100% thủ tục hành chính.', [figure({ kind: 'percent', percent: 100, target: true })]],
    // a goal said as such
    ['Trong thời gian tới, phấn đấu hoàn thành 100% nhiệm vụ.', [figure({ kind: 'percent', percent: 100, target: true })]],
    // NOT a figure: a full date
    ['Đến ngày 16/12/2020, Sở đã báo cáo.', []],
    // NOT a figure: a day and month
    ['Tính đến ngày 25/9, Văn phòng đã báo cáo.', []],
    // NOT a figure: a morning's date
    ['Sáng 17/12, đoàn công tác kiểm tra.', []],
    // NOT a figure: a document number
    ['Thực hiện Kế hoạch số 33/KH-UBND của Ủy ban nhân dân thành phố.', []],
    // NOT a figure: a decree's number
    ['Theo Nghị định số 61/2018/NĐ-CP của Chính phủ.', []],
    // NOT a figure: a bare ratio without unit (a date in disguise)
    ['Họp vào 8/10 tại trụ sở.', []],
    // NOT a figure: years and the body's own departments
    ['Trong 04 năm gần đây, với 9 phòng chuyên môn, 1 ban.', []],
    // NOT a figure: a service level
    ['Triển khai dịch vụ công trực tuyến mức độ 3, 4.', []],
    // NOT a figure: a standard's version
    ['Áp dụng hệ thống ISO 9001:2015.', []],
  ])('%s', (text, expected) => {
    expect(metricsOf(text)).toEqual(expected);
  });
});

describe('tasks: what is an assignment, and what only looks like one', () => {
  it.each([
    // lead and partners, a bold deadline
    ['Giao Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ kiểm tra; báo cáo **trước ngày 31/3/2020**.', [{ lead: 'Sở Nội vụ', partners: ['Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'], due: '2020-03-31' }]],
    // a director stands for the department
    ['Giao Giám đốc Sở Nội vụ phối hợp Văn phòng Ủy ban nhân dân thành phố tổ chức kiểm tra; báo cáo trước ngày 25/3/2020.', [{ lead: 'Sở Nội vụ', partners: ['Văn phòng Ủy ban nhân dân thành phố'], due: '2020-03-25' }]],
    // lowercase after a comma, a class of bodies as partner
    ['Thời gian tới, giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan báo chí tiếp tục tuyên truyền.', [{ lead: 'Sở Thông tin và Truyền thông', partners: ['các cơ quan báo chí'], due: null }]],
    // partners joined by `và`
    ['Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ và Sở Tài chính rà soát văn bản.', [{ lead: 'Sở Tư pháp', partners: ['Sở Nội vụ', 'Sở Tài chính'], due: null }]],
    // `các cơ quan, đơn vị liên quan` names no partner
    ['Giao Văn phòng Ủy ban nhân dân thành phố chủ trì, phối hợp với các cơ quan, đơn vị liên quan khẩn trương đề xuất.', [{ lead: 'Văn phòng Ủy ban nhân dân thành phố', partners: [], due: null }]],
    // a deadline spelled out
    ['Giao Sở Nội vụ tổng hợp, báo cáo chậm nhất ngày 15 tháng 4 năm 2021.', [{ lead: 'Sở Nội vụ', partners: [], due: '2021-04-15' }]],
    // two assignments in one item
    ['Giao Sở Nội vụ chủ trì kiểm tra. Giao Sở Tài chính bố trí kinh phí trước ngày 30/6/2021.', [{ lead: 'Sở Nội vụ', partners: [], due: null }, { lead: 'Sở Tài chính', partners: [], due: '2021-06-30' }]],
    // NOT a task: tasks assigned by the city, counted
    ['Sở đã hoàn thành 35/35 nhiệm vụ được giao.', []],
    // NOT a task: handing over
    ['Đã bàn giao Sở Nội vụ hồ sơ.', []],
    // NOT a task: `giao` without an agency after it
    ['Giao dịch điện tử được tăng cường.', []],
  ])('%s', (text, expected) => {
    expect(tasksOf(text)).toEqual(expected);
  });
});
