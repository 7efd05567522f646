import { NUMBER_LINE } from '../../patterns/document-parts.ts';
import type { Segments } from '../../segment/segments.ts';
import { parseDocumentNumber, type DocumentNumber } from '../document-number.ts';
import { joinRefs } from '../joined-refs.ts';
import { nothing, type Reading } from './reading.ts';

/**
 * The number and symbol from the number line, parsed: the type and issuer codes
 * in it stand in for a heading or issuer line a copy lost. A number line with no
 * number, or none the parser reads, is reported and the number stays unknown.
 */
export function readNumber(segments: Segments, text: string): Reading<DocumentNumber | null> {
  if (segments.kind !== 'document' || segments.document.number.length === 0) return nothing(null);
  const refs = segments.document.number;
  const joined = joinRefs(refs);
  const value = NUMBER_LINE.exec(joined.text)?.groups?.['value'] ?? '';
  const parsed = parseDocumentNumber(value);
  const line = refs[0]!.line;
  if (parsed) {
    const span = joined.spanOf(joined.text.lastIndexOf(value), value.length);
    return { value: parsed, fields: { number: { from: 'text', text: text.slice(span.start, span.end), span, line } }, diagnostics: [] };
  }
  const blank = /^\s*\/|^\s*$/u.test(value);
  return {
    value: null,
    fields: {},
    diagnostics: [
      {
        code: blank ? 'number-blank' : 'number-unreadable',
        severity: 'warning',
        line,
        message: blank ? `The number line "${joined.text}" has no number (a draft?).` : `The number line "${joined.text}" is not a number and symbol the archive can read.`,
        hint: 'Check the source against the published document; the number stays unknown until then.',
      },
    ],
  };
}
