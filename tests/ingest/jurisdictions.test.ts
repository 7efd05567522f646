import { describe, expect, it } from 'vitest';
import { JURISDICTION_PLACES } from '../../src/ingest/extract/jurisdiction-places.ts';
import { findJurisdictionIn, JURISDICTIONS, jurisdictionByName, jurisdictionOfPlace } from '../../src/ingest/extract/jurisdictions.ts';

// The 34 of Resolution 202/2025/QH15 (from 1 July 2025): 6 cities, 28 provinces, all old names.
const SINCE_2025 = [
  'Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai',
  'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
  'Cao Bằng', 'Điện Biên', 'Hà Tĩnh', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Thanh Hóa', 'Sơn La',
];

describe('JURISDICTIONS', () => {
  it('has the 63 of before 2025 (5 centrally-run cities, 58 provinces) and Huế, each once', () => {
    const names = JURISDICTIONS.map((jurisdiction) => jurisdiction.name);
    expect(new Set(names).size).toBe(names.length);
    const before2025 = names.filter((name) => name !== 'Huế');
    expect(before2025).toHaveLength(63);
    expect(JURISDICTIONS.filter((jurisdiction) => jurisdiction.name !== 'Huế' && jurisdiction.level === 'thành phố').map((jurisdiction) => jurisdiction.name).sort()).toEqual(['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh'].sort());
    expect(jurisdictionByName('Huế')).toMatchObject({ name: 'Huế', level: 'thành phố' });
    expect(jurisdictionByName('Thừa Thiên Huế')).toMatchObject({ name: 'Thừa Thiên Huế', level: 'tỉnh' });
  });

  it('names each of the 34 of 2025 as it is', () => {
    expect(SINCE_2025).toHaveLength(34);
    for (const name of SINCE_2025) expect(jurisdictionByName(name)?.name).toBe(name);
  });
});

describe('jurisdictionOfPlace', () => {
  // Rows: the place as a date line or sidecar writes it, and its jurisdiction (undefined: none).
  it.each<[string, string | undefined]>([
    // the brief's date line: Vinh, ngày 10 tháng 2 năm 2006
    ['Vinh', 'Nghệ An'],
    // provincial cities
    ['Quy Nhơn', 'Bình Định'],
    ['Buôn Ma Thuột', 'Đắk Lắk'],
    ['Hạ Long', 'Quảng Ninh'],
    ['Thủ Dầu Một', 'Bình Dương'],
    ['Biên Hòa', 'Đồng Nai'],
    ['Đà Lạt', 'Lâm Đồng'],
    ['Nha Trang', 'Khánh Hòa'],
    ['Việt Trì', 'Phú Thọ'],
    ['Rạch Giá', 'Kiên Giang'],
    ['Long Xuyên', 'An Giang'],
    ['Cao Lãnh', 'Đồng Tháp'],
    ['Mỹ Tho', 'Tiền Giang'],
    ['Tân An', 'Long An'],
    ['Pleiku', 'Gia Lai'],
    ['Đồng Hới', 'Quảng Bình'],
    ['Đông Hà', 'Quảng Trị'],
    ['Tam Kỳ', 'Quảng Nam'],
    ['Tuy Hòa', 'Phú Yên'],
    ['Phan Thiết', 'Bình Thuận'],
    ['Phan Rang - Tháp Chàm', 'Ninh Thuận'],
    ['Bảo Lộc', 'Lâm Đồng'],
    ['Cẩm Phả', 'Quảng Ninh'],
    ['Uông Bí', 'Quảng Ninh'],
    ['Móng Cái', 'Quảng Ninh'],
    ['Sầm Sơn', 'Thanh Hóa'],
    ['Hội An', 'Quảng Nam'],
    ['Sa Đéc', 'Đồng Tháp'],
    ['Châu Đốc', 'An Giang'],
    ['Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Điện Biên Phủ', 'Điện Biên'],
    // a city inside a centrally-run city
    ['Thủ Đức', 'Hồ Chí Minh'],
    // towns (thị xã)
    ['Sơn Tây', 'Hà Nội'],
    ['Cửa Lò', 'Nghệ An'],
    ['Sa Pa', 'Lào Cai'],
    ['Hương Thủy', 'Thừa Thiên Huế'],
    ['Buôn Hồ', 'Đắk Lắk'],
    // a town named like its province
    ['thị xã Phú Thọ', 'Phú Thọ'],
    // with its level word, in any case
    ['Thành phố Vinh', 'Nghệ An'],
    ['TP. Vinh', 'Nghệ An'],
    ['Tp.Vinh', 'Nghệ An'],
    ['Thị xã Cửa Lò', 'Nghệ An'],
    ['TX. Sơn Tây', 'Hà Nội'],
    ['BUÔN MA THUỘT', 'Đắk Lắk'],
    // old tone placement
    ['Tuy Hoà', 'Phú Yên'],
    ['Biên Hoà', 'Đồng Nai'],
    ['Thái Hoà', 'Nghệ An'],
    // other spellings
    ['Qui Nhơn', 'Bình Định'],
    ['Buôn Mê Thuột', 'Đắk Lắk'],
    ['Phan Rang-Tháp Chàm', 'Ninh Thuận'],
    ['Phan Rang – Tháp Chàm', 'Ninh Thuận'],
    ['Sapa', 'Lào Cai'],
    // provinces and centrally-run cities, as jurisdictionByName takes them
    ['Hải Phòng', 'Hải Phòng'],
    ['tỉnh Nghệ An', 'Nghệ An'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Tp.Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP.HCM', 'Hồ Chí Minh'],
    ['TPHCM', 'Hồ Chí Minh'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['Đăk Lăk', 'Đắk Lắk'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Đăk Nông', 'Đắk Nông'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    // without the dash
    ['Bà Rịa Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
    ['Kontum', 'Kon Tum'],
    ['Bắc Cạn', 'Bắc Kạn'],
    // Huế is the centrally-run city (2025), not the province's city
    ['Huế', 'Huế'],
    // `Ð` (eth) for `Đ`, from old encodings
    ['ÐÀ NẴNG', 'Đà Nẵng'],
    // left out as ambiguous: a town of Nghệ An and an urban district of Hà Nội
    ['Hoàng Mai', undefined],
    // left out: a town of Bình Phước and a district of Bạc Liêu
    ['Phước Long', undefined],
    // left out: a city of Bình Dương and a district of Lai Châu
    ['Tân Uyên', undefined],
    // a city is not a province
    ['tỉnh Vinh', undefined],
    // a province merged into Hà Nội in 2008 is not a jurisdiction the archive knows
    ['Hà Tây', undefined],
    // a person
    ['Nguyễn Long An', undefined],
    // a bare level word
    ['thành phố', undefined],
    ['', undefined],
  ])('%s → %s', (place, expected) => {
    expect(jurisdictionOfPlace(place)?.name).toBe(expected);
  });

  it('lists every place under a jurisdiction, none named like another jurisdiction', () => {
    for (const [province, { cities, towns }] of Object.entries(JURISDICTION_PLACES)) {
      expect(jurisdictionByName(province)?.name).toBe(province);
      for (const place of [...cities, ...towns]) {
        expect(jurisdictionOfPlace(place)?.name, place).toBe(province);
        const named = jurisdictionByName(place);
        if (named) expect(named.name, place).toBe(province);
      }
    }
  });

  it('lists about 85 provincial cities and the towns', () => {
    const places = Object.values(JURISDICTION_PLACES);
    const cities = places.flatMap((place) => place.cities);
    const towns = places.flatMap((place) => place.towns);
    expect(new Set([...cities, ...towns]).size).toBe(cities.length + towns.length);
    expect(cities.length).toBeGreaterThanOrEqual(85);
    expect(towns.length).toBeGreaterThanOrEqual(45);
  });

  it('leaves jurisdictionByName to provinces: a city is not one', () => {
    expect(jurisdictionByName('Vinh')).toBeUndefined();
    expect(jurisdictionByName('Quy Nhơn')).toBeUndefined();
  });
});

describe('findJurisdictionIn', () => {
  // Rows: a text, the jurisdiction it names, and the phrase found (text.slice(index, index + length)).
  it.each<[string, string, string]>([
    // a People's Committee header
    ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', 'Nghệ An', 'TỈNH NGHỆ AN'],
    // old tone placement in the header
    ['UỶ BAN NHÂN DÂN TỈNH THANH HOÁ', 'Thanh Hóa', 'TỈNH THANH HOÁ'],
    // abbreviated body
    ['UBND TỈNH KON TUM', 'Kon Tum', 'TỈNH KON TUM'],
    // TP. for thành phố
    ['UBND TP. ĐÀ NẴNG', 'Đà Nẵng', 'TP. ĐÀ NẴNG'],
    // TP without a dot
    ['UBND TP Cần Thơ', 'Cần Thơ', 'TP Cần Thơ'],
    // the provincial Party committee, capitals
    ['TỈNH ỦY QUẢNG NINH', 'Quảng Ninh', 'TỈNH ỦY QUẢNG NINH'],
    // the same in a body
    ['theo chỉ đạo của Tỉnh ủy Quảng Ninh', 'Quảng Ninh', 'Tỉnh ủy Quảng Ninh'],
    // old tone placement of ủy
    ['Ban Thường vụ Tỉnh uỷ Quảng Ninh', 'Quảng Ninh', 'Tỉnh uỷ Quảng Ninh'],
    // the city Party committee
    ['THÀNH ỦY HÀ NỘI', 'Hà Nội', 'THÀNH ỦY HÀ NỘI'],
    // the provincial youth union
    ['TỈNH ĐOÀN NGHỆ AN', 'Nghệ An', 'TỈNH ĐOÀN NGHỆ AN'],
    // the People's Council, lower case
    ['HĐND tỉnh Bắc Ninh', 'Bắc Ninh', 'tỉnh Bắc Ninh'],
    // TP.HCM carries its level
    ['Sở Nội vụ TP.HCM', 'Hồ Chí Minh', 'TP.HCM'],
    // TP. HCM with a space
    ['Công an TP. HCM cho biết', 'Hồ Chí Minh', 'TP. HCM'],
    // TPHCM in one word
    ['Báo Pháp luật TPHCM', 'Hồ Chí Minh', 'TPHCM'],
    // spelled out
    ['Ủy ban nhân dân Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
    // spelled out in capitals
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Hồ Chí Minh', 'THÀNH PHỐ HỒ CHÍ MINH'],
    // a hyphenated name with spaces
    ['Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu'],
    // without spaces
    ['UBND tỉnh Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa-Vũng Tàu'],
    // with an en dash
    ['UBND tỉnh Bà Rịa – Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa – Vũng Tàu'],
    // the longer name before Huế
    ['UBND TỈNH THỪA THIÊN HUẾ', 'Thừa Thiên Huế', 'TỈNH THỪA THIÊN HUẾ'],
    // Thừa Thiên - Huế
    ['tỉnh Thừa Thiên - Huế', 'Thừa Thiên Huế', 'tỉnh Thừa Thiên - Huế'],
    // Huế since 2025
    ['UBND thành phố Huế', 'Huế', 'thành phố Huế'],
    // older spellings of Đắk Lắk
    ['UBND tỉnh Đăk Lăk', 'Đắk Lắk', 'tỉnh Đăk Lăk'],
    ['UBND tỉnh Đắc Lắc', 'Đắk Lắk', 'tỉnh Đắc Lắc'],
    // Kontum in one word
    ['UBND TỈNH KONTUM', 'Kon Tum', 'TỈNH KONTUM'],
    // Bắc Cạn
    ['UBND tỉnh Bắc Cạn', 'Bắc Kạn', 'tỉnh Bắc Cạn'],
    // a portal name
    ['Cổng tin tức Thành phố Hải Phòng', 'Hải Phòng', 'Thành phố Hải Phòng'],
    // the first of two
    ['các tỉnh Hà Giang, Cao Bằng', 'Hà Giang', 'tỉnh Hà Giang'],
    // `tỉnh, thành phố` then a name: the name that has one
    ['các tỉnh, thành phố Hà Nội', 'Hà Nội', 'thành phố Hà Nội'],
    // a name followed by a verb is still the province
    ['UBND tỉnh Bình Định hướng dẫn', 'Bình Định', 'tỉnh Bình Định'],
    // a line break between level word and name (a PDF copy)
    ['UBND TỈNH\nQUẢNG NGÃI', 'Quảng Ngãi', 'TỈNH\nQUẢNG NGÃI'],
    // the gap lost in a PDF copy
    ['UBND TPĐà Nẵng', 'Đà Nẵng', 'TPĐà Nẵng'],
    // `Ð` (eth) for `Đ`
    ['UBND TP. ÐÀ NẴNG', 'Đà Nẵng', 'TP. ÐÀ NẴNG'],
    // a letter that lower-cases to two code units before the name keeps the index
    ['İSTANBUL và tỉnh Lào Cai', 'Lào Cai', 'tỉnh Lào Cai'],
  ])('%j → %s', (text, expected, phrase) => {
    const hit = findJurisdictionIn(text);
    expect(hit?.jurisdiction.name).toBe(expected);
    expect(text.slice(hit!.index, hit!.index + hit!.length)).toBe(phrase);
  });

  // Rows: look-alikes that name no jurisdiction.
  it.each([
    // a bare level word
    ['Ủy ban nhân dân thành phố'],
    ['UBND TỈNH'],
    // a publisher: without a level word the name does not place the text
    ['Nhà xuất bản Hà Nội, 2019'],
    // a person's name, no level word
    ['ông Nguyễn Long An, Phó Giám đốc'],
    // a phrase that starts like a province
    ['Bình Định hướng phát triển'],
    // Ho Chi Minh Thought, not the city
    ['Học tập và làm theo tư tưởng Hồ Chí Minh'],
    // HCM without TP
    ['tư tưởng HCM'],
    // a city is not searched: its hit would be read as the province's body
    ['UBND thành phố Vinh'],
    // a name inside a longer word
    ['tỉnh Hà Namtech'],
    // a level word inside a longer word
    ['xtỉnh Long An'],
    // a provincial member of the Party committee is not a place
    ['Tỉnh ủy viên Nguyễn Văn A'],
    // nothing
    [''],
  ])('%j → none', (text) => {
    expect(findJurisdictionIn(text)).toBeUndefined();
  });

  it('finds every jurisdiction and alias after its level word, in capitals too', () => {
    for (const jurisdiction of JURISDICTIONS) {
      for (const name of [jurisdiction.name, ...(jurisdiction.aliases ?? [])].filter((name) => !/^TP/u.test(name))) {
        for (const text of [`Ủy ban nhân dân ${jurisdiction.level} ${name}`, `ỦY BAN NHÂN DÂN ${jurisdiction.level} ${name}`.toLocaleUpperCase('vi')]) {
          const hit = findJurisdictionIn(text);
          expect(hit?.jurisdiction.name, text).toBe(jurisdiction.name);
          expect(text.slice(hit!.index, hit!.index + hit!.length).toLocaleLowerCase('vi'), text).toBe(`${jurisdiction.level} ${name}`.toLocaleLowerCase('vi'));
        }
      }
    }
  });
});
