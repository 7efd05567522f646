import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveExport, toNdjson } from '../../src/lib/exports.ts';
import { originalPath, recordPath } from '../../src/lib/format.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { readGeneratedFrontmatter } from '../../src/lib/render-generated-mdx.ts';
import type { IngestPaths } from './run-ingest.ts';

/**
 * Files of the built site that are copies, not pages: per record its JSON
 * (`/van-ban/<id>.json`, `/tin-tuc/<id>.json`, what `npm run extract` prints)
 * and its original (`/nguon/<id>.<extension>`, byte for byte), and every record in
 * `/du-lieu/archive.json` and `/du-lieu/archive.ndjson`. Written after
 * `astro build` from the generated MDX (whose frontmatter ingest validated):
 * as Astro endpoints the per-record files were 20,000 of the 34,000 routes of
 * a 10,000-document build, each with a page's overhead, and the two archives
 * (80 MB each) were encoded and written on Astro's one thread.
 * Returns how many records were published.
 */
export function publishRecords(paths: IngestPaths, out: string): number {
  const folder = join(paths.generated, 'documents');
  const names = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort();
  mkdirSync(join(out, 'nguon'), { recursive: true });
  const records: SourceRecord[] = [];
  for (const name of names) {
    const file = join(folder, name);
    const record = readGeneratedFrontmatter(readFileSync(file, 'utf8'), file).data as SourceRecord;
    records.push(record);
    const page = join(out, recordPath(record));
    mkdirSync(page, { recursive: true });
    writeFileSync(`${page.replace(/\/$/u, '')}.json`, `${JSON.stringify(record, null, 2)}\n`);
    copyFileSync(join(paths.sources, record.source), join(out, originalPath(record)));
  }
  mkdirSync(join(out, 'du-lieu'), { recursive: true });
  writeFileSync(join(out, 'du-lieu/archive.json'), `${JSON.stringify(archiveExport(records))}\n`);
  writeFileSync(join(out, 'du-lieu/archive.ndjson'), toNdjson(records));
  return names.length;
}
