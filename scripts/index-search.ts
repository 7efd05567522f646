// tsx scripts/index-search.ts [dist] [--pages-per-shard N]: builds the Pagefind index of the
// built site (part of npm run build), split into shards the search page merges (src/lib/search-shards.ts).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { assignShards, searchableHtml, PAGES_PER_SHARD, SHARD_MANIFEST, shardCount, shardPath, VOCABULARY_FILTER, vocabularyOf, type ShardManifest } from '../src/lib/search-shards.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'pages-per-shard': { type: 'string' } } });
const site = positionals[0] ?? 'dist';
const perShard = Number(values['pages-per-shard'] ?? process.env['ARCHIVE_PAGES_PER_SHARD'] ?? PAGES_PER_SHARD);

/** The pages to index (only document and news pages carry data-pagefind-body), each read once. */
function searchablePages(root: string): { url: string; file: string; date: string; content: string }[] {
  const pages: { url: string; file: string; date: string; content: string }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('pagefind')) walk(path);
      } else if (entry.name === 'index.html') {
        const html = readFileSync(path, 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        // <span data-pagefind-sort="date:2020-03-12"> (src/components/SearchFacets.astro)
        const date = /data-pagefind-sort="date:([^"]*)"/u.exec(html)?.[1] ?? '';
        pages.push({ url: `/${relative(root, folder).split(sep).join('/')}/`.replace(/^\/\/$/u, '/'), file: path, date, content: searchableHtml(html) });
      }
    }
  };
  walk(root);
  return pages;
}

async function indexSearch(root: string): Promise<void> {
  const started = performance.now();
  const pages = searchablePages(root);
  // None means the markup broke.
  if (pages.length === 0) throw new Error(`no page of ${root} carries data-pagefind-body: the search index would be empty`);
  const count = shardCount(pages.length, perShard);
  // An index written earlier into this folder (other shards, other fragments) must not linger.
  for (const entry of readdirSync(root)) if (entry.startsWith('pagefind')) rmSync(join(root, entry), { recursive: true, force: true });
  const vocabulary = count > 1 ? vocabularyOf(pages.map((page) => page.content)) : '';
  try {
    for (const [shard, members] of assignShards(pages, count).entries()) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
      if (!index) throw new Error(errors.join('; '));
      for (const page of members) {
        const added = await index.addHTMLFile({ url: page.url, content: page.content });
        if (added.errors.length > 0) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
      }
      // Every shard knows every word of the archive (see vocabularyOf), so a word missing from
      // one shard makes that shard answer nothing rather than ignore the word.
      if (count > 1) {
        const record = await index.addCustomRecord({ url: '/tim-kiem/', content: vocabulary, language: 'vi', filters: { [VOCABULARY_FILTER]: ['1'] } });
        if (record.errors.length > 0) throw new Error(record.errors.join('; '));
      }
      const written = await index.writeFiles({ outputPath: join(root, shardPath(shard)) });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    }
  } catch (cause) {
    throw new Error(`Pagefind could not index ${root}`, { cause });
  } finally {
    await pagefind.close();
  }
  const manifest: ShardManifest = { shards: Array.from({ length: count }, (_, i) => shardPath(i)), pages: pages.length };
  writeFileSync(join(root, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
  console.error(`pagefind: indexed ${pages.length} pages in ${count} shard(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await indexSearch(site);
