import type { Provenance } from '../../../schemas/index.ts';
import { NUMERIC_DATE, SPELLED_DATE } from '../../patterns/dates.ts';
import { ANNEX_NOTE } from '../../patterns/document-parts.ts';
import type { Segments } from '../../segment/segments.ts';
import { datePartsFrom, toIsoDate } from '../parse-date.ts';

// (Ban hành kèm theo Quyết định số 01/2012/QĐ-UBND ngày 04 /01/2012 của UBND tỉnh Long An)
const ANNEX_OF = new RegExp(String.raw`${ANNEX_NOTE.source}.*?(?:[Nn]gày\s+${NUMERIC_DATE}|${SPELLED_DATE}).*?(?:của\s+(?<issuer>[^)]+?))?\s*\)?\s*$`, 'isu');

export interface AnnexNote {
  issued: string | null;
  issuer: string | null;
  provenance: Provenance;
}

/**
 * The date and issuer of the document a headerless annex is attached to, from
 * the note under its heading; only a document with no number or date line of
 * its own is read so.
 */
export function readAnnexNote(segments: Segments, text: string): AnnexNote | undefined {
  if (segments.kind !== 'document' || segments.document.placeDate.length > 0 || segments.document.number.length > 0) return undefined;
  const block = segments.body[0];
  if (!block) return undefined;
  const span = { start: block.refs[0]!.span.start, end: block.refs.at(-1)!.span.end };
  const note = text.slice(span.start, span.end);
  const match = ANNEX_OF.exec(note.replace(/\s+/gu, ' '));
  if (!match?.groups) return undefined;
  const parts = datePartsFrom(match.groups);
  return {
    issued: parts ? toIsoDate(parts) : null,
    issuer: match.groups['issuer']?.trim() ?? null,
    provenance: { from: 'derived', text: note, span, line: block.refs[0]!.line, note: 'văn bản kèm theo: ngày và cơ quan của văn bản ban hành nó' },
  };
}
