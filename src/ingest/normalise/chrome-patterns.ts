/**
 * Page chrome that portals wrap around a text: navigation, widgets and
 * counters copied along with the article. Each rule matches a whole trimmed
 * line; a real example from the sources sits above each.
 */

export interface ChromeRule {
  /** Recorded in the removed-chrome list as the reason. */
  reason: string;
  pattern: RegExp;
  /** When true, short lines after this one are links of a list (`Liên kết`). */
  opensLinkList?: boolean;
}

// The words of a portal's counter widget: `Hôm nay1,903`, `Tổng lượt truy cập3,361,228`.
const COUNTER_LABEL = String.raw`(?:Đang truy cập|Đang trực tuyến|Đang online|Hôm nay|Hôm qua|Tuần này|Tuần trước|Tháng này|Tháng trước|Tháng hiện tại|Năm nay|Tổng lượt truy cập|Lượt truy cập|Tổng số lượt truy cập|Truy cập|Thành viên|Khách)`;
// List bullets portals keep in front of widget items: `  • Hôm nay1,903`.
const BULLET = String.raw`(?:[•·▪►»\-*]\s*)?`;
const NUMBER = String.raw`\d[\d.,\s]*`;

export const CHROME_RULES: readonly ChromeRule[] = [
  // Print
  { reason: 'print-link', pattern: /^(?:Print|In bài(?: viết)?|In trang|Bản in|Gửi email|Email|Lưu bài|Lưu tin)$/iu },
  // QR Code · QR Code Fanpage · QR CODE: Sở Ngoại vụ tăng cường … · Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng
  { reason: 'qr-block', pattern: /^(?:QR Code(?: Fanpage)?|QR CODE\s*:.*|Mã QR(?: Code)?\b.*)$/iu },
  // Chúng tôi trên Mạng Xã hội · Chia sẻ · Tweet
  { reason: 'share-widget', pattern: /^(?:Chúng tôi trên Mạng Xã hội|Chia sẻ(?: bài viết)?(?: lên)?(?: Facebook| Zalo)?|Tweet|Facebook|Zalo|Like|Share)$/iu },
  // Tiện ích thông tin · Nguồn tin · Tin khác · Những tin mới hơn · Những tin cũ hơn
  {
    reason: 'navigation',
    pattern: /^(?:Tiện ích thông tin|Nguồn tin|Tin khác|Các tin khác|Tin liên quan|Tin cùng chuyên mục|Bài viết liên quan|Những tin mới hơn|Những tin cũ hơn|Tin mới hơn|Tin cũ hơn|Xem thêm|Xem tiếp|Quay lại|Về đầu trang|Trở về|Trang chủ|Đầu trang)$/iu,
    opensLinkList: true,
  },
  // Liên kết · Liên kết website
  { reason: 'navigation', pattern: /^(?:Liên kết(?: website)?|Liên kết web|Website liên kết)$/iu, opensLinkList: true },
  // Tổng số điểm của bài viết là: 0 trong 0 đánh giá · Click để đánh giá bài viết
  { reason: 'rating', pattern: /^(?:Tổng số điểm của bài viết là:.*|Click để đánh giá bài viết|Đánh giá bài viết.*|Xếp hạng:.*|Bình chọn.*)$/iu },
  // Tác giả bài viết: Thu Hiền (the author is kept in the record)
  { reason: 'author-line', pattern: /^(?:Tác giả bài viết|Tác giả|Người viết)\s*:\s*\S.*$/iu },
  // Quang cao giua trang · Quảng cáo
  { reason: 'advertisement', pattern: /^(?:Quảng cáo|Quang cao)(?:\s.*)?$/iu },
  // Hình ảnh hoạt động (heading of an image carousel)
  { reason: 'image-list', pattern: /^(?:Hình ảnh hoạt động|Thư viện ảnh|Album ảnh|Video clip|Thư viện video)$/iu },
  // Ảnh minh họa (a placeholder where an image stood, not a caption)
  { reason: 'image-placeholder', pattern: /^Ảnh minh h(?:ọa|oạ)\.?$/iu },
  // LƯỢT TRUY CẬP · Thống kê truy cập
  { reason: 'visit-counter', pattern: /^(?:Lượt truy cập|Thống kê truy cập|Thống kê)$/iu },
  // • Đang truy cập12 · • Tổng lượt truy cập3,361,228
  { reason: 'visit-counter', pattern: new RegExp(`^${BULLET}${COUNTER_LABEL}\\s*:?\\s*${NUMBER}$`, 'iu') },
  // 4664 Lượt xem · Lượt xem: 15846 · 1.203 lượt đọc
  { reason: 'view-counter', pattern: /^(?:\d[\d.,]*\s*lượt\s+(?:xem|đọc)|lượt\s+(?:xem|đọc)\s*:?\s*\d[\d.,]*)$/iu },
  // Mặc định Cỡ chữ · Cỡ chữ: A A A (a font-size widget)
  { reason: 'font-widget', pattern: /^(?:Mặc\s+định\s+)?Cỡ\s+chữ(?:\s*:?\s*(?:A[+-]?\s*)*)?$/iu },
  // Banner · Logo (an image's alternative text left on its own line)
  { reason: 'image-placeholder', pattern: /^(?:Banner|Logo|Image|Hình ảnh)$/iu },
  // Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây
  { reason: 'session-timeout', pattern: /^Bạn đã không sử dụng Site\b.*$/iu },
];

// Trien-khai-Hiep-dinh-EVFTA.jpg PNE-dien-gio-ngoai-khoi.jpg …
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)$/iu;

/** A line made of image file names (an image carousel flattened to text). */
export function isImageFileList(line: string): boolean {
  const tokens = line.split(/\s+/u).filter(Boolean);
  const images = tokens.filter((token) => IMAGE_FILE.test(token)).length;
  return images >= 2 && images / tokens.length >= 0.5;
}

/** A link in a list after `Liên kết` or `Tin khác`: short, not a sentence. */
export function looksLikeLink(line: string): boolean {
  return line.length <= 100 && !/[.:;!?]$/u.test(line) && !/^[-+•]\s/u.test(line);
}
