// Runs src/lib/generated-mdx-loader.ts outside Astro, over the folder given, with an
// in-memory store: tests/site/generated-mdx-loader.test.ts runs it under a low
// open-file limit. Prints how many entries were stored.
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatedMdxLoader } from '../../src/lib/generated-mdx-loader.ts';

const folder = process.argv[2]!;
const root = new URL('../../', import.meta.url);
const entries = new Map<string, { id: string; digest?: string }>();
const meta = new Map<string, string>();
const context = {
  store: {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; digest?: string }) => (entries.set(entry.id, entry), true),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
    clear: () => entries.clear(),
  },
  meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
  parseData: async ({ data }: { data: Record<string, unknown> }) => data,
  generateDigest: (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16),
  config: { root: pathToFileURL(`${root.pathname}`) },
  logger: { info: (line: string) => process.stderr.write(`${line}\n`), warn: (line: string) => process.stderr.write(`${line}\n`) },
};
await generatedMdxLoader({ base: relative(root.pathname, folder) }).load(context as never);
process.stdout.write(`${entries.size}\n`);
