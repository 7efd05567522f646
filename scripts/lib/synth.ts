import { JURISDICTIONS } from '../../src/ingest/extract/jurisdictions.ts';

/**
 * A deterministic generator of source texts in the shapes of the seeds: official
 * notices and plans with numbers, references, tasks, recipients and signing
 * blocks; portal news with a time line, captions and page chrome. The same seed
 * gives the same corpus, byte for byte.
 */
export interface SynthFile {
  name: string;
  bytes: Uint8Array;
}

export function synthCorpus(count: number, seed: number, badRate = 0): SynthFile[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  // References drawn from a pool with a long tail: a few decrees are cited everywhere.
  const pool = Array.from({ length: 400 }, (_, i) => {
    const year = int(2008, 2024);
    const [type, code, issuer] = pick(NORMATIVE);
    return { text: `${type} số ${int(1, 180)}/${year}/${code} ngày ${int(1, 28)}/${int(1, 12)}/${year} của ${issuer}`, weight: 1 / (i + 1) };
  });
  const totalWeight = pool.reduce((sum, item) => sum + item.weight, 0);
  const reference = () => {
    let at = random() * totalWeight;
    for (const item of pool) if ((at -= item.weight) <= 0) return item.text;
    return pool[0]!.text;
  };
  const files: SynthFile[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < count; i++) {
    const jurisdiction = pick(JURISDICTIONS);
    const place = jurisdiction.name;
    const level = jurisdiction.level;
    const year = int(2015, 2025);
    const month = int(1, 12);
    const day = int(1, 28);
    const agency = pick(DEPARTMENTS);
    const partner = pick(DEPARTMENTS.filter((other) => other !== agency));
    const leader = `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const name = `${String(i).padStart(6, '0')}_${Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0')}.txt`;
    if (random() < badRate) {
      files.push({ name, bytes: new Uint8Array([0x53, 0x1f, 0x0a, 0x48, 0xe0, 0x20, 0x00]) });
      continue;
    }
    const body = Array.from({ length: int(3, 8) }, () => pick(SENTENCES).replaceAll('{agency}', agency).replaceAll('{year}', String(year - 1)).replaceAll('{ref}', reference()).replaceAll('{n}', String(int(5, 140))).replaceAll('{m}', String(int(1, 40))));
    const text =
      random() < 0.6
        ? documentText({ place, level, year, month, day, agency, partner, leader, body, number: int(1, 600), type: pick(DOCUMENT_TYPES), task: `Giao ${agency} chủ trì, phối hợp với ${partner} triển khai thực hiện ${reference()}, báo cáo Ủy ban nhân dân ${level} **trước ngày ${int(1, 28)}/${int(1, 12)}/${year}**.` })
        : newsText({ place, level, year, month, day, agency, leader, body, portal: `Cổng thông tin điện tử ${level} ${place}` });
    files.push({ name, bytes: encoder.encode(text) });
  }
  return files;
}

interface Common {
  place: string;
  level: string;
  year: number;
  month: number;
  day: number;
  agency: string;
  leader: string;
  body: string[];
}

function documentText(input: Common & { partner: string; number: number; type: readonly [string, string]; task: string }): string {
  const { place, level, year, month, day, agency, leader, body, number, type, task } = input;
  return [
    '',
    `Số: ${String(number).padStart(2, '0')} /${type[1]}-UBND`,
    '',
    `${place}, ngày ${String(day).padStart(2, '0')} tháng ${String(month).padStart(2, '0')} năm ${year}`,
    '',
    type[0].toLocaleUpperCase('vi'),
    '',
    `Kết luận của Phó Chủ tịch Ủy ban nhân dân ${level} ${leader} về kết quả thực hiện công tác cải cách hành chính năm ${year - 1} tại ${agency}`,
    '',
    `Ngày ${day}/${month}/${year}, Đoàn kiểm tra do Phó Chủ tịch Ủy ban nhân dân ${level} ${leader} làm Trưởng đoàn đã kiểm tra công tác cải cách hành chính tại ${agency}.`,
    '',
    'I. Về công tác cải cách hành chính:',
    '',
    ...body.flatMap((sentence) => [`- ${sentence}`, '']),
    'II. Nhiệm vụ thời gian tới',
    '',
    task,
    '',
    `Văn phòng Ủy ban nhân dân ${level} thông báo để ${agency} và các cơ quan, đơn vị có liên quan thực hiện./.`,
    '',
    'Nơi nhận:',
    '- CT, các PCT UBND;',
    '- Các Sở, ngành: Nội vụ, Tài chính; KH&ĐT;',
    `- ${agency};`,
    '- Lưu: VT.',
    '',
    '**TL. ỦY BAN NHÂN DÂN',
    'CHÁNH VĂN PHÒNG**',
    '',
    `${pick2(leader)}`,
  ].join('\n');
}

function newsText(input: Common & { portal: string }): string {
  const { year, month, day, agency, leader, body, portal, level } = input;
  return [
    `${agency} đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ năm ${year}`,
    '',
    `Thứ ${['Hai', 'Ba', 'Tư', 'Năm', 'Sáu'][day % 5]}, ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year} ${String(8 + (day % 9)).padStart(2, '0')}:${String((day * 7) % 60).padStart(2, '0')}`,
    '',
    `Sáng ${day}/${month}, đoàn công tác của UBND ${level} kiểm tra công tác cải cách hành chính (CCHC) năm ${year - 1} tại ${agency}. Phó Chủ tịch UBND ${level} ${leader} làm trưởng đoàn.`,
    '',
    `Lãnh đạo ${agency} báo cáo tại buổi làm việc.`,
    '',
    ...body.flatMap((sentence) => [sentence, '']),
    'Tác giả bài viết: Phóng viên',
    '',
    'Tổng số điểm của bài viết là: 0 trong 0 đánh giá',
    'Click để đánh giá bài viết',
    'Những tin mới hơn',
    'Những tin cũ hơn',
    'QR Code',
    `Mã QR Code truy cập vào Fanpage ${portal}`,
  ].join('\n');
}

// The signer is another official of the office; derived from the leader so the text stays deterministic.
function pick2(leader: string): string {
  return leader.split(' ').reverse().join(' ');
}

const NORMATIVE: readonly (readonly [string, string, string])[] = [
  ['Nghị định', 'NĐ-CP', 'Chính phủ'],
  ['Quyết định', 'QĐ-TTg', 'Thủ tướng Chính phủ'],
  ['Thông tư', 'TT-BNV', 'Bộ Nội vụ'],
  ['Thông tư', 'TT-VPCP', 'Văn phòng Chính phủ'],
  ['Nghị quyết', 'NQ-CP', 'Chính phủ'],
];
const DOCUMENT_TYPES: readonly (readonly [string, string])[] = [
  ['Thông báo', 'TB'],
  ['Kế hoạch', 'KH'],
  ['Quyết định', 'QĐ'],
  ['Báo cáo', 'BC'],
];
const DEPARTMENTS = ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Ngoại vụ', 'Sở Y tế', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Thông tin và Truyền thông', 'Sở Kế hoạch và Đầu tư', 'Sở Khoa học và Công nghệ', 'Văn phòng Ủy ban nhân dân'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Anh', 'Xuân', 'Minh', 'Đức', 'Hồng', 'Thanh'];
const GIVEN = ['Quân', 'Bình', 'Hùng', 'Lan', 'Hà', 'Sơn', 'Tùng', 'Phương', 'Dũng', 'Thảo'];
const SENTENCES = [
  'Trong năm {year}, {agency} đã hoàn thành {n}/{n} nhiệm vụ được giao, đạt tỷ lệ cao so với khối sở, ngành.',
  'Đơn vị đã triển khai thực hiện cơ chế một cửa, một cửa liên thông theo {ref}.',
  'Tiếp nhận và giải quyết {n} hồ sơ thủ tục hành chính đúng hạn; 100% thủ tục được công khai trên Cổng dịch vụ công.',
  'Thực hiện {ref}, đơn vị đã rà soát, đơn giản hóa {m} thủ tục hành chính thuộc thẩm quyền.',
  'Việc áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015 được duy trì thường xuyên.',
  'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính được cải thiện rõ rệt.',
  'Công tác xây dựng chính quyền điện tử, chuyển đổi số được đẩy mạnh; dịch vụ công trực tuyến mức độ 3, 4 được mở rộng.',
  'Căn cứ {ref}, đơn vị đã sắp xếp tổ chức bộ máy, tinh giản biên chế theo lộ trình.',
  'Còn {m} nhiệm vụ chậm tiến độ do điều kiện khách quan, cần tập trung khắc phục trong thời gian tới.',
];

// A small, fast, seeded PRNG: the same seed gives the same sequence on every machine.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
