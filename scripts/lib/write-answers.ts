import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeShards, PAGE_SIZE, resultData, searchTiers, type PagefindApi, type Tiers } from '../../src/lib/archive-search.ts';
import type { Abbreviation } from '../../src/lib/expand-query.ts';
import { answerPath, frequentQueries, type PrecomputedAnswer } from '../../src/lib/search-answers.ts';
import { plainText, type ShardManifest } from '../../src/lib/search-shards.ts';
import { serveStatic } from './static-server.ts';

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindApi;
}

// The agency filter (src/components/SearchFacets.astro).
const AGENCY_FILTER = 'Cơ quan';

/**
 * Writes the precomputed answers of a site indexed in `root` (src/lib/search-answers.ts)
 * and returns their queries, in the order of their files. The search runs in
 * Node on the site's own `pagefind.js`, served over HTTP as a browser would
 * fetch it, through the code the search page runs (src/lib/archive-search.ts).
 */
export async function writeAnswers(root: string, manifest: ShardManifest, pages: readonly { opening: string }[], abbreviations: readonly Abbreviation[]): Promise<string[]> {
  const folder = join(root, answerPath(0), '..');
  rmSync(folder, { recursive: true, force: true });
  const server = await serveStatic(root);
  try {
    const pagefind = (await import(pathToFileURL(join(root, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
    // Results keep the site's own addresses, not the server's.
    const instance = (paths: readonly string[]) => {
      const api = pagefind.createInstance({ basePath: `${server.url}${paths[0]}`, baseUrl: '/', excerptLength: 24 });
      return mergeShards(api, paths.map((path) => `${server.url}${path}`), { baseUrl: '/' }).then(() => api);
    };
    const primary = await instance(manifest.primary);
    let full: Promise<PagefindApi> | undefined;
    const tiers: Tiers = { primary, full: () => (full ??= instance(manifest.full)), shards: manifest.primary.length };
    const agencies = new Map(Object.entries((await primary.filters())[AGENCY_FILTER] ?? {}));
    const terms = abbreviations.flatMap(({ short, long }) => [long, short]);
    const queries = frequentQueries(pages, (page) => plainText(page.opening), agencies, terms);
    mkdirSync(folder, { recursive: true });
    for (const [i, query] of queries.entries()) {
      const request = { query, filters: {}, sort: '' as const, fullText: false };
      const answer = await searchTiers(tiers, request, abbreviations);
      const results = (await resultData(answer, request, abbreviations, 0, PAGE_SIZE)).map(({ url, excerpt, meta }) => ({ url, excerpt, meta }));
      const file: PrecomputedAnswer = { query, tier: answer.tier, total: answer.ranked.length, results };
      writeFileSync(join(root, answerPath(i)), `${JSON.stringify(file)}\n`);
    }
    return queries;
  } finally {
    await server.close();
  }
}
