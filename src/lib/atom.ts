import type { SourceRecord } from '../schemas/index.ts';
import { compareCodeUnits, recordDate, recordHeading, recordPath } from './format.ts';

export interface Feed {
  /** Path of the page the feed follows (`/co-quan/so-noi-vu-hai-phong/`). */
  page: string;
  /** Path of the feed itself. */
  self: string;
  title: string;
  records: readonly SourceRecord[];
  /** Entries that are not records: a basis's amendments, replacements, repeals. */
  notices?: readonly FeedNotice[];
}

/** An entry announcing something other than a new record. */
export interface FeedNotice {
  /** Its own address (unique in the feed): the page with a fragment. */
  id: string;
  title: string;
  /** The page to read. */
  link: string;
  date: string | null;
  author: string;
  summary: string;
}

const MAX_ENTRIES = 50;

/**
 * An Atom feed (RFC 4287) of the newest records. `updated` is the newest
 * record's date, never the build's clock, so the same archive gives the same bytes.
 */
export function atomFeed(feed: Feed, site: URL): string {
  const absolute = (path: string) => new URL(path, site).href;
  const entries: FeedNotice[] = [
    ...feed.records.map((record) => ({
      id: recordPath(record),
      title: record.number ? `${record.number}: ${recordHeading(record)}` : recordHeading(record),
      link: recordPath(record),
      date: recordDate(record),
      author: record.issuer ?? record.portal ?? 'Không rõ',
      summary: [record.docType ?? (record.kind === 'news' ? 'Tin tức' : 'Văn bản'), record.jurisdiction].filter(Boolean).join(' · '),
    })),
    ...(feed.notices ?? []),
  ];
  const newest = entries.sort((a, b) => compareCodeUnits(b.date ?? '', a.date ?? '') || compareCodeUnits(a.id, b.id)).slice(0, MAX_ENTRIES);
  const stamp = (date: string | null) => `${date ?? '1970-01-01'}T00:00:00Z`;
  const lines = newest.map((entry) =>
    [
      '  <entry>',
      `    <id>${escape(absolute(entry.id))}</id>`,
      `    <title>${escape(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(absolute(entry.link))}"/>`,
      `    <updated>${stamp(entry.date)}</updated>`,
      `    <author><name>${escape(entry.author)}</name></author>`,
      `    <summary>${escape(entry.summary)}</summary>`,
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
    `  <updated>${stamp(newest[0]?.date ?? null)}</updated>`,
    ...lines,
    '</feed>',
    '',
  ].join('\n');
}

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
