import { readFileSync } from 'node:fs';
import { openingHtml } from '../../src/lib/opening-html.ts';
import { searchableHtml, wordsOf } from '../../src/lib/search-shards.ts';

/** A built page Pagefind indexes: what it is sent, and what the shards need to know of it. */
export interface SearchablePage {
  url: string;
  file: string;
  /** ISO date, `''` when the page has none. */
  date: string;
  /** `searchableHtml` of the page: what the full tier indexes. */
  content: string;
  /** `openingHtml` of it: what the primary tier indexes. */
  opening: string;
  /** Its distinct words (`wordsOf`), for the indexes' vocabulary records. */
  words: string[];
}

/**
 * Reads built pages; those without `data-pagefind-body` (only document and news
 * pages carry it) are left out.
 */
export function readSearchablePages(files: readonly { file: string; url: string }[]): SearchablePage[] {
  const pages: SearchablePage[] = [];
  for (const { file, url } of files) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    // <span data-pagefind-sort="date:2020-03-12"> (src/components/SearchFacets.astro)
    const date = /data-pagefind-sort="date:([^"]*)"/u.exec(html)?.[1] ?? '';
    const content = searchableHtml(html);
    pages.push({ url, file, date, content, opening: openingHtml(content), words: wordsOf(content) });
  }
  return pages;
}
