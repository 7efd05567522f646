import type { Provenance } from '../../../schemas/index.ts';
import { readPublicationTime } from '../../segment/read-news-header.ts';
import type { Segments } from '../../segment/segments.ts';
import { clockFrom, datePartsFrom, toIsoDate } from '../parse-date.ts';
import { fromText, nothing, type HeaderFields, type Reading } from './reading.ts';

export interface Publication {
  published: string | null;
  /** The date of the item: its dateline's, else the day it was published. */
  issued: string | null;
}

/** When a news item was published: its time line, else its dateline (`issued`, read from `issuedFrom`). */
export function readPublication(segments: Segments, issued: string | null, issuedFrom: Provenance | undefined): Reading<Publication> {
  if (segments.kind !== 'news') return nothing({ published: null, issued });
  const timeRef = segments.news.time;
  const time = timeRef ? readPublicationTime(timeRef.text) : undefined;
  const parts = datePartsFrom(time?.groups);
  const day = parts ? toIsoDate(parts) : null;
  let published: string | null = null;
  const fields: HeaderFields = {};
  if (timeRef && day) {
    const clock = clockFrom(time?.groups);
    published = clock ? `${day}T${clock}` : day;
    fields.published = fromText(timeRef);
  } else if (issued) {
    published = issued;
    fields.published = { ...issuedFrom! };
  }
  if (day && !issued) {
    fields.issued = { from: 'derived', note: 'ngày đăng tin' };
    return { value: { published, issued: day }, fields, diagnostics: [] };
  }
  return { value: { published, issued }, fields, diagnostics: [] };
}
