import { describe, expect, it } from 'vitest';
import { pageHref, pageHrefs, pageLinks, pageOfParam, pageParam, paginate } from '../../src/lib/paginate.ts';

describe('paginate', () => {
  const items = Array.from({ length: 250 }, (_, i) => i + 1);

  it('puts every item on exactly one page, in the list order', () => {
    const pages = paginate(items, 100);
    expect(pages.map((page) => [page.page, page.pages, page.from, page.items.length])).toEqual([
      [1, 3, 1, 100],
      [2, 3, 101, 100],
      [3, 3, 201, 50],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  it.each([
    // an empty list still has its first page (the address answers, saying there is nothing)
    [0, [[1, 1, 0, 0]]],
    // exactly one page full: no empty second page
    [100, [[1, 1, 1, 100]]],
    // one more than a page
    [101, [[1, 2, 1, 100], [2, 2, 101, 1]]],
  ])('%d items', (count, expected) => {
    expect(paginate(items.slice(0, count), 100).map((page) => [page.page, page.pages, page.from, page.items.length])).toEqual(expected);
  });
});

describe('page addresses', () => {
  it.each([
    // the first page is the list's own address
    ['/nam/2021/', 1, undefined, '/nam/2021/'],
    // the next ones are below it
    ['/nam/2021/', 2, 'trang-2', '/nam/2021/trang-2/'],
    ['/co-quan/ubnd-son-la/', 12, 'trang-12', '/co-quan/ubnd-son-la/trang-12/'],
  ])('%s page %d', (base, page, param, href) => {
    expect(pageParam(page)).toBe(param);
    expect(pageOfParam(param)).toBe(page);
    expect(pageHref(base, page)).toBe(href);
  });

  it.each([
    // look-alikes that name no page: the first page has no `trang-1`, no zero, no leading zero, no other word
    ['trang-1'], ['trang-0'], ['trang-02'], ['page-2'], ['trang-'], ['2'],
  ])('%s is no page', (param) => {
    expect(pageOfParam(param)).toBeUndefined();
  });

  it('lists every page of a list for the sitemap', () => {
    expect(pageHrefs('/ket-qua/', 201, 100)).toEqual(['/ket-qua/', '/ket-qua/trang-2/', '/ket-qua/trang-3/']);
    expect(pageHrefs('/ket-qua/', 0, 100)).toEqual(['/ket-qua/']);
  });
});

describe('pageLinks', () => {
  it.each([
    // few pages: all of them
    [1, 3, [1, 2, 3]],
    // in the middle of many: first, last, two either side, gaps marked
    [6, 40, [1, null, 4, 5, 6, 7, 8, null, 40]],
    // near the start: no gap before
    [2, 40, [1, 2, 3, 4, null, 40]],
    // at the end
    [40, 40, [1, null, 38, 39, 40]],
    // a gap of one page shows that page instead of `…`
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, null, 10]],
  ])('page %d of %d', (page, pages, expected) => {
    expect(pageLinks(page, pages)).toEqual(expected);
  });
});
