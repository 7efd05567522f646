import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { dataStoreFromFile } from '../../src/integrations/data-store-from-file.ts';

type Transform = (code: string, id: string) => { code: string } | undefined;

// Runs the integration's hooks as Astro would and returns the Vite plugin's transform.
function setUp(command: 'build' | 'dev', buildOutput: 'static' | 'server', cacheDir: URL): Transform | undefined {
  const integration: AstroIntegration = dataStoreFromFile();
  let transform: Transform | undefined;
  const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir },
    updateConfig: (config: { vite: { plugins: { transform: Transform }[] } }) => {
      transform = config.vite.plugins[0]!.transform;
    },
  });
  (integration.hooks['astro:config:done'] as (options: unknown) => void)({ buildOutput });
  return transform;
}

// A store as Astro writes it (devalue's flat JSON) and the module Astro makes of it.
const STORE = '[["Map",1],"documents",["Map",3],{"id":"a"}]';
const INLINED = `export default JSON.parse(${JSON.stringify(STORE)})`;

describe('the data store read from its file', () => {
  it('gives the prerendering the same store as the module Astro generates, without the string', async () => {
    const cacheDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'astro-cache-'))}/`);
    writeFileSync(new URL('data-store.json', cacheDir), STORE);
    const transform = setUp('build', 'static', cacheDir)!;
    const replaced = transform(INLINED, '\0astro:data-layer-content')!;
    expect(replaced.code).not.toContain('documents');
    const module = join(tmpdir(), `store-${process.pid}.mjs`);
    writeFileSync(module, replaced.code);
    expect((await import(pathToFileURL(module).href)).default).toEqual(JSON.parse(STORE));
  });

  it.each([
    // Other modules are left alone.
    ['build', 'static', 'export default 1', 'src/pages/index.astro'],
    // A server build runs its bundle where the cache folder is not.
    ['build', 'server', INLINED, '\0astro:data-layer-content'],
    // A store Astro generates another way (chunked, or empty) is left as it is.
    ['build', 'static', 'export default new Map()', '\0astro:data-layer-content'],
  ] as const)('leaves %s (%s output) of %s in %s as Astro made it', (command, output, code, id) => {
    const transform = setUp(command, output, pathToFileURL(`${tmpdir()}/`));
    expect(transform?.(code, id)).toBeUndefined();
  });

  it('does nothing outside a build (the dev server keeps its own store)', () => {
    expect(setUp('dev', 'static', pathToFileURL(`${tmpdir()}/`))).toBeUndefined();
  });
});
