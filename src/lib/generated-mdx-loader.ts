import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { GeneratedMdxError, type RenderedMdx } from './render-generated-mdx.ts';
import { Progress } from './progress.ts';
import { defaultThreads, WorkerPool } from './worker-pool.ts';

// What the HTML of an entry depends on besides its file.
const RENDERER_FILES = ['src/lib/render-generated-mdx.ts', 'src/lib/render-worker.ts', 'src/lib/worker-pool.ts', 'src/lib/generated-mdx-loader.ts', 'package-lock.json'];

interface Options {
  /** Folder of generated MDX files, relative to the project root. */
  base: string;
}

// Files read and rendered at a time: few enough that their texts and open files stay small, enough to keep every thread busy.
const CHUNK = 256;

/**
 * The documents collection: every `*.mdx` file ingest wrote, validated by the
 * collection's zod schema and rendered to HTML when the content layer syncs,
 * the way Astro's glob loader treats Markdown. Astro's MDX path would instead
 * compile each file into a JavaScript module for Vite to bundle: at 10,000
 * files that was most of the build's time and memory (README, "Scale").
 * Files are rendered in worker threads, one per core; an entry whose file is
 * unchanged (same digest, same renderer) is kept from the last build.
 */
export function generatedMdxLoader({ base }: Options): Loader {
  return {
    name: 'generated-mdx-loader',
    async load({ store, meta, parseData, generateDigest, config, logger }) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      // Astro keeps entries across builds unless its config or content config
      // changes; a change to how bodies are rendered must also start afresh.
      const renderer = generateDigest((await Promise.all(RENDERER_FILES.map((file) => readFile(join(root, file), 'utf8').catch(() => `${file} missing`)))).join('\0'));
      if (meta.get('renderer') !== renderer) {
        store.clear();
        meta.set('renderer', renderer);
      }
      let names: string[];
      try {
        names = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
      } catch {
        logger.warn(`No generated documents in ${base}: run npm run ingest.`);
        names = [];
      }
      // Files are read, rendered and stored a chunk at a time: opening every file at once ran out of file
      // descriptors (EMFILE) at 100,000 files, and holding every file's text in memory does not scale either.
      let pool: WorkerPool<{ contents: string; file: string }, RenderedMdx> | undefined;
      let renderedAnew = 0;
      // Stored together at the end: Astro writes its whole data store to disk half a second after a change, so
      // storing chunk by chunk rewrote it after every chunk (the load slowed from 215 to 118 files/s by 6,000).
      const entries: { file: { id: string; filePath: string; digest: string }; data: Promise<Record<string, unknown>>; html: string; headings: RenderedMdx['headings'] }[] = [];
      const progress = new Progress('astro: loading documents', names.length);
      try {
        for (let from = 0; from < names.length; from += CHUNK) {
          // One file open at a time (a chunk reads in milliseconds; its threads then render it).
          const files = names.slice(from, from + CHUNK).map((name) => {
              const path = join(folder, name);
              const contents = readFileSync(path, 'utf8');
              // The record carries its own ASCII id; the file name is the same id.
              const filePath = relative(root, path);
              // Messages name the file from the project root, or in full when the folder is elsewhere.
              const shown = filePath.startsWith('..') ? path : filePath;
              return { id: name.slice(0, -'.mdx'.length), filePath, shown, contents, digest: generateDigest(contents) };
            });
          const stale = files.filter((file) => store.get(file.id)?.digest !== file.digest);
          progress.advance(files.length - stale.length);
          if (stale.length === 0) continue;
          pool ??= new WorkerPool(pathToFileURL(join(root, 'src/lib/render-worker.ts')), { size: Math.min(defaultThreads(), names.length) });
          // Each record is validated as its file comes back, while the threads render the next ones.
          const validated: Promise<Record<string, unknown>>[] = [];
          const rendered = await pool.run(
            stale.map((file) => ({ contents: file.contents, file: file.shown })),
            (entry, index) => {
              const file = stale[index]!;
              const check = async () => {
                if (entry.data['id'] !== file.id) throw new GeneratedMdxError(file.shown, null, `its record's id is ${JSON.stringify(entry.data['id'])}, not its file name.`);
                return parseData({ id: file.id, data: entry.data, filePath: file.filePath });
              };
              progress.advance();
              validated[index] = check();
              // Awaited below in file order; this only keeps a failure from being reported as unhandled first.
              validated[index].catch(() => undefined);
            },
          );
          for (const [index, { id, filePath, digest }] of stale.entries()) {
            const { html, headings } = rendered[index]!;
            entries.push({ file: { id, filePath, digest }, data: validated[index]!, html, headings });
          }
          renderedAnew += stale.length;
        }
      } finally {
        await pool?.close();
      }
      // In file order, so the same files give the same store.
      for (const { file, data, html, headings } of entries) {
        store.set({ id: file.id, data: await data, filePath: file.filePath, digest: file.digest, rendered: { html, metadata: { headings } } });
      }
      progress.finish(`${names.length.toLocaleString('en-US')} documents, ${renderedAnew.toLocaleString('en-US')} rendered anew,`);
      const ids = new Set(names.map((name) => name.slice(0, -'.mdx'.length)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      logger.info(`${names.length} documents, ${renderedAnew} rendered anew.`);
    },
  };
}
