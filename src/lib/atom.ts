import type { SourceRecord } from '../schemas/index.ts';
import { compareCodeUnits, recordDate, recordHeading, recordPath } from './format.ts';

export interface Feed {
  /** Path of the page the feed follows (`/co-quan/so-noi-vu-hai-phong/`). */
  page: string;
  /** Path of the feed itself. */
  self: string;
  title: string;
  records: readonly SourceRecord[];
}

const MAX_ENTRIES = 50;

/**
 * An Atom feed (RFC 4287) of the newest records. `updated` is the newest
 * record's date, never the build's clock, so the same archive gives the same bytes.
 */
export function atomFeed(feed: Feed, site: URL): string {
  const absolute = (path: string) => new URL(path, site).href;
  const newest = [...feed.records].sort((a, b) => compareCodeUnits(recordDate(b) ?? '', recordDate(a) ?? '') || (a.id < b.id ? -1 : 1)).slice(0, MAX_ENTRIES);
  const stamp = (date: string | null) => `${date ?? '1970-01-01'}T00:00:00Z`;
  const entries = newest.map((record) =>
    [
      '  <entry>',
      `    <id>${escape(absolute(recordPath(record)))}</id>`,
      `    <title>${escape(record.number ? `${record.number}: ${recordHeading(record)}` : recordHeading(record))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(absolute(recordPath(record)))}"/>`,
      `    <updated>${stamp(recordDate(record))}</updated>`,
      record.issuer ? `    <author><name>${escape(record.issuer)}</name></author>` : `    <author><name>${escape(record.portal ?? 'Không rõ')}</name></author>`,
      `    <summary>${escape([record.docType ?? (record.kind === 'news' ? 'Tin tức' : 'Văn bản'), record.jurisdiction].filter(Boolean).join(' · '))}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${escape(absolute(feed.self))}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(absolute(feed.self))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(absolute(feed.page))}"/>`,
    `  <updated>${stamp(newest[0] ? recordDate(newest[0]) : null)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
