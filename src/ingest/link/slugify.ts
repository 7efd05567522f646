/** ASCII slug for URLs: `Sở Ngoại vụ` → `so-ngoai-vu`; `đ` is its own letter, not a mark, so it is mapped by hand. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** A slug cut at a word boundary to at most `max` characters. */
export function slugifyWords(text: string, max: number): string {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/u, '');
}
