import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../src/ingest/extract/extract-signer.ts';
import { separatePageChrome } from '../../src/ingest/normalise/separate-page-chrome.ts';
import { splitLines } from '../../src/ingest/normalise/split-lines.ts';
import { segmentSource } from '../../src/ingest/segment/segment-source.ts';
import type { Segments } from '../../src/ingest/segment/segments.ts';

const segment = (text: string, kind?: 'document' | 'news') => segmentSource(separatePageChrome(splitLines(text)), kind).segments;
const texts = (refs: readonly { text: string }[]) => refs.map((ref) => ref.text);
const asDocument = (segments: Segments) => (segments.kind === 'document' ? segments : expect.unreachable('a news item where a document was expected'));
const asNews = (segments: Segments) => (segments.kind === 'news' ? segments : expect.unreachable('a document where a news item was expected'));

describe('official document parts', () => {
  const notice = segment(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BÌNH ĐỊNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/TB-UBND',
      'Bình Định, ngày 3 tháng 3 năm 2021',
      'THÔNG BÁO',
      'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc',
      'với Sở Nội vụ',
      '',
      'I. KẾT QUẢ',
      '1. Sở đã hoàn thành nhiệm vụ.',
      '- Rà soát thủ tục;',
      '+ Công bố 12 thủ tục.',
      'II. NHIỆM VỤ',
      'Giao Sở Nội vụ chủ trì thực hiện và báo cáo',
      '',
      '',
      'trước ngày 30/3/2021.',
      'Văn phòng thông báo để các cơ quan biết, thực hiện./.',
      'Nơi nhận:',
      '- Sở Nội vụ;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '(Đã ký)',
      'Nguyễn Tuấn Thanh',
    ].join('\n'),
  );

  it('is a document', () => expect(notice.kind).toBe('document'));
  const header = asDocument(notice).document;
  it('keeps the issuer lines and the motto apart', () => {
    expect(texts(header.issuerLines)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH ĐỊNH']);
    expect(texts(header.motto)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });
  it('reads a subject wrapped over two lines', () => {
    expect(texts(header.subject)).toEqual(['Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc', 'với Sở Nội vụ']);
  });
  it('gives sections, numbered paragraphs and nested lists', () => {
    expect(notice.body.map((block) => [block.type, 'depth' in block ? block.depth : null])).toEqual([
      ['heading', null],
      ['paragraph', null],
      ['list-item', 1],
      ['list-item', 2],
      ['heading', null],
      ['paragraph', null],
    ]);
  });
  it('rejoins a sentence cut by a page break', () => {
    expect(texts(notice.body.at(-1)!.refs)).toEqual(['Giao Sở Nội vụ chủ trì thực hiện và báo cáo', 'trước ngày 30/3/2021.']);
  });
  it('finds the closing formula, the recipients and the signing block', () => {
    expect(texts(notice.closing!.refs)).toEqual(['Văn phòng thông báo để các cơ quan biết, thực hiện./.']);
    expect(texts(notice.recipients!.items)).toEqual(['- Sở Nội vụ;', '- Lưu: VT.']);
    expect(texts(notice.signature)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Nguyễn Tuấn Thanh']);
  });
});

describe('news items', () => {
  it.each([
    // headline then a portal time line
    { text: 'Tiêu đề bản tin\n\nThứ năm - 08/07/2021 09:31\nNội dung bản tin dài.', headline: 'Tiêu đề bản tin', time: 'Thứ năm - 08/07/2021 09:31', dateline: undefined },
    // a dateline, then the headline (seed 004)
    { text: 'Hải Phòng, ngày 21 tháng 09 năm 2019\n\nTiêu đề bản tin\n\nChiều 26/9, nội dung.', headline: 'Tiêu đề bản tin', time: undefined, dateline: 'Hải Phòng, ngày 21 tháng 09 năm 2019' },
    // no headline: the lede opens with a time of day (seed 001)
    { text: 'Print Thứ Năm, 17/12/2020 16:30 Gốc\n\nSáng 17/12, đoàn công tác kiểm tra.\n\nNội dung.', headline: undefined, time: 'Thứ Năm, 17/12/2020 16:30', dateline: undefined },
  ])('$headline $time $dateline', ({ text, headline, time, dateline }) => {
    const news = asNews(segment(text)).news;
    expect(news.headline?.text).toBe(headline);
    expect(news.time?.text).toBe(time);
    expect(news.dateline?.text).toBe(dateline);
  });

  it('tells captions from paragraphs', () => {
    const news = segment(
      [
        'Tiêu đề bản tin',
        'Sáng 17/12, đoàn kiểm tra làm việc tại Sở. Đoàn ghi nhận nhiều kết quả.',
        // a caption: one short sentence
        'Người dân làm việc tại Bộ phận 1 cửa Sở Ngoại vụ.',
        // a paragraph: two sentences
        'Năm 2021, Sở tiếp tục cải cách. Sở duy trì ISO 9001:2015.',
        // an enumerated point is not a caption
        'Một là, công tác tuyên truyền chưa thường xuyên.',
        // a lead-in to a list is not a caption
        'Cụ thể như sau:',
      ].join('\n'),
    );
    expect(news.body.map((block) => block.type)).toEqual(['paragraph', 'caption', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a sidecar saying "document" wins over detection', () => {
    expect(segment('Tiêu đề\nNội dung.', 'document').kind).toBe('document');
  });
});

describe('extractSigner', () => {
  const ref = (text: string, line: number) => ({ text, line, span: { start: 0, end: text.length } });
  it.each([
    // TL.: by order of the committee, the office head signs (seeds 000, 003)
    [['**TL. ỦY BAN NHÂN DÂN', 'CHÁNH VĂN PHÒNG**', 'Phạm Hưng Hùng'], { name: 'Phạm Hưng Hùng', position: 'Chánh Văn phòng', form: 'TL.', onBehalfOf: 'Ủy ban nhân dân' }],
    // TM. + KT.: a vice-chairman signs for the chairman, on behalf of the committee
    [['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Nguyễn Tuấn Thanh'], { name: 'Nguyễn Tuấn Thanh', position: 'Phó Chủ tịch', form: 'KT.', onBehalfOf: 'Ủy ban nhân dân' }],
    // KT. alone: a deputy director signs for the director
    [['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn Nam'], { name: 'Trần Văn Nam', position: 'Phó Giám đốc', form: 'KT.', onBehalfOf: 'Giám đốc' }],
    // no form: the head signs in person
    [['GIÁM ĐỐC', 'Lê Thị Hoa'], { name: 'Lê Thị Hoa', position: 'Giám đốc', form: null, onBehalfOf: null }],
    // TUQ.: by delegation
    [['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Hoàng Minh'], { name: 'Hoàng Minh', position: 'Chánh Văn phòng', form: 'TUQ.', onBehalfOf: 'Chủ tịch' }],
  ])('%j', (lines, expected) => {
    expect(extractSigner(lines.map(ref))?.signer).toEqual(expected);
  });
});
