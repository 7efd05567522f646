import type { Provenance } from '../../../schemas/index.ts';
import { readPublicationTime } from '../../segment/read-news-header.ts';
import type { PageMetadata } from '../../read/read-html.ts';
import type { Segments } from '../../segment/segments.ts';
import { clockFrom, datePartsFrom, toIsoDate } from '../parse-date.ts';
import { fromText, nothing, type HeaderFields, type Reading } from './reading.ts';

export interface Publication {
  published: string | null;
  /** The date of the item: its dateline's, else the day it was published. */
  issued: string | null;
}

// 2024-07-31T18:15:00+07:00 · 2024-07-31 (a page's `article:published_time`, ISO 8601)
const ISO_TIME = /^(?<year>(?:19|20)\d{2})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2}))?/u;

/**
 * When a news item was published: its time line, else its dateline (`issued`, read from `issuedFrom`),
 * else a saved page's `article:published_time` (the time as the page gives it, in its own zone).
 */
export function readPublication(segments: Segments, issued: string | null, issuedFrom: Provenance | undefined, page: PageMetadata = {}): Reading<Publication> {
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
  } else if (page.published) {
    const match = ISO_TIME.exec(page.published);
    const pageDay = match?.groups ? toIsoDate(datePartsFrom(match.groups)!) : null;
    if (pageDay) {
      const clock = clockFrom(match!.groups);
      published = clock ? `${pageDay}T${clock}` : pageDay;
      fields.published = { from: 'metadata', text: page.published, note: 'article:published_time của trang' };
      fields.issued = { from: 'metadata', text: page.published, note: 'ngày đăng tin, theo article:published_time của trang' };
      return { value: { published, issued: pageDay }, fields, diagnostics: [] };
    }
  }
  if (day && !issued) {
    fields.issued = { from: 'derived', note: 'ngày đăng tin' };
    return { value: { published, issued: day }, fields, diagnostics: [] };
  }
  return { value: { published, issued }, fields, diagnostics: [] };
}
