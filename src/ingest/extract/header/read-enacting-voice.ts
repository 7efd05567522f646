import type { Provenance } from '../../../schemas/index.ts';
import { ENACTING_CLOSE, ENACTING_VERB } from '../../patterns/document-parts.ts';
import type { Segments } from '../../segment/segments.ts';

// Who speaks in an enacting sentence (one that ends in `ENACTING_CLOSE`), before its verb:
//   …, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở … thực hiện các nội dung sau:
//   Thanh tra tỉnh triển khai xây dựng Vị trí việc làm … như sau:
const ENACTING_VOICE = new RegExp(
  String.raw`(?:^|[,;]\s*)(?<who>(?:(?:Phó\s+)?Chủ\s+tịch\s+|Ban\s+Thường\s+vụ\s+|Thường\s+trực\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Thanh\s+tra|Sở|Bộ|Văn\s+phòng|Tỉnh\s+ủy|Thành\s+ủy|Ban)(?:\s+\p{L}+){0,4}?)\s+${ENACTING_VERB}(?![\p{L}])`,
  'u',
);
// Its paragraph stands in the opening of the excerpt.
const VOICE_BLOCKS = 6;

/** The body that speaks in the enacting sentence of an excerpt that lost its header: its issuer, as written. */
export function readEnactingVoice(segments: Segments, text: string): { who: string; provenance: Provenance } | undefined {
  for (const block of segments.body.slice(0, VOICE_BLOCKS)) {
    if (block.type !== 'paragraph') continue;
    const start = block.refs[0]!.span.start;
    const paragraph = text.slice(start, block.refs.at(-1)!.span.end);
    if (!ENACTING_CLOSE.test(paragraph)) continue;
    const match = ENACTING_VOICE.exec(paragraph.replace(/\n/gu, ' '));
    if (!match?.groups) continue;
    const who = match.groups['who']!;
    const at = start + match.index + match[0].indexOf(who);
    return { who, provenance: { from: 'text', text: text.slice(at, at + who.length), span: { start: at, end: at + who.length }, line: block.refs[0]!.line, note: 'chủ thể của câu ban hành (văn bản không còn phần đầu)' } };
  }
  return undefined;
}
