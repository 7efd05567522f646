import { describe, expect, it } from 'vitest';
import { separatePageChrome } from '../../src/ingest/normalise/separate-page-chrome.ts';
import { splitLines } from '../../src/ingest/normalise/split-lines.ts';

const classify = (text: string) => separatePageChrome(splitLines(text));

describe('lines taken for page chrome, with their reason', () => {
  it.each([
    // print-view link on its own
    ['Print', 'print-link'],
    // QR block of a Hải Phòng portal page
    ['QR Code', 'qr-block'],
    ['QR CODE: Sở Ngoại vụ tăng cường ứng dụng thông tin trong giải quyết thủ tục hành chính', 'qr-block'],
    ['Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng', 'qr-block'],
    // social links
    ['Chúng tôi trên Mạng Xã hội', 'share-widget'],
    // navigation between news items
    ['Những tin cũ hơn', 'navigation'],
    ['Tin khác', 'navigation'],
    // rating widget
    ['Tổng số điểm của bài viết là: 0 trong 0 đánh giá', 'rating'],
    ['Click để đánh giá bài viết', 'rating'],
    // byline (the author is kept in the record)
    ['Tác giả bài viết: Thu Hiền', 'author-line'],
    // advertising slot, typed without diacritics
    ['Quang cao giua trang', 'advertisement'],
    // a placeholder where an image stood
    ['Ảnh minh họa', 'image-placeholder'],
    // an image's alternative text left on its own line (tuyenquangtv)
    ['Banner', 'image-placeholder'],
    // a view counter, number first or last (lyluanchinhtri, moha)
    ['4664 Lượt xem', 'view-counter'],
    ['Lượt xem: 15846', 'view-counter'],
    // a font-size widget (kontum.gov.vn)
    ['Mặc định Cỡ chữ', 'font-widget'],
    // an image carousel flattened to file names
    ['Trien-khai-Hiep-dinh-EVFTA.jpg PNE-dien-gio-ngoai-khoi.jpg Chu-tich-UBND-tinh-tai-buoi-lam-viec-voi-Tap Dai-su-Canada-1.jpeg', 'image-list'],
    // visit counters, with the bullet and glued digits
    ['LƯỢT TRUY CẬP', 'visit-counter'],
    ['  • Đang truy cập12', 'visit-counter'],
    ['  • Tổng lượt truy cập3,361,228', 'visit-counter'],
    // session time-out notice
    ['Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây', 'session-timeout'],
  ])('%s → %s', (line, reason) => {
    const [classified] = classify(line);
    expect(classified).toMatchObject({ role: 'chrome', reason });
  });
});

describe('look-alikes that are content', () => {
  it.each([
    // a sentence that mentions printing
    ['Sở đã in 500 cuốn tài liệu tuyên truyền về cải cách hành chính.'],
    // a body sentence that mentions a QR code
    ['Người dân quét mã QR để tra cứu hồ sơ thủ tục hành chính.'],
    // a sentence about visits, with a number
    ['Hôm nay 25 đơn vị đã hoàn thành báo cáo.'],
    // an image caption is kept (as a caption), not removed
    ['Người dân làm việc tại Bộ phận 1 cửa Sở Ngoại vụ.'],
    // a line naming one file is not a carousel
    ['Biểu mẫu kèm theo tại tệp bieu-mau-01.docx và bao-cao.pdf'],
    // a sentence about views, and one about a banner, are content
    ['Lượt xem các thủ tục trên cổng dịch vụ công tăng 20% so với năm trước.'],
    ['Banner tuyên truyền cải cách hành chính được treo tại trụ sở.'],
    // a sentence about font size in a form's instructions
    ['Cỡ chữ 14, phông Times New Roman theo Nghị định số 30/2020/NĐ-CP.'],
  ])('%s', (line) => {
    expect(classify(line)[0]!.role).toBe('content');
  });
});

describe('links listed after a link-list heading', () => {
  it('are chrome until the list ends', () => {
    const lines = classify('Liên kết\nHội hữu nghị Việt - Pháp\nBáo Bình Định\n\nMột đoạn văn bản thường.');
    expect(lines.map((line) => [line.role, line.reason])).toEqual([
      ['chrome', 'navigation'],
      ['chrome', 'link-list'],
      ['chrome', 'link-list'],
      ['blank', undefined],
      ['content', undefined],
    ]);
  });
});

describe('chrome cut out of a content line', () => {
  it('keeps the publication time between a print link and an original link', () => {
    const [line] = classify('Print Thứ Năm, 17/12/2020 16:30 Gốc');
    expect(line).toMatchObject({ role: 'content', content: 'Thứ Năm, 17/12/2020 16:30' });
    expect(line!.fragments.map((fragment) => [fragment.text, fragment.reason])).toEqual([
      ['Print', 'print-link'],
      ['Gốc', 'original-link'],
    ]);
  });
  it('leaves a sentence starting with "In bài" alone when no time follows', () => {
    expect(classify('In bài phát biểu, đồng chí nhấn mạnh vai trò của cải cách.')[0]).toMatchObject({ role: 'content', fragments: [] });
  });
});
