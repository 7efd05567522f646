import { getCollection } from 'astro:content';
import type { SourceRecord } from '../schemas/index.ts';
import { recordHeading, recordPath } from './format.ts';
import { relatedIndex, type RelatedIndex } from './related.ts';

export interface Archive {
  records: SourceRecord[];
  titles: Map<string, { title: string; path: string }>;
  related: RelatedIndex;
}

let archive: Promise<Archive> | undefined;

/**
 * The whole archive, computed once per build: every page of 10,000 would
 * otherwise rebuild the same maps and compare itself with every other record.
 */
export function getArchive(): Promise<Archive> {
  archive ??= (async () => {
    const records = (await getCollection('documents')).map((entry) => entry.data).sort((a, b) => (a.id < b.id ? -1 : 1));
    return {
      records,
      titles: new Map(records.map((record) => [record.id, { title: recordHeading(record), path: recordPath(record) }])),
      related: relatedIndex(records),
    };
  })();
  return archive;
}
