import { getCollection } from 'astro:content';
import type { SourceRecord } from '../schemas/index.ts';
import { recordHeading, recordPath } from './format.ts';
import { relatedIndex, type RelatedIndex } from './related.ts';
import { archiveAsOf, citedBy, resultsByAgency } from './results.ts';

export interface Archive {
  records: SourceRecord[];
  /** Record id → the records citing it (src/lib/results.ts). */
  citedBy: Map<string, SourceRecord[]>;
  /** The newest date the archive holds: what task deadlines are judged against. */
  asOf: string;
  /** Figures by credited agency and tasks by lead agency. */
  results: ReturnType<typeof resultsByAgency>;
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
    const citing = citedBy(records);
    const asOf = archiveAsOf(records);
    return {
      records,
      citedBy: citing,
      asOf,
      results: resultsByAgency(records, { citedBy: citing, asOf }),
      titles: new Map(records.map((record) => [record.id, { title: recordHeading(record), path: recordPath(record) }])),
      related: relatedIndex(records),
    };
  })();
  return archive;
}
