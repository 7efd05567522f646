/**
 * Cities and towns inside the provinces and centrally-run cities (thành phố
 * thuộc tỉnh, thị xã), by the jurisdiction they belong to, so the place of a
 * date line gives the jurisdiction: `Vinh, ngày 10 tháng 2 năm 2006` → Nghệ An.
 *
 * The list: every district-level thành phố and thị xã in the General
 * Statistics Office's register of administrative units
 * (danhmuchanhchinh.gso.gov.vn) from 2003 to 1 March 2025, the last state
 * before the district level was abolished on 1 July 2025. A place is listed
 * under its last status (Gò Công, a town until 2024, is a city), and under the
 * jurisdiction the archive knows today: Sơn Tây and Hà Đông were Hà Tây's
 * until 2008, now Hà Nội's. Places named like their own province (Thanh Hóa,
 * Phú Thọ) are listed too; they give the same jurisdiction as the province.
 *
 * Left out, because the name says two places:
 *   Hoàng Mai — town of Nghệ An, and urban district (quận) of Hà Nội
 *   Phước Long — town of Bình Phước, and district (huyện) of Bạc Liêu
 *   Tân Uyên — city of Bình Dương, and district of Lai Châu
 *   Tân Châu — town of An Giang, and district of Tây Ninh
 *   Phong Điền — town of Huế (Thừa Thiên Huế), and district of Cần Thơ
 *   Tân Hiệp — the old name of Ngã Bảy (Hậu Giang), and district of Kiên Giang
 *   Huế — the city of Thừa Thiên Huế until 2025 and a centrally-run city
 *         since: it is a jurisdiction of its own (jurisdictions.ts), not listed here.
 * Sơn Tây is kept though the small district Sơn Tây of Quảng Ngãi shares the
 * name: the town of Hà Nội is by far the one texts mean.
 */
export interface JurisdictionPlaces {
  /** Provincial cities (thành phố thuộc tỉnh, thuộc thành phố): `Vinh`. */
  cities: readonly string[];
  /** Towns (thị xã): `Cửa Lò`. */
  towns: readonly string[];
}

export const JURISDICTION_PLACES: Readonly<Record<string, JurisdictionPlaces>> = {
  // Hà Đông: city of Hà Tây in 2007–2008, then an urban district of Hà Nội.
  'Hà Nội': { cities: ['Hà Đông'], towns: ['Sơn Tây'] },
  // Thủ Đức: a city inside the city, 2021–2025.
  'Hồ Chí Minh': { cities: ['Thủ Đức'], towns: [] },
  // Đồ Sơn: a town until 2007, then an urban district.
  'Hải Phòng': { cities: ['Thủy Nguyên'], towns: ['Đồ Sơn'] },
  // Hương Thủy, Hương Trà: towns of the province until 2025, of the city Huế since.
  'Thừa Thiên Huế': { cities: [], towns: ['Hương Thủy', 'Hương Trà'] },
  'Hà Giang': { cities: ['Hà Giang'], towns: [] },
  'Cao Bằng': { cities: ['Cao Bằng'], towns: [] },
  'Bắc Kạn': { cities: ['Bắc Kạn'], towns: [] },
  'Tuyên Quang': { cities: ['Tuyên Quang'], towns: [] },
  'Lào Cai': { cities: ['Lào Cai'], towns: ['Sa Pa'] },
  'Điện Biên': { cities: ['Điện Biên Phủ'], towns: ['Mường Lay'] },
  'Lai Châu': { cities: ['Lai Châu'], towns: [] },
  'Sơn La': { cities: ['Sơn La'], towns: ['Mộc Châu'] },
  'Yên Bái': { cities: ['Yên Bái'], towns: ['Nghĩa Lộ'] },
  'Hòa Bình': { cities: ['Hòa Bình'], towns: [] },
  'Thái Nguyên': { cities: ['Thái Nguyên', 'Sông Công', 'Phổ Yên'], towns: [] },
  'Lạng Sơn': { cities: ['Lạng Sơn'], towns: [] },
  'Quảng Ninh': { cities: ['Hạ Long', 'Móng Cái', 'Cẩm Phả', 'Uông Bí', 'Đông Triều'], towns: ['Quảng Yên'] },
  'Bắc Giang': { cities: ['Bắc Giang'], towns: ['Việt Yên', 'Chũ'] },
  'Phú Thọ': { cities: ['Việt Trì'], towns: ['Phú Thọ'] },
  'Vĩnh Phúc': { cities: ['Vĩnh Yên', 'Phúc Yên'], towns: [] },
  'Bắc Ninh': { cities: ['Bắc Ninh', 'Từ Sơn'], towns: ['Quế Võ', 'Thuận Thành'] },
  'Hải Dương': { cities: ['Hải Dương', 'Chí Linh'], towns: ['Kinh Môn'] },
  'Hưng Yên': { cities: ['Hưng Yên'], towns: ['Mỹ Hào'] },
  'Thái Bình': { cities: ['Thái Bình'], towns: [] },
  'Hà Nam': { cities: ['Phủ Lý'], towns: ['Duy Tiên', 'Kim Bảng'] },
  'Nam Định': { cities: ['Nam Định'], towns: [] },
  // The city Ninh Bình merged into Hoa Lư in 2025.
  'Ninh Bình': { cities: ['Ninh Bình', 'Tam Điệp', 'Hoa Lư'], towns: [] },
  'Thanh Hóa': { cities: ['Thanh Hóa', 'Sầm Sơn'], towns: ['Bỉm Sơn', 'Nghi Sơn'] },
  // Cửa Lò merged into Vinh in 2025.
  'Nghệ An': { cities: ['Vinh'], towns: ['Cửa Lò', 'Thái Hòa'] },
  'Hà Tĩnh': { cities: ['Hà Tĩnh'], towns: ['Hồng Lĩnh', 'Kỳ Anh'] },
  'Quảng Bình': { cities: ['Đồng Hới'], towns: ['Ba Đồn'] },
  'Quảng Trị': { cities: ['Đông Hà'], towns: ['Quảng Trị'] },
  'Quảng Nam': { cities: ['Tam Kỳ', 'Hội An'], towns: ['Điện Bàn'] },
  'Quảng Ngãi': { cities: ['Quảng Ngãi'], towns: ['Đức Phổ'] },
  'Bình Định': { cities: ['Quy Nhơn'], towns: ['An Nhơn', 'Hoài Nhơn'] },
  'Phú Yên': { cities: ['Tuy Hòa'], towns: ['Sông Cầu', 'Đông Hòa'] },
  'Khánh Hòa': { cities: ['Nha Trang', 'Cam Ranh'], towns: ['Ninh Hòa'] },
  'Ninh Thuận': { cities: ['Phan Rang - Tháp Chàm'], towns: [] },
  'Bình Thuận': { cities: ['Phan Thiết'], towns: ['La Gi'] },
  'Kon Tum': { cities: ['Kon Tum'], towns: [] },
  'Gia Lai': { cities: ['Pleiku'], towns: ['An Khê', 'Ayun Pa'] },
  'Đắk Lắk': { cities: ['Buôn Ma Thuột'], towns: ['Buôn Hồ'] },
  'Đắk Nông': { cities: ['Gia Nghĩa'], towns: [] },
  'Lâm Đồng': { cities: ['Đà Lạt', 'Bảo Lộc'], towns: [] },
  'Bình Phước': { cities: ['Đồng Xoài'], towns: ['Bình Long', 'Chơn Thành'] },
  'Tây Ninh': { cities: ['Tây Ninh'], towns: ['Hòa Thành', 'Trảng Bàng'] },
  'Bình Dương': { cities: ['Thủ Dầu Một', 'Bến Cát', 'Dĩ An', 'Thuận An'], towns: [] },
  'Đồng Nai': { cities: ['Biên Hòa', 'Long Khánh'], towns: [] },
  'Bà Rịa - Vũng Tàu': { cities: ['Vũng Tàu', 'Bà Rịa', 'Phú Mỹ'], towns: [] },
  'Long An': { cities: ['Tân An'], towns: ['Kiến Tường'] },
  'Tiền Giang': { cities: ['Mỹ Tho', 'Gò Công'], towns: ['Cai Lậy'] },
  'Bến Tre': { cities: ['Bến Tre'], towns: [] },
  'Trà Vinh': { cities: ['Trà Vinh'], towns: ['Duyên Hải'] },
  'Vĩnh Long': { cities: ['Vĩnh Long'], towns: ['Bình Minh'] },
  'Đồng Tháp': { cities: ['Cao Lãnh', 'Sa Đéc', 'Hồng Ngự'], towns: [] },
  'An Giang': { cities: ['Long Xuyên', 'Châu Đốc'], towns: ['Tịnh Biên'] },
  'Kiên Giang': { cities: ['Rạch Giá', 'Hà Tiên', 'Phú Quốc'], towns: [] },
  'Hậu Giang': { cities: ['Vị Thanh', 'Ngã Bảy'], towns: ['Long Mỹ'] },
  'Sóc Trăng': { cities: ['Sóc Trăng'], towns: ['Ngã Năm', 'Vĩnh Châu'] },
  'Bạc Liêu': { cities: ['Bạc Liêu'], towns: ['Giá Rai'] },
  'Cà Mau': { cities: ['Cà Mau'], towns: [] },
};

/**
 * Other spellings texts use for a listed place (old tone placement, `Tuy Hoà`,
 * is folded away and needs no entry).
 */
export const PLACE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'Quy Nhơn': ['Qui Nhơn'],
  // The colloquial and the older names.
  'Buôn Ma Thuột': ['Buôn Mê Thuột', 'Ban Mê Thuột'],
  'Pleiku': ['Plei Ku'],
  'Sa Pa': ['Sapa'],
  'La Gi': ['Lagi'],
  // The short form texts write.
  'Phan Rang - Tháp Chàm': ['Phan Rang'],
};
