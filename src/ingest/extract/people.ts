import type { Person, Signer, Span } from '../../schemas/index.ts';
import { slugify } from '../link/slugify.ts';
import type { Segments } from '../segment/segments.ts';
import { overlapsAny } from './overlaps-any.ts';

// The common Vietnamese family names: a personal name starts with one.
const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương',
  'Lâm', 'Mai', 'Đào', 'Cao', 'Hà', 'Tạ', 'Lương', 'Trịnh', 'Đoàn', 'Chu', 'Thái', 'Tô', 'Lưu', 'Vương', 'Quách', 'Kiều', 'Từ', 'Triệu', 'La',
  'Thân', 'Khổng', 'Nông', 'Hứa', 'Giang', 'Phùng', 'Văn', 'Tăng', 'Tống', 'Châu', 'Lại', 'Âu', 'Đàm', 'Đồng', 'Hầu', 'Khúc', 'Lục', 'Mạc',
];
// Lê Anh Quân · Nguyễn Xuân Bình · Phạm Hưng Hùng: a family name and one to three more syllables.
const NAME = String.raw`(?<name>(?:${SURNAMES.join('|')})(?:\s+\p{Lu}\p{Ll}*){1,3})(?![\p{L}])`;
// Phó Chủ tịch Thường trực · Giám đốc · Chánh Văn phòng · Bí thư · Trưởng Đoàn
const POSITION_HEAD = String.raw`(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Chánh\s+Văn\s+phòng|Chánh\s+Thanh\s+tra|Bí\s+thư|Trưởng\s+[Bb]an|Trưởng\s+[Pp]hòng|Bộ\s+trưởng|Thứ\s+trưởng|Thủ\s+tướng|Cục\s+trưởng)`;
// … Thường trực Ủy ban nhân dân thành phố (the body the position is of)
const POSITION_BODY = String.raw`(?:\s+Thường\s+trực)?(?:\s+(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Sở\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*?|Văn\s+phòng\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân))(?:\s+(?:thành\s+phố|tỉnh|TP))?)?`;
/** `Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Lê Anh Quân`: a position and the person who held it. */
export const OFFICIAL = new RegExp(String.raw`(?<position>${POSITION_HEAD}${POSITION_BODY})\s+${NAME}`, 'gu');
// PCVP Trần Huy Kiên (in `Nơi nhận`)
const ABBREVIATED = new RegExp(String.raw`(?<abbr>PCVP|CVP|PCT|CT)\s+${NAME}`, 'gu');
const ABBREVIATIONS: Record<string, string> = { CT: 'Chủ tịch', PCT: 'Phó Chủ tịch', CVP: 'Chánh Văn phòng', PCVP: 'Phó Chánh Văn phòng' };

export interface PeopleContext {
  text: string;
  segments: Segments;
  exclude: readonly Span[];
  signer: Signer | null;
}

/**
 * The officials a source names with their position at the time, its signer, and
 * people named in `Nơi nhận`; one entry per person. Also the spans of the
 * positions, so an agency inside one is not taken for the document's subject.
 */
export function extractPeople(context: PeopleContext): { people: Person[]; positions: Span[] } {
  const people = new Map<string, Person>();
  const positions: Span[] = [];
  const add = (name: string, position: string | null, role: Person['roles'][number], span?: Span) => {
    const id = slugify(name);
    const existing = people.get(id);
    if (existing) {
      existing.position ??= position;
      if (!existing.roles.includes(role)) existing.roles.push(role);
      return;
    }
    people.set(id, { id, name, position, roles: [role], ...(span ? { span } : {}) });
  };
  const excluded = overlapsAny(context.exclude);
  const recipientsStart = context.segments.recipients?.heading.span.start ?? Number.POSITIVE_INFINITY;
  for (const match of context.text.matchAll(OFFICIAL)) {
    if (excluded(match.index) || match.index >= recipientsStart) continue;
    const position = match.groups!['position']!.replace(/\s+/gu, ' ');
    const name = match.groups!['name']!.replace(/\s+/gu, ' ');
    positions.push({ start: match.index, end: match.index + match[0].length });
    add(name, position, 'official', { start: match.index + match[0].length - match.groups!['name']!.length, end: match.index + match[0].length });
  }
  if (context.signer?.name) add(context.signer.name, context.signer.position, 'signer');
  for (const item of context.segments.recipients?.items ?? []) {
    for (const match of item.text.matchAll(ABBREVIATED)) add(match.groups!['name']!, ABBREVIATIONS[match.groups!['abbr']!] ?? null, 'recipient');
  }
  return { people: [...people.values()], positions };
}
