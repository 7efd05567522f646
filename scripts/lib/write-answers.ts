import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXCERPT_LENGTH, mergeShards, PAGE_SIZE, resultData, searchTiers, type PagefindApi, type Tiers } from '../../src/lib/archive-search.ts';
import type { Abbreviation } from '../../src/lib/expand-query.ts';
import { frequentQueries } from '../../src/lib/frequent-queries.ts';
import { answerPath, type PrecomputedAnswer } from '../../src/lib/search-answers.ts';
import { AGENCY_FILTER } from '../../src/lib/search-facets.ts';
import { plainText, type ShardManifest } from '../../src/lib/search-shards.ts';
import { WorkerPool } from '../../src/lib/worker-pool.ts';
import { serveStatic } from './static-server.ts';

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindApi;
}

/** What answering needs: the site, where it is served, its index manifest and the query reading. */
export interface AnswerContext {
  root: string;
  url: string;
  manifest: ShardManifest;
  abbreviations: Abbreviation[];
}

/** Fewer queries than this per thread: starting threads costs more than it saves. */
export const QUERIES_PER_THREAD = 20;

/**
 * Writes the precomputed answers of a site indexed in `root` (src/lib/search-answers.ts)
 * and returns their queries, in the order of their files. The search runs in
 * Node on the site's own `pagefind.js`, served over HTTP as a browser would
 * fetch it, through the code the search page runs (src/lib/archive-search.ts),
 * reading queries with `abbreviations` as the page does; `terms` are the
 * archive's named terms (`frequentQueries`);
 * with `threads` > 1, the queries are shared out between threads, each with
 * its own Pagefind (the answers do not depend on which thread wrote them).
 */
export async function writeAnswers(root: string, manifest: ShardManifest, pages: readonly { opening: string }[], abbreviations: Abbreviation[], terms: readonly string[], threads: number): Promise<string[]> {
  const folder = join(root, answerPath(0), '..');
  rmSync(folder, { recursive: true, force: true });
  const server = await serveStatic(root);
  try {
    const context: AnswerContext = { root, url: server.url, manifest, abbreviations };
    // An instance of its own: one that has loaded every filter counts every value at every search, and the answers need none.
    const agencies = new Map(Object.entries((await (await tierInstance(context, manifest.primary)).filters())[AGENCY_FILTER] ?? {}));
    // A line per block of the opening, so a phrase never runs from the title into the text.
    const queries = frequentQueries(pages, (page) => plainText(page.opening.replace(/<\/(?:p|h[1-6]|li|td|th|div|section|article)>/giu, '\n')), agencies, terms);
    mkdirSync(folder, { recursive: true });
    const tasks = queries.map((query, index) => ({ query, index }));
    const size = Math.min(threads, Math.floor(tasks.length / QUERIES_PER_THREAD));
    if (size > 1) {
      const pool = new WorkerPool<AnswerTask[], number>(new URL('./answer-worker.ts', import.meta.url), { size, workerData: context });
      try {
        await pool.run(Array.from({ length: size }, (_, thread) => tasks.filter((_, i) => i % size === thread)));
      } finally {
        await pool.close();
      }
    } else await answerQueries(context, tasks);
    return queries;
  } finally {
    await server.close();
  }
}

export interface AnswerTask {
  query: string;
  /** Its place in the manifest, which names its file. */
  index: number;
}

/** Runs each query as the search page would with nothing chosen, and writes its first page and count. */
export async function answerQueries(context: AnswerContext, tasks: readonly AnswerTask[]): Promise<number> {
  let full: Promise<PagefindApi> | undefined;
  const tiers: Tiers = { primary: await tierInstance(context, context.manifest.primary), full: () => (full ??= tierInstance(context, context.manifest.full)), shards: context.manifest.primary.length };
  for (const { query, index } of tasks) {
    const request = { query, filters: {}, sort: '' as const, fullText: false };
    const answer = await searchTiers(tiers, request, context.abbreviations);
    const results = (await resultData(answer.ranked, request, context.abbreviations, 0, PAGE_SIZE)).map(({ url, excerpt, meta }) => ({ url, excerpt, meta }));
    const file: PrecomputedAnswer = { query, tier: answer.tier, total: answer.ranked.length, primaryFound: answer.primaryFound, results };
    writeFileSync(join(context.root, answerPath(index)), `${JSON.stringify(file)}\n`);
  }
  return tasks.length;
}

// One tier's shards in one Pagefind instance; results keep the site's own addresses, not the server's.
async function tierInstance(context: AnswerContext, paths: readonly string[]): Promise<PagefindApi> {
  const pagefind = (await import(pathToFileURL(join(context.root, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
  const api = pagefind.createInstance({ basePath: `${context.url}${paths[0]}`, baseUrl: '/', excerptLength: EXCERPT_LENGTH });
  await mergeShards(api, paths.map((path) => `${context.url}${path}`), { baseUrl: '/' });
  return api;
}
