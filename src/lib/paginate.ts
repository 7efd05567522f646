/**
 * Long lists split into pages with stable addresses: the first page at the
 * list's own address, the next ones below it (`/nam/2021/`, `/nam/2021/trang-2/`).
 * An item keeps its page while the list's order and length do; pages stay
 * light at any size of the archive (a list of 10,000 links was 3–9 MB).
 */
export const PAGE_SIZE = 100;

export interface ListPage<Item> {
  /** 1-based. */
  page: number;
  pages: number;
  items: Item[];
  /** How many items the whole list has. */
  total: number;
  /** The 1-based position of this page's first item in the list (0 when the list is empty). */
  from: number;
}

/** The list's pages in order; an empty list has one empty page (its address still answers). */
export function paginate<Item>(items: readonly Item[], size = PAGE_SIZE): ListPage<Item>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    page: index + 1,
    pages,
    items: items.slice(index * size, (index + 1) * size),
    total: items.length,
    from: items.length === 0 ? 0 : index * size + 1,
  }));
}

// `trang-2` (trang: page)
const PAGE_SEGMENT = /^trang-(?<page>[1-9]\d*)$/u;

/** The route parameter of a page (`[...page]`): none for the first, `trang-N` after it. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `trang-${page}`;
}

/** The page a route parameter names: 1 without one, N for `trang-N`; undefined for anything else. */
export function pageOfParam(param: string | undefined): number | undefined {
  if (param === undefined || param === '') return 1;
  const page = Number(PAGE_SEGMENT.exec(param)?.groups?.['page']);
  return Number.isInteger(page) && page > 1 ? page : undefined;
}

/** The address of a list's page: `base` (ending in `/`) for the first, `base` + `trang-N/` after it. */
export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}trang-${page}/`;
}

/** The addresses of every page of a list of `total` items (for the sitemap). */
export function pageHrefs(base: string, total: number, size = PAGE_SIZE): string[] {
  return Array.from({ length: Math.max(1, Math.ceil(total / size)) }, (_, index) => pageHref(base, index + 1));
}

/**
 * Which pages a page links to: the first, the last, and two on each side of
 * the current one, with `null` where pages are left out (`1 … 4 5 [6] 7 8 … 40`).
 */
export function pageLinks(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, pages, ...[-2, -1, 0, 1, 2].map((step) => page + step)])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  // A gap of one page shows that page: `…` would take as much room.
  return shown.flatMap((n, index) => {
    const gap = index === 0 ? 0 : n - shown[index - 1]! - 1;
    return gap === 0 ? [n] : gap === 1 ? [n - 1, n] : [null, n];
  });
}
