// A worker thread of src/lib/documents.ts: renders generated MDX off the
// main thread. Node runs this file as TypeScript directly (type stripping), so it
// and what it imports keep to erasable syntax.
import { parentPort } from 'node:worker_threads';
import { renderGeneratedMdx, type RenderedMdx } from './render-generated-mdx.ts';
import { serveTasks } from './worker-pool.ts';

serveTasks<{ contents: string; file: string }, RenderedMdx>(parentPort!, ({ contents, file }) => renderGeneratedMdx(contents, file));
