// tsx scripts/index-search.ts [dist]: builds the Pagefind index of the built site (part of npm run build).
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';

async function indexSearch(path: string): Promise<number> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    // Only document and news pages carry data-pagefind-body; none means the markup broke.
    if (added.page_count === 0) throw new Error(`no page of ${path} was indexed: is data-pagefind-body missing?`);
    const written = await index.writeFiles({ outputPath: `${path}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    console.error(`pagefind: indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return added.page_count;
  } catch (cause) {
    throw new Error(`Pagefind could not index ${path}`, { cause });
  } finally {
    await pagefind.close();
  }
}

await indexSearch(site);
