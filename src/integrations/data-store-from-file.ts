import type { AstroIntegration } from 'astro';

// The module Astro generates for the content layer's data store.
const DATA_STORE_MODULE = '\0astro:data-layer-content';
// What it generates for a store kept in one file: export default JSON.parse("…")
const INLINED_STORE = 'export default JSON.parse(';

/**
 * Astro bundles the content layer's data store into the build as one JavaScript
 * string literal, which the prerendering then imports. At 10,000 documents that
 * literal was 94 MB and V8 took 10–12 s to compile it; reading and parsing the
 * same JSON file took 1 s. In a static build the pages are prerendered by the
 * same build on the same machine, right after Astro wrote that file, so the
 * bundle reads the file instead. Nothing changes in `dist/`: the bundle is
 * thrown away once the pages are written. A server build (an adapter) keeps
 * Astro's own module, since its bundle runs where the file is not.
 */
export function dataStoreFromFile(): AstroIntegration {
  let file: URL | undefined;
  let staticOutput = false;
  return {
    name: 'archive:data-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        // Where Astro writes the store in a build (astro/dist/content/paths.js, getDataStoreFile).
        file = new URL('data-store.json', config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'archive:data-store-from-file',
                transform(code: string, id: string) {
                  if (id !== DATA_STORE_MODULE || !staticOutput || !file || !code.startsWith(INLINED_STORE)) return undefined;
                  return { code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(new URL(${JSON.stringify(file.href)}), 'utf8'));\n`, map: null };
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ buildOutput }) => {
        staticOutput = buildOutput === 'static';
      },
    },
  };
}
