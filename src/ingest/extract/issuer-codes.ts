/**
 * Issuing bodies by the code after the type in a symbol: `TB-UBND` → UBND.
 * Local bodies take the jurisdiction of the document (`Ủy ban nhân dân
 * thành phố Hải Phòng`); central bodies are national.
 */
export interface IssuerCode {
  code: string;
  name: string;
  scope: 'central' | 'local';
}

export const ISSUER_CODES: readonly IssuerCode[] = [
  { code: 'CP', name: 'Chính phủ', scope: 'central' },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', scope: 'central' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', scope: 'central' },
  { code: 'TTCP', name: 'Thanh tra Chính phủ', scope: 'central' },
  { code: 'QH', name: 'Quốc hội', scope: 'central' },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội', scope: 'central' },
  { code: 'TW', name: 'Ban Chấp hành Trung ương', scope: 'central' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam', scope: 'central' },
  { code: 'BNV', name: 'Bộ Nội vụ', scope: 'central' },
  { code: 'BNG', name: 'Bộ Ngoại giao', scope: 'central' },
  { code: 'BTC', name: 'Bộ Tài chính', scope: 'central' },
  { code: 'BTP', name: 'Bộ Tư pháp', scope: 'central' },
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư', scope: 'central' },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', scope: 'central' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', scope: 'central' },
  { code: 'BCA', name: 'Bộ Công an', scope: 'central' },
  { code: 'BQP', name: 'Bộ Quốc phòng', scope: 'central' },
  { code: 'BYT', name: 'Bộ Y tế', scope: 'central' },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo', scope: 'central' },
  { code: 'BCT', name: 'Bộ Công Thương', scope: 'central' },
  { code: 'BXD', name: 'Bộ Xây dựng', scope: 'central' },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải', scope: 'central' },
  { code: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', scope: 'central' },
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường', scope: 'central' },
  { code: 'BLĐTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', scope: 'central' },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch', scope: 'central' },
  { code: 'UBND', name: 'Ủy ban nhân dân', scope: 'local' },
  // Before 2004 symbols wrote the people's committee `UB`: `136/2001/QĐ-UB`.
  { code: 'UB', name: 'Ủy ban nhân dân', scope: 'local' },
  { code: 'HĐND', name: 'Hội đồng nhân dân', scope: 'local' },
  { code: 'SNV', name: 'Sở Nội vụ', scope: 'local' },
  { code: 'SNgV', name: 'Sở Ngoại vụ', scope: 'local' },
  { code: 'STP', name: 'Sở Tư pháp', scope: 'local' },
  { code: 'STC', name: 'Sở Tài chính', scope: 'local' },
  { code: 'SKHĐT', name: 'Sở Kế hoạch và Đầu tư', scope: 'local' },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', scope: 'local' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', scope: 'local' },
  { code: 'SYT', name: 'Sở Y tế', scope: 'local' },
  { code: 'SGDĐT', name: 'Sở Giáo dục và Đào tạo', scope: 'local' },
  { code: 'SXD', name: 'Sở Xây dựng', scope: 'local' },
  { code: 'SCT', name: 'Sở Công Thương', scope: 'local' },
  { code: 'SGTVT', name: 'Sở Giao thông vận tải', scope: 'local' },
  { code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', scope: 'local' },
  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', scope: 'local' },
  { code: 'SLĐTBXH', name: 'Sở Lao động - Thương binh và Xã hội', scope: 'local' },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', scope: 'local' },
];

/** `QH13`, `QH14` are the National Assembly of a term. */
export function issuerByCode(code: string): IssuerCode | undefined {
  const exact = ISSUER_CODES.find((issuer) => issuer.code === code);
  if (exact) return exact;
  if (/^QH\d{1,2}$/u.test(code)) return ISSUER_CODES.find((issuer) => issuer.code === 'QH');
  // Typed in capitals or without a Vietnamese keyboard: `TTG`, `HDND`, `SKHDT`.
  const upper = code.toUpperCase();
  return (
    ISSUER_CODES.find((issuer) => issuer.code.toUpperCase() === upper) ??
    ISSUER_CODES.find((issuer) => issuer.code.replace(/Đ/gu, 'D').toUpperCase() === upper)
  );
}
