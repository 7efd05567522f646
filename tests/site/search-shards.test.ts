import { describe, expect, it } from 'vitest';
import { assignShards, readManifest, searchableHtml, shardCount, shardPath } from '../../src/lib/search-shards.ts';

describe('shardCount', () => {
  it.each([
    // an empty archive still has one (empty) index
    [0, 1500, 1],
    // the seeds
    [5, 1500, 1],
    // exactly full
    [1500, 1500, 1],
    // one page over
    [1501, 1500, 2],
    // the scale benchmark
    [10_000, 1500, 7],
  ])('%i pages at %i per shard → %i', (pages, perShard, expected) => expect(shardCount(pages, perShard)).toBe(expected));

  it('refuses a shard size that is not a positive integer', () => {
    expect(() => shardCount(10, 0)).toThrow(/positive integer/u);
    expect(() => shardCount(10, 1.5)).toThrow(/positive integer/u);
  });
});

describe('assignShards', () => {
  const pages = [
    { url: '/van-ban/c/', date: '2021-01-06' },
    { url: '/tin-tuc/a/', date: '2019-09-21' },
    { url: '/van-ban/b/', date: '2020-06-12' },
    { url: '/tin-tuc/undated/', date: '' },
    { url: '/van-ban/a/', date: '2020-06-12' },
  ];

  it('cuts the pages in date order into contiguous runs, so a date sort reads the shards in order', () => {
    expect(assignShards(pages, 2).map((shard) => shard.map((page) => page.url))).toEqual([
      ['/tin-tuc/undated/', '/tin-tuc/a/', '/van-ban/a/'],
      ['/van-ban/b/', '/van-ban/c/'],
    ]);
  });

  it('does not depend on the order the pages were found in', () => {
    expect(assignShards([...pages].reverse(), 3)).toEqual(assignShards(pages, 3));
  });

  it('puts every page in exactly one shard', () => {
    const shards = assignShards(pages, 3);
    expect(shards.flat().map((page) => page.url).sort()).toEqual(pages.map((page) => page.url).sort());
  });
});

describe('shardPath', () => {
  it.each([
    // the primary is where Pagefind's script lives
    [0, '/pagefind/'],
    // the others are numbered from 2
    [1, '/pagefind-2/'],
  ])('shard %i is served at %s', (index, path) => expect(shardPath(index)).toBe(path));
});

describe('readManifest', () => {
  it.each([
    // this build's manifest, as written
    [{ primary: ['/pagefind/', '/pagefind-2/'], full: ['/pagefind-toan-van/', '/pagefind-toan-van-2/'], pages: 3000, answers: ['cchc'] }, { primary: ['/pagefind/', '/pagefind-2/'], full: ['/pagefind-toan-van/', '/pagefind-toan-van-2/'], pages: 3000, answers: ['cchc'] }],
    // a site indexed before the tiers: one tier of shards, no answers
    [{ shards: ['/pagefind/', '/pagefind-2/'], pages: 3000 }, { primary: ['/pagefind/', '/pagefind-2/'], full: ['/pagefind/', '/pagefind-2/'], pages: 3000, answers: [] }],
    // no manifest at all (a 404): a lone index where Pagefind puts it
    [null, { primary: ['/pagefind/'], full: ['/pagefind/'], pages: 0, answers: [] }],
  ])('%#: reads %j', (json, manifest) => expect(readManifest(json)).toEqual(manifest));
});

describe('searchableHtml', () => {
  const page = '<!DOCTYPE html><html lang="vi"><head><title>T</title><script type="application/ld+json">{"a":"Sở Nội vụ"}</script></head><body><nav>Trang chủ</nav><main><article data-pagefind-body><h1 data-pagefind-meta="title">Thông báo</h1><p>Sở Nội vụ</p></article><aside>Nội dung đã lược bỏ</aside></main></body></html>';

  it('keeps the searchable article, with its title and text, in a Vietnamese document', () => {
    const html = searchableHtml(page);
    expect(html).toContain('<article data-pagefind-body><h1 data-pagefind-meta="title">Thông báo</h1><p>Sở Nội vụ</p></article>');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/u);
  });

  it('leaves out what Pagefind would not index: navigation, JSON-LD, removed chrome', () => {
    const html = searchableHtml(page);
    for (const dropped of ['Trang chủ', 'ld+json', 'lược bỏ']) expect(html).not.toContain(dropped);
  });

  it('returns a page without a searchable article whole', () => {
    expect(searchableHtml('<html><body><p>x</p></body></html>')).toBe('<html><body><p>x</p></body></html>');
  });
});
