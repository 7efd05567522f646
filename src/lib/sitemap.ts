import type { Archive } from './archive.ts';
import { recordPath } from './format.ts';
import { archivePagePaths } from './listings/archive-pages.ts';
import { entityPagePaths } from './listings/entity-pages.ts';
import { resultsAndQualityPaths } from './listings/results-pages.ts';

/** URLs per sitemap file: the protocol allows 50,000; files of 10,000 stay near 1 MB. */
export const SITEMAP_SIZE = 10_000;

/** Every page a search engine should know, once each, in a stable order. */
export function sitemapPaths(archive: Archive): string[] {
  const { records } = archive;
  const paths = [
    '/', '/nam/', '/tim-kiem/', '/du-lieu/',
    ...archivePagePaths(archive),
    ...resultsAndQualityPaths(archive),
    ...entityPagePaths(archive),
    ...records.map(recordPath),
  ];
  return [...new Set(paths)];
}

/** The sitemap's files: `/sitemap-1.xml`, `/sitemap-2.xml`… of `size` URLs each (at least one, so the index is never empty). */
export function sitemapChunks(paths: readonly string[], size = SITEMAP_SIZE): string[][] {
  return Array.from({ length: Math.max(1, Math.ceil(paths.length / size)) }, (_, index) => paths.slice(index * size, (index + 1) * size));
}
