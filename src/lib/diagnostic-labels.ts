import type { DiagnosticCode } from '../schemas/index.ts';

/**
 * What each diagnostic code means, in Vietnamese, for the pages. The record's
 * own message (English, with the details) stays in the data and the CLI output.
 */
const LABELS: Record<DiagnosticCode, string> = {
  'no-header': 'Văn bản đọc như văn bản hành chính nhưng không tìm thấy phần đầu (cơ quan, số ký hiệu, ngày tháng): các trường này để trống.',
  'jurisdiction-unknown': 'Văn bản không nêu địa bàn (tỉnh, thành phố) và không có ghi chú bổ sung: địa bàn để trống, không đoán.',
  'jurisdiction-conflict': 'Văn bản và ghi chú bổ sung nêu hai địa bàn khác nhau; dùng địa bàn trong văn bản.',
  'jurisdiction-not-a-province': 'Ghi chú bổ sung nêu một địa bàn không có trong danh sách tỉnh, thành phố.',
  'number-blank': 'Dòng số ký hiệu để trống số (có thể là dự thảo).',
  'number-unreadable': 'Không đọc được số ký hiệu.',
  'type-mismatch': 'Tên loại văn bản khác với mã loại trong ký hiệu.',
  'date-impossible': 'Ngày tháng không có thật.',
  'date-blank': 'Ngày tháng để trống.',
  'issuer-unknown': 'Không xác định được cơ quan ban hành.',
  'issuer-unresolved': 'Ký hiệu chỉ cơ quan địa phương nhưng chưa rõ địa bàn, nên chưa xác định được cơ quan ban hành.',
  'issuer-signer-mismatch': 'Cơ quan trong ký hiệu khác cơ quan trong khối chữ ký.',
  'title-missing': 'Không tìm thấy tiêu đề hay trích yếu; trang lấy phần đầu câu đầu tiên làm tiêu đề.',
  'id-collision': 'Trùng mã trang với một nguồn khác; nguồn này nhận mã có thêm số thứ tự.',
  'duplicate-source': 'Tệp trùng nội dung với một tệp khác.',
  'number-year-date-mismatch': 'Văn bản được dẫn chiếu có năm trong số ký hiệu khác với năm của ngày ghi kèm; giữ nguyên văn.',
  'date-after-citing-document': 'Văn bản được dẫn chiếu mang ngày sau ngày của chính văn bản dẫn chiếu.',
  'back-reference-unresolved': 'Cụm "… nêu trên" không chỉ tới văn bản nào được nêu trước đó.',
  'agency-not-in-registry': 'Cơ quan chưa có trong danh mục cơ quan: vẫn được ghi nhận, cần bổ sung danh mục.',
  'agency-jurisdiction-unknown': 'Văn bản nêu cơ quan địa phương nhưng chưa rõ địa bàn, nên chưa xác định được cơ quan nào.',
  'agency-name-variant': 'Tên cơ quan viết khác dấu (có thể gõ nhầm); đã đọc theo tên chuẩn.',
  'recipient-unread': 'Một mục trong nơi nhận không khớp cơ quan nào trong danh mục.',
  'dateline-before-event': 'Ngày đăng tin sớm hơn ngày diễn ra sự kiện được đưa tin.',
  'encoding-unreadable': 'Tệp không ở bảng mã UTF-8, UTF-16 có BOM hay Windows-1258.',
  'legacy-font-encoding': 'Tệp gõ bằng bảng mã cũ (TCVN3 hoặc VNI), chưa chuyển sang Unicode.',
  'empty-source': 'Tệp rỗng.',
  'html-redirect': 'Tệp là trang chuyển hướng, không chứa văn bản: cần lưu trang mà cổng thông tin chuyển tới.',
  'html-login': 'Tệp là trang đăng nhập, không chứa văn bản: cần đăng nhập rồi lưu trang văn bản.',
  'html-too-complex': 'Trang web lồng quá sâu (hàng nghìn thẻ lồng nhau) nên không đọc được; lưu lại trang hoặc chép phần văn bản.',
  'binary-source': 'Tệp không phải văn bản thuần (có thể là PDF, Word hoặc ảnh).',
  'control-character': 'Tệp chứa ký tự điều khiển ẩn.',
  'sidecar-yaml': 'Tệp ghi chú bổ sung (.meta.yaml) sai cú pháp YAML.',
  'sidecar-invalid': 'Tệp ghi chú bổ sung (.meta.yaml) có trường sai hoặc không được phép.',
  'binary-unreadable': 'Tệp Word hoặc PDF bị hỏng, bị cắt cụt hoặc đặt sai phần mở rộng, nên không đọc được.',
  'binary-too-large': 'Tệp Word hoặc PDF quá lớn để đọc (quá nhiều trang, dung lượng hoặc bộ nhớ vượt giới hạn, hoặc là tệp nén độc hại).',
  'binary-encrypted': 'Tệp Word hoặc PDF được đặt mật khẩu, nên không đọc được nội dung.',
  'pdf-scanned': 'Tệp PDF là bản quét (chỉ có ảnh, không có lớp chữ): cần nhận dạng chữ (OCR) trước khi đưa vào kho.',
  'conversion-timeout': 'Chuyển đổi tệp Word hoặc PDF quá thời gian cho phép nên đã bị dừng.',
};

/** The Vietnamese explanation of a diagnostic code; unknown codes fall back to the code itself. */
export function diagnosticLabel(code: string): string {
  return LABELS[code as DiagnosticCode] ?? code;
}
