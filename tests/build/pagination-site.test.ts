import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthCorpus } from '../../scripts/lib/synth.ts';
import { compareNewestFirst, recordDate, recordPath } from '../../src/lib/format.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { buildSite } from '../helpers/build-site.ts';

// An archive of 1,200 synthetic texts through the real build: long enough that the home
// page and every year's page run to several pages of 100, small enough to build in a test.
let out = '';
let records: SourceRecord[] = [];
const pages = new Map<string, string>();

beforeAll(() => {
  const sources = mkdtempSync(join(tmpdir(), 'pagination-sources-'));
  for (const file of synthCorpus(1200, 7)) writeFileSync(join(sources, file.name), file.bytes);
  out = mkdtempSync(join(tmpdir(), 'pagination-dist-'));
  const build = buildSite({ sources, generated: mkdtempSync(join(tmpdir(), 'pagination-generated-')), out });
  expect(build.status, build.output).toBe(0);
  records = (JSON.parse(readFileSync(join(out, 'du-lieu', 'archive.json'), 'utf8')) as { records: SourceRecord[] }).records;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else if (entry.name === 'index.html') pages.set(`/${relative(out, folder).split(sep).join('/')}/`.replace(/^\/\/$/u, '/'), readFileSync(join(folder, entry.name), 'utf8'));
    }
  };
  walk(out);
}, 600_000);

/** The record links of a page between two markers of its HTML. */
const recordLinks = (html: string, from: string, to: RegExp) => {
  const start = html.indexOf(from);
  const rest = html.slice(start);
  const end = rest.search(to);
  return [...rest.slice(0, end === -1 ? undefined : end).matchAll(/href="(\/(?:van-ban|tin-tuc)\/[^"/]+\/)"/gu)].map((match) => match[1]!);
};
/** A list's pages from its first, following each page's rel="next" link. */
const follow = (first: string) => {
  const chain = [first];
  for (;;) {
    const next = /<a href="([^"]+)" rel="next">/u.exec(pages.get(chain.at(-1)!)!)?.[1];
    if (next === undefined) return chain;
    expect(pages.has(next), next).toBe(true);
    chain.push(next);
  }
};

describe('long lists in pages of 100', () => {
  it('the home list: every source on exactly one page, newest first, each page linked to the next and back', () => {
    const chain = follow('/');
    expect(chain).toEqual(['/', ...Array.from({ length: Math.ceil(records.length / 100) - 1 }, (_, i) => `/trang-${i + 2}/`)]);
    const listed = chain.flatMap((path) => recordLinks(pages.get(path)!, '<ol class="document-list"', /<\/ol>/u));
    expect(listed).toEqual([...records].sort(compareNewestFirst).map(recordPath));
    chain.slice(1).forEach((path, i) => expect(pages.get(path)).toContain(`<a href="${chain[i]}" rel="prev">`));
    // the first page keeps the archive's summary; the others say where they are
    expect(pages.get('/')).toContain('<ul class="counts"');
    expect(pages.get('/trang-2/')).toMatch(/<h1>Tất cả văn bản, trang 2<\/h1>/u);
    expect(pages.get('/trang-2/')).toContain('aria-current="page">2</a>');
  });

  it("a year's list: every source of the year on exactly one page, in month order", () => {
    const byYear = new Map<string, SourceRecord[]>();
    for (const record of records) {
      const date = recordDate(record);
      if (date) byYear.set(date.slice(0, 4), [...(byYear.get(date.slice(0, 4)) ?? []), record]);
    }
    const [year, inYear] = [...byYear].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(inYear.length).toBeGreaterThan(100);
    const chain = follow(`/nam/${year}/`);
    expect(chain.length).toBe(Math.ceil(inYear.length / 100));
    const listed = chain.flatMap((path) => recordLinks(pages.get(path)!, '<div class="listing">', /<\/div>/u));
    expect(listed).toEqual([...inYear].sort(compareNewestFirst).map(recordPath));
  });

  it("an agency's documents and a legal basis's citing documents: each on exactly one of their pages", () => {
    // The agency named in most records, and the basis cited by most.
    const count = <Key extends string>(keys: Key[]) => [...keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + 1), new Map<Key, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const [agency] = count(records.flatMap((record) => [...new Set(record.agencies.map((item) => item.id))]));
    const [basis, citing] = count(records.flatMap((record) => [...new Set(record.legalRefs.map((ref) => ref.id))]));
    expect(citing).toBeGreaterThan(100);
    const agencyPages = follow(`/co-quan/${agency}/`);
    const listedByAgency = agencyPages.flatMap((path) => recordLinks(pages.get(path)!, '<ol class="document-list"', /<\/ol>/u));
    expect(new Set(listedByAgency).size).toBe(listedByAgency.length);
    expect(agencyPages.length).toBe(Math.ceil(listedByAgency.length / 100));
    const basisPages = follow(`/can-cu/${basis}/`);
    expect(basisPages.length).toBe(Math.ceil(citing / 100));
    const listedByBasis = basisPages.flatMap((path) => recordLinks(pages.get(path)!, '<ol class="citations"', /<\/ol>\s*(?:<nav|<\/section|<p)/u));
    expect(new Set(listedByBasis)).toEqual(new Set(records.filter((record) => record.legalRefs.some((ref) => ref.id === basis)).map(recordPath)));
    expect(listedByBasis.length).toBe(citing);
  });

  it('lists every page of every list in the sitemap', () => {
    const files = [...readFileSync(join(out, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname.slice(1));
    const locs = new Set(files.flatMap((file) => [...readFileSync(join(out, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname)));
    expect([...pages.keys()].filter((path) => !locs.has(path))).toEqual([]);
  });

  it('keeps every HTML page under 300 KB', () => {
    const heavy = [...pages.keys()].filter((path) => statSync(join(out, path, 'index.html')).size > 300 * 1024);
    expect(heavy).toEqual([]);
  });
});
