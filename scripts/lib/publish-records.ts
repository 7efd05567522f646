import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordPath } from '../../src/lib/format.ts';
import { readGeneratedFrontmatter } from '../../src/lib/render-generated-mdx.ts';
import type { IngestPaths } from './run-ingest.ts';

/**
 * Files of the built site that are copies, not pages: per record its JSON
 * (`/van-ban/<id>.json`, `/tin-tuc/<id>.json`, what `npm run extract` prints)
 * and its original (`/nguon/<id>.txt`, byte for byte). Written after
 * `astro build` from the generated MDX: as Astro endpoints they were 20,000
 * of the 34,000 routes of a 10,000-document build, each with a page's overhead.
 * Returns how many records were published.
 */
export function publishRecords(paths: IngestPaths, out: string): number {
  const folder = join(paths.generated, 'documents');
  const names = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort();
  mkdirSync(join(out, 'nguon'), { recursive: true });
  for (const name of names) {
    const file = join(folder, name);
    const record = readGeneratedFrontmatter(readFileSync(file, 'utf8'), file).data as { id: string; kind: 'document' | 'news'; source: string };
    const page = join(out, recordPath(record));
    mkdirSync(page, { recursive: true });
    writeFileSync(`${page.replace(/\/$/u, '')}.json`, `${JSON.stringify(record, null, 2)}\n`);
    copyFileSync(join(paths.sources, record.source), join(out, 'nguon', `${record.id}.txt`));
  }
  return names.length;
}
