import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXPORT_VERSION } from '../../src/schemas/exports.ts';
import { exportSlicesOf } from '../../src/lib/exports.ts';
import { originalPath, recordPath } from '../../src/lib/format.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { readGeneratedFrontmatter } from '../../src/lib/render-generated-mdx.ts';
import type { IngestPaths } from './run-ingest.ts';

/**
 * Files of the built site that are copies, not pages: per record its JSON
 * (`/van-ban/<id>.json`, `/tin-tuc/<id>.json`, what `npm run extract` prints)
 * and its original (`/nguon/<id>.<extension>`, byte for byte); every record in
 * `/du-lieu/archive.json` and `/du-lieu/archive.ndjson`; and the same lines
 * per year and per jurisdiction (`/du-lieu/theo-nam/2021.ndjson`,
 * `/du-lieu/theo-dia-ban/son-la.ndjson`, src/lib/exports.ts). Written while
 * `astro build` builds the pages (into a folder that then joins them), from the generated MDX (whose frontmatter ingest validated):
 * as Astro endpoints the per-record files were 20,000 of the 34,000 routes of
 * a 10,000-document build, each with a page's overhead.
 *
 * Records are written one at a time as they are read, in id order, never
 * held together: at 100,000 texts `archive.json` is some 800 MB, more than a
 * JavaScript string may hold. The bytes are those of `archiveExport` and
 * `toNdjson`. Returns how many records were published.
 */
export function publishRecords(paths: IngestPaths, out: string): number {
  const folder = join(paths.generated, 'documents');
  // In id order (a file is `<id>.mdx`; sorting the names would put `a-b.mdx` before `a.mdx`).
  const ids = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  mkdirSync(join(out, 'nguon'), { recursive: true });
  const data = join(out, 'du-lieu');
  for (const slice of ['theo-nam', 'theo-dia-ban']) mkdirSync(join(data, slice), { recursive: true });
  const files = new Files();
  const made = new Set<string>();
  try {
    const json = files.open(join(data, 'archive.json'));
    writeSync(json, `{"version":${JSON.stringify(EXPORT_VERSION)},"recordSchemaVersion":1,"count":${ids.length},"records":[`);
    const ndjson = files.open(join(data, 'archive.ndjson'));
    ids.forEach((id, index) => {
      const file = join(folder, `${id}.mdx`);
      const record = readGeneratedFrontmatter(readFileSync(file, 'utf8'), file).data as SourceRecord;
      // /van-ban/<id>/ is the page's folder: the record is the file /van-ban/<id>.json beside it.
      const recordFile = join(out, `${recordPath(record).replace(/\/$/u, '')}.json`);
      const parent = dirname(recordFile);
      if (!made.has(parent)) mkdirSync(parent, { recursive: true });
      made.add(parent);
      writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
      copyFileSync(join(paths.sources, record.source), join(out, originalPath(record)));
      const line = JSON.stringify(record);
      writeSync(json, index === 0 ? line : `,${line}`);
      writeSync(ndjson, `${line}\n`);
      const { year, jurisdiction } = exportSlicesOf(record);
      writeSync(files.open(join(data, 'theo-nam', `${year}.ndjson`)), `${line}\n`);
      writeSync(files.open(join(data, 'theo-dia-ban', `${jurisdiction}.ndjson`)), `${line}\n`);
    });
    writeSync(json, ']}\n');
  } finally {
    files.closeAll();
  }
  return ids.length;
}

/** Output files kept open while records are appended (a year or a province's file is written to all along). */
class Files {
  readonly #open = new Map<string, number>();

  open(path: string): number {
    let fd = this.#open.get(path);
    if (fd === undefined) this.#open.set(path, (fd = openSync(path, 'w')));
    return fd;
  }

  closeAll(): void {
    for (const fd of this.#open.values()) closeSync(fd);
    this.#open.clear();
  }
}
