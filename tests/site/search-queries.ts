// The search table shared by the browser tests: queries as readers type them, and what must come first.
export const NOTICE_08 = '/van-ban/2021-08-tb-ubnd-hai-phong/';
export const NOTICE_149 = '/van-ban/2020-149-tb-ubnd-hai-phong/';
export const NEWS_2019 = '/tin-tuc/2019-09-21-van-phong-ubnd-thanh-pho-guong-mau-thuc-hien-tot-cong/';
export const NEWS_BINH_DINH = '/tin-tuc/2021-07-08-y-kien-chi-dao-cua-giam-doc-so-ngoai-vu-tai-hoi-nghi-ra/';
export const NEWS_2020 = '/tin-tuc/2020-12-17-so-ngoai-vu-tang-cuong-ung-dung-thong-tin-trong-giai/';

// [the URL's query string, the first result a reader expects]
export const QUERIES: [string, string][] = [
  // a number as printed
  ['q=08/TB-UBND', NOTICE_08],
  // in lower case
  ['q=08/tb-ubnd', NOTICE_08],
  // with the stray space the seed has
  ['q=08 /TB-UBND', NOTICE_08],
  // another notice
  ['q=149/TB-UBND', NOTICE_149],
  // a decree typed without Đ: its legal-basis page
  ['q=61/2018/ND-CP', '/can-cu/61-2018-nd-cp/'],
  // serial and year only
  ['q=61/2018', '/can-cu/61-2018-nd-cp/'],
  // type code, serial and year
  ['q=QĐ 06/2020', '/can-cu/06-2020-qd-ttg/'],
  // the same without Đ
  ['q=QD 06/2020', '/can-cu/06-2020-qd-ttg/'],
  // a department's plan, symbol in lower case
  ['q=984/kh-sngv', '/can-cu/2020-984-kh-sngv-binh-dinh/'],
  // a yearless resolution
  ['q=17/NQ-CP', '/can-cu/2019-17-nq-cp/'],
  // a headline typed without diacritics
  ['q=van phong ubnd thanh pho guong mau', NEWS_2019],
  // đ typed as d (`điện tử`, `đề xuất`), narrowed to notices of 2020
  ['q=chinh quyen dien tu&loai=Văn bản&nam=2020', NOTICE_149],
  // a person without diacritics, news only
  ['q=Nguyen Xuan Binh&loai=Tin tức', NEWS_2019],
  // a person with diacritics, documents only
  ['q=Lê Anh Quân&loai=Văn bản', NOTICE_08],
  // an agency of one province, by the province's name
  ['q=Sở Ngoại vụ&nam=2021&loai=Tin tức', NEWS_BINH_DINH],
  // an abbreviation for words the text spells out, and vice versa
  ['q=ISO 9001 TTHC&loai=Tin tức&nam=2020', NEWS_2020],
  // a word only one source has, typed without diacritics
  ['q=phan mem Ikepler', NEWS_BINH_DINH],
  // two words one notice has together ("chức năng, nhiệm vụ, quyền hạn") and another apart, more often
  ['q=quyền hạn', NOTICE_08],
  // the same typed without diacritics
  ['q=quyen han', NOTICE_08],
  // "tỷ lệ hoàn thành trung bình" in one notice; "trung" and "bình" apart in the other
  ['q=trung binh', NOTICE_08],
  // a quoted phrase only one text has, although its words are everywhere
  ['q="bị trừ điểm đánh giá cải cách hành chính"', NOTICE_149],
  // every document citing a legal basis, newest first
  ['can-cu=Nghị định số 61/2018/NĐ-CP&sap-xep=moi-nhat', NOTICE_08],
  // the same, oldest first
  ['can-cu=Nghị định số 61/2018/NĐ-CP&sap-xep=cu-nhat', NOTICE_149],
  // news of a year, no words at all
  ['loai=Tin tức&nam=2019', NEWS_2019],
  // an agency filter
  ['co-quan=Sở Ngoại vụ tỉnh Bình Định', NEWS_BINH_DINH],
];

