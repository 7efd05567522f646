// A worker thread of src/lib/generated-mdx-loader.ts: renders generated MDX off the
// main thread. Node runs this file as TypeScript directly (type stripping), so it
// and what it imports keep to erasable syntax.
import { parentPort } from 'node:worker_threads';
import { renderGeneratedMdx } from './render-generated-mdx.ts';

parentPort!.on('message', ({ job, contents, file }: { job: number; contents: string; file: string }) => {
  try {
    parentPort!.postMessage({ job, ok: true, value: renderGeneratedMdx(contents, file) });
  } catch (error) {
    parentPort!.postMessage({ job, ok: false, message: (error as Error).message });
  }
});
