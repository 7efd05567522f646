import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { agencyRowSchema, archiveExportSchema, citationGraphSchema, EXPORT_SCHEMAS, referenceRowSchema, relationRowSchema } from '../../src/schemas/exports.ts';
import { recordSchema, type SourceRecord } from '../../src/schemas/index.ts';
import { DIST, ROOT, SEEDS_DIR } from '../helpers/fixtures.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const archive = archiveExportSchema.parse(JSON.parse(read('du-lieu/archive.json')));

/** RFC 4180, enough for the exports: quoted cells with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  return rows;
}

describe('bulk exports at /du-lieu/', () => {
  it('archive.json holds every record, valid against the record schema', () => {
    const pages = readdirSync(join(DIST, 'van-ban')).length + readdirSync(join(DIST, 'tin-tuc')).length;
    expect(archive.count).toBe(archive.records.length);
    // Each record has a page folder and a .json beside it.
    expect(archive.records.length * 2).toBe(pages);
  });

  it('archive.ndjson has the same records, one per line', () => {
    const lines = read('du-lieu/archive.ndjson').trimEnd().split('\n');
    expect(lines.map((line) => recordSchema.parse(JSON.parse(line)).id)).toEqual(archive.records.map((record) => record.id));
  });

  it.each([
    ['references.csv', referenceRowSchema],
    ['agencies.csv', agencyRowSchema],
  ] as const)('%s is UTF-8 with a BOM, its header the schema’s columns, every row valid', (file, schema) => {
    const bytes = readFileSync(join(DIST, 'du-lieu', file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(Object.keys(schema.shape));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) schema.parse(Object.fromEntries(header!.map((column, i) => [column, row[i]])));
  });

  it('references.csv has one row per document and legal basis, names in Vietnamese intact', () => {
    const rows = parseCsv(read('du-lieu/references.csv').slice(1));
    expect(rows.length - 1).toBe(archive.records.reduce((sum, record) => sum + record.legalRefs.length, 0));
    expect(rows.some((row) => row.includes('Nghị định số 61/2018/NĐ-CP'))).toBe(true);
  });

  it("relations.csv has one row per relation a text states, in its schema's columns", () => {
    const csv = read('du-lieu/relations.csv');
    expect(csv.startsWith(`\uFEFF${Object.keys(relationRowSchema.shape).join(',')}\r\n`)).toBe(true);
    const rows = csv.trimEnd().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBe(archive.records.reduce((sum, record) => sum + record.relations.length, 0));
    expect(rows.some((row) => row.includes(',2020-276-kh-ubnd-hai-phong,Kế hoạch số 276/KH-UBND,implements,107-2020-nd-cp,Nghị định số 107/2020/NĐ-CP,false,,,'))).toBe(true);
    // seed 002: Quyết định 430 amends Quyết định 84 through the Quy chế issued with it
    expect(rows.some((row) => row.includes(',2021-430-qd-sngv-binh-dinh,Quyết định số 430/QĐ-SNgV,amends,2016-84-qd-sngv-binh-dinh,Quyết định số 84/QĐ-SNgV,true,Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ,,'))).toBe(true);
  });

  it('the citation graph links only nodes it has', () => {
    const graph = citationGraphSchema.parse(JSON.parse(read('du-lieu/citation-graph.json')));
    const ids = new Set(graph.nodes.map((node) => node.id));
    for (const edge of graph.edges) expect(ids.has(edge.from) && ids.has(edge.to), `${edge.from} → ${edge.to}`).toBe(true);
    expect(graph.edges.length).toBe(archive.records.reduce((sum, record) => sum + record.legalRefs.length, 0));
    for (const relation of graph.relations) expect(ids.has(relation.from) && ids.has(relation.to), `${relation.from} ${relation.kind} ${relation.to}`).toBe(true);
    // each relation is said by a text of the archive or by the registry, with the document it has it from
    for (const relation of graph.relations) {
      const source = relation.source;
      const known = relation.statedIn !== null ? ids.has(relation.statedIn) : source !== null && ('url' in source || ids.has(source.document));
      expect(known, `${relation.from} ${relation.kind} ${relation.to}`).toBe(true);
    }
  });

  it("the citation graph carries the registry's relations and each basis's status (no seed text says 107/2021 amended 61/2018)", () => {
    const graph = citationGraphSchema.parse(JSON.parse(read('du-lieu/citation-graph.json')));
    expect(graph.relations.filter((relation) => relation.to === '61-2018-nd-cp' && relation.kind === 'amends')).toEqual([
      expect.objectContaining({ from: '107-2021-nd-cp', statedIn: null, source: { document: '107-2021-nd-cp', where: 'trích yếu', copy: null }, passage: expect.stringContaining('Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP') }),
    ]);
    expect(graph.nodes.find((node) => node.id === '61-2018-nd-cp')?.status).toEqual({ value: 'het-hieu-luc', since: '2025-07-01', by: '118-2025-nd-cp' });
    // a fact the registry read in a copy says where, so a reuser knows it is not yet checked against the official text
    const replaced = graph.relations.find((relation) => relation.to === '61-2018-nd-cp' && relation.kind === 'replaces');
    expect(replaced?.source && 'copy' in replaced.source ? replaced.source.copy : null).toMatch(/thay thế Nghị định 61\/2018/u);
    // a basis nothing sourced speaks of has no status, rather than a guessed "còn hiệu lực"
    expect(graph.nodes.find((node) => node.id === '108-2020-nd-cp')?.status).toBeNull();
  });

  it('references.csv gives each cited basis its status and since when, empty when unknown', () => {
    const [header, ...rows] = parseCsv(read('du-lieu/references.csv').replace(/^\uFEFF/u, ''));
    const column = (name: string) => header!.indexOf(name);
    const of = (id: string) => rows.find((row) => row[column('reference_id')] === id)!;
    expect([of('61-2018-nd-cp')[column('status')], of('61-2018-nd-cp')[column('status_since')]]).toEqual(['het-hieu-luc', '2025-07-01']);
    expect([of('108-2020-nd-cp')[column('status')], of('108-2020-nd-cp')[column('status_since')]]).toEqual(['', '']);
  });

  it('the citation graph holds the relations the texts state, with their passage (seed 000: Kế hoạch 276 implements Nghị định 107/2020)', () => {
    const graph = citationGraphSchema.parse(JSON.parse(read('du-lieu/citation-graph.json')));
    const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
    const implementing = graph.relations.filter((relation) => relation.kind === 'implements' && label.get(relation.to) === 'Nghị định số 107/2020/NĐ-CP');
    expect(implementing.map((relation) => label.get(relation.from))).toEqual(['Kế hoạch số 276/KH-UBND']);
    expect(implementing[0]!.passage).toContain('về triển khai thực hiện Nghị định số 107/2020/NĐ-CP');
    // the look-alike in the same sentence: `sửa đổi chính sách … (số 62/2020/NĐ-CP …)` amends a policy, not a decree
    expect(graph.relations.filter((relation) => relation.kind === 'amends' && /62\/2020/u.test(label.get(relation.to) ?? ''))).toEqual([]);
  });

  it("a legal basis's page shows what amends or implements it and what it implements, with the passage and the text that says so", () => {
    // seed 000: `Kế hoạch số 276/KH-UBND … về triển khai thực hiện Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP`
    const decree = read('can-cu/107-2020-nd-cp/index.html');
    const section = decree.slice(decree.indexOf('id="dien-bien"'), decree.indexOf('</section>', decree.indexOf('id="dien-bien"')));
    expect(section).toMatch(/Được hướng dẫn, triển khai bởi\s*<a href="\/can-cu\/2020-276-kh-ubnd-hai-phong\/"[^>]*>Kế hoạch số 276\/KH-UBND<\/a>/u);
    expect(section).toContain('về triển khai thực hiện Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP');
    expect(section).toMatch(/Theo văn bản trong lưu trữ:\s*<a href="\/van-ban\/[^"]+\/"/u);
    // and, from the registry, what 107/2020 itself amends
    expect(section).toMatch(/Sửa đổi, bổ sung\s*<a href="\/can-cu\/24-2014-nd-cp\/"/u);
    const plan = read('can-cu/2020-276-kh-ubnd-hai-phong/index.html');
    expect(plan).toMatch(/Hướng dẫn, triển khai\s*<a href="\/can-cu\/107-2020-nd-cp\/"/u);
    expect(plan).toMatch(/Hướng dẫn, triển khai\s*<a href="\/can-cu\/108-2020-nd-cp\/"/u);
    // a basis neither a text nor the registry relates to another has no such section
    expect(read('can-cu/62-2020-nd-cp/index.html')).not.toContain('id="dien-bien"');
  });

  it.each(Object.keys(EXPORT_SCHEMAS))('schema/%s.json is generated from the zod schema', (name) => {
    const published = JSON.parse(read(`du-lieu/schema/${name}.json`)) as Record<string, unknown>;
    const { $id, ...generated } = published;
    expect($id).toBe(`/du-lieu/schema/${name}.json`);
    expect(generated).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(EXPORT_SCHEMAS[name as keyof typeof EXPORT_SCHEMAS], { target: 'draft-2020-12', unrepresentable: 'any' }))));
  });

  it('/du-lieu/ links every export and schema', () => {
    const page = read('du-lieu/index.html');
    for (const file of ['archive.json', 'archive.ndjson', 'references.csv', 'relations.csv', 'agencies.csv', 'citation-graph.json', ...Object.keys(EXPORT_SCHEMAS).map((name) => `schema/${name}.json`)]) expect(page).toContain(`href="/du-lieu/${file}"`);
  });
});

describe('a record per document', () => {
  // The command a reader runs on the same sources prints the same records.
  const printed: SourceRecord[] = JSON.parse(
    execFileSync(process.execPath, ['scripts/extract.ts', ...readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).map((name) => join(SEEDS_DIR, name))], { cwd: ROOT, encoding: 'utf8' }),
  );
  it.each(printed.map((record) => [record.id, record] as const))('%s.json is what npm run extract prints', (id, record) => {
    const path = join(record.kind === 'document' ? 'van-ban' : 'tin-tuc', `${id}.json`);
    expect(JSON.parse(read(path))).toEqual(JSON.parse(JSON.stringify(record)));
  });
});

describe('feeds, sitemap and link tags', () => {
  it('the archive feed is Atom with an entry per record, newest first', () => {
    const feed = read('feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="vi">/u);
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/gu)].map((match) => match[1]!);
    expect(updated.length).toBe(archive.records.length);
    expect([...updated].sort().reverse()).toEqual(updated);
  });

  it('a legal basis has a feed of the documents citing it and of what amends, replaces or implements it, newest first', () => {
    const feed = read('can-cu/61-2018-nd-cp/feed.xml');
    const citing = archive.records.filter((record) => record.legalRefs.some((ref) => ref.id === '61-2018-nd-cp'));
    expect(citing.length).toBeGreaterThan(0);
    // the citing texts, and the registry's three: Thông tư 01/2018 implements it, 107/2021 amends it, 118/2025 replaces it
    expect((feed.match(/<entry>/gu) ?? []).length).toBe(citing.length + 3);
    for (const record of citing) expect(feed).toContain(`/${record.kind === 'document' ? 'van-ban' : 'tin-tuc'}/${record.id}/`);
    const amended = /<entry>\s*<id>[^<]*\/can-cu\/61-2018-nd-cp\/#amends-107-2021-nd-cp<\/id>\s*<title>([^<]*)<\/title>\s*<link[^>]*href="([^"]*)"\/>\s*<updated>([^<]*)<\/updated>[\s\S]*?<summary>([^<]*)<\/summary>/u.exec(feed);
    expect(amended?.slice(1)).toEqual([
      'Nghị định số 61/2018/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP (một phần)',
      expect.stringMatching(/\/can-cu\/107-2021-nd-cp\/$/u),
      '2021-12-06T00:00:00Z',
      expect.stringContaining('Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP'),
    ]);
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/gu)].map((match) => match[1]!);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(updated[0]).toBe('2025-07-01T00:00:00Z');
  });

  it('an agency has a feed, linked from its page', () => {
    expect(existsSync(join(DIST, 'co-quan/so-ngoai-vu-hai-phong/feed.xml'))).toBe(true);
    expect(read('co-quan/so-ngoai-vu-hai-phong/index.html')).toContain('<link rel="alternate" type="application/atom+xml" href="/co-quan/so-ngoai-vu-hai-phong/feed.xml"');
  });

  it('the sitemap lists every HTML page of the site, and only those', () => {
    const site = new URL(/<link rel="canonical" href="([^"]+)"/u.exec(read('index.html'))![1]!);
    // sitemap.xml is an index of the files that hold the URLs
    const files = [...read('sitemap.xml').matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/gu)].map((match) => new URL(match[1]!).pathname.slice(1));
    expect(files[0]).toBe('sitemap-1.xml');
    const locs = files.flatMap((file) => [...read(file).matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname)).sort();
    expect(new Set(locs).size).toBe(locs.length);
    const pages: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(folder, entry.name));
        else if (entry.name === 'index.html') pages.push(`/${relative(DIST, folder).split(sep).join('/')}/`.replace(/^\/\/$/u, '/'));
      }
    };
    walk(DIST);
    expect(locs).toEqual(pages.sort());
    expect(site.pathname).toBe('/');
  });

  it('pages carry a canonical URL and Open Graph tags', () => {
    const page = read('van-ban/2021-08-tb-ubnd-hai-phong/index.html');
    expect(page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/van-ban\/2021-08-tb-ubnd-hai-phong\/"/u);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale']) expect(page).toContain(`property="${property}"`);
    expect(page).toContain('property="og:type" content="article"');
  });
});
