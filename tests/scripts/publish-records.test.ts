import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishRecords } from '../../scripts/lib/publish-records.ts';
import { archiveExport, exportSlices, exportSlicesOf, toNdjson } from '../../src/lib/exports.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { EXTRA_DIR, ROOT } from '../helpers/fixtures.ts';

describe('publishRecords', () => {
  // The extra fixtures: documents of several years and provinces, and news of none.
  const generated = mkdtempSync(join(tmpdir(), 'publish-generated-'));
  const out = mkdtempSync(join(tmpdir(), 'publish-dist-'));
  spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', EXTRA_DIR, '--generated', generated], { cwd: ROOT });
  const count = publishRecords({ sources: EXTRA_DIR, generated }, out);
  const read = (path: string) => readFileSync(join(out, 'du-lieu', path), 'utf8');
  const records = (JSON.parse(read('archive.json')) as { records: SourceRecord[] }).records;

  it('writes archive.json and archive.ndjson record by record, byte for byte what archiveExport and toNdjson give', () => {
    expect(count).toBeGreaterThanOrEqual(5);
    expect(records).toHaveLength(count);
    expect(read('archive.json')).toBe(`${JSON.stringify(archiveExport(records))}\n`);
    expect(read('archive.ndjson')).toBe(toNdjson(records));
  });

  it('offers the same lines per year and per jurisdiction: each record in one file of each, in id order', () => {
    const { years, jurisdictions } = exportSlices(records);
    expect(years.length).toBeGreaterThan(1);
    expect(jurisdictions.length).toBeGreaterThan(1);
    for (const [folder, slices, key] of [['theo-nam', years, 'year'], ['theo-dia-ban', jurisdictions, 'jurisdiction']] as const) {
      expect(readdirSync(join(out, 'du-lieu', folder)).sort()).toEqual(slices.map((slice) => `${slice.slug}.ndjson`).sort());
      for (const slice of slices) {
        const ids = read(`${folder}/${slice.slug}.ndjson`).trimEnd().split('\n').map((line) => (JSON.parse(line) as SourceRecord).id);
        expect(ids).toEqual(records.filter((record) => exportSlicesOf(record)[key] === slice.slug).map((record) => record.id));
        expect(ids).toHaveLength(slice.count);
      }
    }
  });
});
