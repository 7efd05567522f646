import type { Diagnostic } from '../../../schemas/index.ts';
import { DATE_ONLY_LINE, PLACE_DATE_LINE } from '../../patterns/dates.ts';
import type { Segments } from '../../segment/segments.ts';
import { joinRefs } from '../joined-refs.ts';
import { jurisdictionOfPlace } from '../jurisdictions.ts';
import { nearJurisdiction } from '../near-jurisdiction.ts';
import { datePartsFrom, toIsoDate } from '../parse-date.ts';
import type { AnnexNote } from './read-annex-note.ts';
import { fromRefs, type HeaderFields, type Reading } from './reading.ts';

export interface PlaceDate {
  place: string | null;
  issued: string | null;
}

/**
 * The place and date of a document's date line or a news item's dateline. A
 * date that is blank or does not exist is reported and stays unknown. An
 * attached text without a header of its own takes its date from the note under
 * its heading (`annex`).
 */
export function readPlaceDate(segments: Segments, text: string, annex: AnnexNote | undefined): Reading<PlaceDate> {
  let place: string | null = null;
  let issued: string | null = null;
  const fields: HeaderFields = {};
  const diagnostics: Diagnostic[] = [];
  const refs = segments.kind === 'document' ? segments.document.placeDate : segments.news.dateline ? [segments.news.dateline] : [];
  if (refs.length > 0) {
    const joined = joinRefs(refs);
    const line = refs[0]!.line;
    const match = PLACE_DATE_LINE.exec(joined.text) ?? DATE_ONLY_LINE.exec(joined.text);
    const placeText = match?.groups?.['place']?.trim();
    if (placeText) {
      const span = joined.spanOf(0, placeText.length);
      // A place a copy garbled (`Đà Nng`) is read as the province it stands for; the text keeps what is written.
      const garbled = jurisdictionOfPlace(placeText) ? undefined : nearJurisdiction(placeText);
      place = garbled?.name ?? placeText;
      fields.place = { from: 'text', text: text.slice(span.start, span.end), span, line, ...(garbled ? { note: `ghi sai thành "${placeText}"` } : {}) };
    }
    const parts = datePartsFrom(match?.groups);
    const iso = parts ? toIsoDate(parts) : null;
    if (iso) {
      issued = iso;
      fields.issued = fromRefs(refs, text);
    } else {
      diagnostics.push({
        code: parts ? 'date-impossible' : 'date-blank',
        severity: 'warning',
        line,
        message: parts ? `"${joined.text}" gives a date that does not exist.` : `"${joined.text}" leaves the date blank or incomplete.`,
        hint: 'The date stays unknown; correct the source if the published document has one.',
      });
    }
  }
  if (annex?.issued) {
    issued = annex.issued;
    fields.issued = annex.provenance;
  }
  return { value: { place, issued }, fields, diagnostics };
}
