import type { Span } from '../../../schemas/index.ts';
import type { Segments } from '../../segment/segments.ts';
import { isUppercaseLine } from '../../patterns/document-parts.ts';
import { isFragment } from './read-title.ts';
import { nothing, type Reading } from './reading.ts';

// A derived title stops at a word boundary near this many characters.
const DERIVED_TITLE_LENGTH = 110;

/**
 * A title for a source that has neither a title nor a number to be named by (its page would
 * otherwise say it has no title): the start of the first sentence of its body.
 */
export function readDerivedTitle(segments: Segments, text: string, title: string | null, number: string | null): Reading<string | null> {
  if (title !== null || number !== null) return nothing(null);
  const derived = firstSentence(segments, text);
  if (!derived) return nothing(null);
  return {
    value: derived.title,
    fields: { derivedTitle: { from: 'derived', text: text.slice(derived.span.start, derived.span.end), span: derived.span, line: derived.line, note: 'không có tiêu đề: lấy phần đầu câu đầu tiên' } },
    diagnostics: [],
  };
}

/** The start of the first sentence of the body, cut near `DERIVED_TITLE_LENGTH`; none if it is a fragment. */
function firstSentence(segments: Segments, text: string): { title: string; span: Span; line: number } | undefined {
  // Not the enacting body's line in capitals (`ỦY BAN NHÂN DÂN TỈNH THANH HÓA`): a sentence.
  const block = segments.body.find((candidate) => (candidate.type === 'paragraph' || candidate.type === 'heading') && !isUppercaseLine(candidate.refs[0]!.text));
  if (!block) return undefined;
  const start = block.refs[0]!.span.start;
  const paragraph = text.slice(start, block.refs.at(-1)!.span.end);
  const end = /[.!?…](?:\s|$)/u.exec(paragraph)?.index ?? paragraph.length;
  let sentence = paragraph.slice(0, end).replace(/\s+/gu, ' ').trim();
  if (isFragment(sentence)) return undefined;
  if (sentence.length > DERIVED_TITLE_LENGTH) sentence = `${sentence.slice(0, sentence.lastIndexOf(' ', DERIVED_TITLE_LENGTH)).replace(/[,;:]$/u, '')} …`;
  return { title: sentence, span: { start, end: start + end }, line: block.refs[0]!.line };
}
