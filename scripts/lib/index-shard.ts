import * as pagefind from 'pagefind';
import { VOCABULARY_FILTER } from '../../src/lib/search-shards.ts';

/** One shard of a tier of the search index: its pages, where it is written, the archive's vocabulary. */
export interface ShardTask {
  output: string;
  pages: { url: string; file: string; content: string }[];
  vocabulary: string;
}

/**
 * Writes one Pagefind index of `task.pages` to `task.output`. Each call runs
 * its own Pagefind service and closes it: the service reads its messages one
 * at a time, so shards only index side by side in separate services
 * (scripts/lib/index-search-worker.ts, one per thread).
 */
export async function indexShard(task: ShardTask): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(errors.join('; '));
    for (const page of task.pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.content });
      if (added.errors.length > 0) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
    }
    // Every index knows every word of the archive (see vocabularyOf), so a word missing from
    // it makes it answer nothing rather than ignore the word.
    const record = await index.addCustomRecord({ url: '/tim-kiem/', content: task.vocabulary, language: 'vi', filters: { [VOCABULARY_FILTER]: ['1'] } });
    if (record.errors.length > 0) throw new Error(record.errors.join('; '));
    const written = await index.writeFiles({ outputPath: task.output });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return task.pages.length;
  } finally {
    await pagefind.close();
  }
}
