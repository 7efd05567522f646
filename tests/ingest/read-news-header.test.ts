import { describe, expect, it } from 'vitest';
import { clockFrom, datePartsFrom, toIsoDate } from '../../src/ingest/extract/parse-date.ts';
import { readNewsHeader, readPublicationTime } from '../../src/ingest/segment/read-news-header.ts';
import type { Piece } from '../../src/ingest/segment/pieces.ts';

const time = (text: string) => {
  const read = readPublicationTime(text);
  if (!read) return null;
  const parts = datePartsFrom(read.groups);
  return { day: parts ? toIsoDate(parts) : null, clock: clockFrom(read.groups), firm: read.firm };
};

describe('publication times as portals print them', () => {
  it.each([
    // weekday, date, 24-hour clock with a stray PM and a comment counter after it (congluan)
    ['Thứ tư, 31/07/2024 18:15 PM - 0 Trả lời', { day: '2024-07-31', clock: '18:15', firm: true }],
    // a 12-hour clock
    ['Thứ hai, 02/12/2024 9:05 PM', { day: '2024-12-02', clock: '21:05', firm: true }],
    // the clock first, a view counter after (moha.gov.vn)
    ['17:18 10/06/2020 | Lượt xem : 15846', { day: '2020-06-10', clock: '17:18', firm: true }],
    // a label with the clock first (vhttdldaklak)
    ['Cập nhật lúc: 18:59 03/01/2018', { day: '2018-01-03', clock: '18:59', firm: true }],
    // the clock, then the date with `ngày` (tapchicongsan)
    ['00:42, ngày 15-04-2024', { day: '2024-04-15', clock: '00:42', firm: true }],
    // a label and two spaces (kontum.gov.vn)
    ['Ngày đăng: 08/07/2024  11:38', { day: '2024-07-08', clock: '11:38', firm: true }],
    // the month spelled (lyluanchinhtri)
    ['Thứ hai, 11 Tháng 12 2023 16:03', { day: '2023-12-11', clock: '16:03', firm: true }],
    // a date in brackets under a teaser's headline (hoabinh.gov.vn)
    ['(21/09/2022)', { day: '2022-09-21', clock: null, firm: true }],
    // a label, the clock, a border, the date (vov)
    ['Ngày phát hành 13:30 | 16/9/2021', { day: '2021-09-16', clock: '13:30', firm: true }],
    // bylines in capitals before the time (baoquangnam print view)
    ['VĂN HÀO - TRẦN HỮU 30/04/2016 11:39', { day: '2016-04-30', clock: '11:39', firm: true }],
    // a page-view banner: a date without a clock or a label
    ['Thứ 3, Ngày 16/07/2024 -', { day: '2024-07-16', clock: null, firm: false }],
    // look-alike: a lede that opens with a date
    ['Ngày 29/12/2017, UBND tỉnh đã ban hành Quyết định số 3655/QĐ-UBND', null],
    // look-alike: words of a sentence before a date are no byline
    ['Văn bản số 15/03/2020', null],
    ['Thông báo kết luận ngày 06/05/2019 của Văn phòng', null],
  ])('%s', (text, expected) => expect(time(text)).toEqual(expected));
});

const pieces = (lines: readonly string[]): Piece[] => {
  let start = 0;
  return lines.map((text, index) => {
    const piece = { line: index + 1, text, span: { start, end: start + text.length }, gapBefore: 0 };
    start += text.length + 1;
    return piece;
  });
};

describe('the headline and time of a news item', () => {
  it.each([
    // a page-view banner above the headline, the real time under it (kontum.gov.vn)
    [['Thứ 3, Ngày 16/07/2024 -', 'Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri', 'Ngày đăng: 08/07/2024  11:38', 'Sáng ngày 08/7, tại Kỳ họp thứ 7.'], 'Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri', 'Ngày đăng: 08/07/2024  11:38'],
    // a byline and its affiliation between the headline and the time (tapchicongsan)
    [['Thành phố Hà Nội tập trung đẩy mạnh cải cách hành chính', 'TS TRẦN THANH HUYỀN', 'Đại học Quốc gia Hà Nội', '00:42, ngày 15-04-2024', 'TCCS - Thành phố Hà Nội đã và đang tập trung.'], 'Thành phố Hà Nội tập trung đẩy mạnh cải cách hành chính', '00:42, ngày 15-04-2024'],
    // a breadcrumb above the time, the headline under it (lyluanchinhtri)
    [['Trang chủ    Đào tạo - Bồi dưỡng    Cải cách hành chính góp phần xây dựng', 'Thứ hai, 11 Tháng 12 2023 16:03', 'Cải cách hành chính góp phần xây dựng nhà trường', 'Nội dung.'], 'Cải cách hành chính góp phần xây dựng nhà trường', 'Thứ hai, 11 Tháng 12 2023 16:03'],
    // look-alike: a headline of two words is no headline (a section label is as long)
    [['Nghiên cứu', 'Nội dung của bài viết dài hơn một dòng.'], undefined, undefined],
  ])('%j', (lines, headline, timeLine) => {
    const read = readNewsHeader(pieces(lines));
    expect(read.news.headline?.text).toBe(headline);
    expect(read.news.time?.text).toBe(timeLine);
  });
});
