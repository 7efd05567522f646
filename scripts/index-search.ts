// node scripts/index-search.ts [dist] [--pages-per-shard N]: builds the Pagefind indexes of the
// built site (part of npm run build): a primary tier and a full-text tier, each split into shards
// the search page merges (src/lib/search-shards.ts), then the precomputed answers (src/lib/search-answers.ts).
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { assignShards, PAGES_PER_SHARD, SHARD_MANIFEST, shardCount, shardPath, vocabularyOf, type ShardManifest } from '../src/lib/search-shards.ts';
import { defaultThreads, WorkerPool } from '../src/lib/worker-pool.ts';
import { indexShard, type ShardTask } from './lib/index-shard.ts';
import type { IndexSearchTask } from './lib/index-search-worker.ts';
import { readSearchablePages, type SearchablePage } from './lib/read-searchable-pages.ts';
import { writeAnswers } from './lib/write-answers.ts';
import { loadRegistry } from '../src/lib/load-registry.ts';
import { searchAbbreviations } from '../src/lib/search-abbreviations.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'pages-per-shard': { type: 'string' } } });
const site = positionals[0] ?? 'dist';
const perShard = Number(values['pages-per-shard'] ?? process.env['ARCHIVE_PAGES_PER_SHARD'] ?? PAGES_PER_SHARD);

// Below this many pages, starting threads costs more than it saves.
const PAGES_FOR_THREADS = 1000;
// ARCHIVE_SEARCH_THREADS=N: threads for reading and indexing, whatever the size (0: none).
const threadsAsked = process.env['ARCHIVE_SEARCH_THREADS'];
// Pages read per task: small enough to share out evenly, large enough to be few messages.
const PAGES_PER_READ = 250;

/** Every built page (`index.html`) under `root`, outside earlier indexes, in a stable order. */
function builtPages(root: string): { file: string; url: string }[] {
  const found: { file: string; url: string }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('pagefind')) walk(path);
      } else if (entry.name === 'index.html') found.push({ file: path, url: `/${relative(root, folder).split(sep).join('/')}/`.replace(/^\/\/$/u, '/') });
    }
  };
  walk(root);
  return found;
}

async function indexSearch(root: string): Promise<void> {
  const started = performance.now();
  const files = builtPages(root);
  // Reading pages and indexing shards both run side by side on threads, one Pagefind service each.
  const threads = threadsAsked !== undefined ? Number(threadsAsked) : files.length >= PAGES_FOR_THREADS ? defaultThreads() : 0;
  const pool = threads > 1 ? new WorkerPool<IndexSearchTask, SearchablePage[] | number>(new URL('./lib/index-search-worker.ts', import.meta.url), { size: threads }) : undefined;
  // The indexing threads end before the answers start threads of their own.
  const { pages, count, shards } = await (async () => {
    try {
      const batches = Array.from({ length: Math.ceil(files.length / PAGES_PER_READ) }, (_, i) => files.slice(i * PAGES_PER_READ, (i + 1) * PAGES_PER_READ));
      const pages = (pool ? ((await pool.run(batches.map((batch) => ({ kind: 'read', files: batch })))) as SearchablePage[][]) : batches.map((batch) => readSearchablePages(batch))).flat();
      // None means the markup broke.
      if (pages.length === 0) throw new Error(`no page of ${root} carries data-pagefind-body: the search index would be empty`);
      const count = shardCount(pages.length, perShard);
      const vocabulary = vocabularyOf(pages.map((page) => page.words));
      const shards = assignShards(pages, count);
      const tasks: ShardTask[] = (['primary', 'full'] as const).flatMap((tier) =>
        shards.map((members, shard) => ({ output: join(root, shardPath(shard, tier)), pages: members.map(({ url, file, content, opening }) => ({ url, file, content: tier === 'primary' ? opening : content })), vocabulary })),
      );
      // An index written earlier into this folder (other shards, other fragments) must not linger.
      for (const entry of readdirSync(root)) if (entry.startsWith('pagefind')) rmSync(join(root, entry), { recursive: true, force: true });
      try {
        // The files do not depend on which thread wrote which shard.
        if (pool && tasks.length > 1) await pool.run(tasks.map((shard) => ({ kind: 'shard', shard })));
        else for (const task of tasks) await indexShard(task);
      } catch (cause) {
        throw new Error(`Pagefind could not index ${root}`, { cause });
      }
      return { pages, count, shards };
    } finally {
      await pool?.close();
    }
  })();
  const manifest: ShardManifest = { primary: shards.map((_, i) => shardPath(i, 'primary')), full: shards.map((_, i) => shardPath(i, 'full')), pages: pages.length, answers: [] };
  const indexed = performance.now();
  // The named terms are the registry's abbreviations and what they stand for; agencies are counted apart.
  const registry = loadRegistry();
  const terms = registry.abbreviations.flatMap(({ short, long }) => [long, short]);
  manifest.answers = await writeAnswers(root, manifest, pages, searchAbbreviations(registry), terms, threads);
  writeFileSync(join(root, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.error(`pagefind: indexed ${pages.length} pages in ${count} shard(s) per tier in ${seconds(started, indexed)} s; ${manifest.answers.length} precomputed answers in ${seconds(indexed, performance.now())} s`);
}

await indexSearch(site);
