import type { Diagnostic, Provenance, Span } from '../../../schemas/index.ts';
import type { TextRef } from '../../segment/segments.ts';
import type { Header } from '../extract-header.ts';

/** Where each header field a reader read came from, in the order it read them: the record keeps that order. */
export type HeaderFields = Partial<Record<keyof Header, Provenance>>;

/** What a reader of the header gives back: its value, the provenance of the fields it read, what it found wrong. */
export interface Reading<T> {
  value: T;
  fields: HeaderFields;
  diagnostics: Diagnostic[];
}

/** A reading of nothing: the source has no such field, and that is no fault of it. */
export function nothing<T>(value: T): Reading<T> {
  return { value, fields: {}, diagnostics: [] };
}

/** A field read from one line, or from part of it (`span`, `text`). */
export function fromText(ref: TextRef, span: Span = ref.span, text: string = ref.text): Provenance {
  return { from: 'text', text, span, line: ref.line };
}

/** A field read from several lines: the span covers them all, the text is what it covers. */
export function fromRefs(refs: readonly TextRef[], text: string): Provenance {
  const span = { start: refs[0]!.span.start, end: refs.at(-1)!.span.end };
  return { from: 'text', text: text.slice(span.start, span.end), span, line: refs[0]!.line };
}
