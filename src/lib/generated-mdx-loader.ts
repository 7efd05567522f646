import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { renderGeneratedMdx } from './render-generated-mdx.ts';

// What the HTML of an entry depends on besides its file.
const RENDERER_FILES = ['src/lib/render-generated-mdx.ts', 'src/lib/generated-mdx-loader.ts', 'package-lock.json'];

interface Options {
  /** Folder of generated MDX files, relative to the project root. */
  base: string;
}

/**
 * The documents collection: every `*.mdx` file ingest wrote, validated by the
 * collection's zod schema and rendered to HTML when the content layer syncs,
 * the way Astro's glob loader treats Markdown. Astro's MDX path would instead
 * compile each file into a JavaScript module for Vite to bundle: at 10,000
 * files that was most of the build's time and memory (README, "Scale").
 * An entry whose file is unchanged (same digest) is kept from the last build.
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
      const seen = new Set<string>();
      let rendered = 0;
      for (const name of names) {
        const path = join(folder, name);
        const filePath = relative(root, path);
        const contents = await readFile(path, 'utf8');
        const digest = generateDigest(contents);
        // The record carries its own ASCII id; the file name is the same id.
        const id = name.slice(0, -'.mdx'.length);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        const { data, html, headings } = renderGeneratedMdx(contents, filePath);
        if (data['id'] !== id) throw new Error(`${filePath}: its record's id is ${JSON.stringify(data['id'])}, not its file name. Run npm run ingest to write it again.`);
        store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest, rendered: { html, metadata: { headings } } });
        rendered++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${names.length} documents, ${rendered} rendered anew.`);
    },
  };
}
