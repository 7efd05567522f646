// A worker thread of scripts/index-search.ts: reads built pages, and indexes one
// search shard at a time in a Pagefind service of its own.
import { parentPort } from 'node:worker_threads';
import { serveTasks } from '../../src/lib/worker-pool.ts';
import { indexShard, type ShardTask } from './index-shard.ts';
import { readSearchablePages, type SearchablePage } from './read-searchable-pages.ts';

export type IndexSearchTask = { kind: 'read'; files: { file: string; url: string }[] } | { kind: 'shard'; shard: ShardTask };

serveTasks<IndexSearchTask, SearchablePage[] | number>(parentPort!, (task) => (task.kind === 'read' ? readSearchablePages(task.files) : indexShard(task.shard)));
