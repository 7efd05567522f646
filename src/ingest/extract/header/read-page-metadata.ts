import type { Sidecar } from '../../../schemas/index.ts';
import type { PageMetadata as SavedPageFacts } from '../../read/read-html.ts';
import type { CleanLine } from '../../types.ts';
import type { HeaderFields, Reading } from './reading.ts';

// Tác giả bài viết: Thu Hiền
const AUTHOR = /^(?:Tác giả bài viết|Tác giả|Người viết)\s*:\s*(?<author>\S.*?)\s*$/iu;
// Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng
export const PORTAL = /Cổng\s+(?:tin tức|thông tin điện tử|TTĐT|thông tin)\s+(?:(?:thành phố|tỉnh|TP\.?)\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*/iu;

export interface PageMetadata {
  author: string | null;
  portal: string | null;
}

/** The author and portal of a news item, from the lines kept as page chrome; the author else from a saved page's metadata, the portal from the sidecar. */
export function readPageMetadata(chrome: readonly CleanLine[], sidecar: Sidecar, page: SavedPageFacts = {}): Reading<PageMetadata> {
  let author: string | null = null;
  let portal: string | null = null;
  // Whichever line comes first gives its field first: the record keeps the order of the page.
  const fields: HeaderFields = {};
  for (const line of chrome) {
    const text = line.text.trim();
    const byline = AUTHOR.exec(text);
    if (byline?.groups && author === null) {
      author = byline.groups['author']!;
      fields.author = { from: 'chrome', text, line: line.no };
    }
    const site = PORTAL.exec(text);
    if (site && portal === null) {
      portal = site[0];
      fields.portal = { from: 'chrome', text, line: line.no };
    }
  }
  if (author === null && page.author) {
    author = page.author;
    fields.author = { from: 'metadata', text: page.author, note: '<meta name="author"> của trang' };
  }
  if (portal === null && sidecar.portal) {
    portal = sidecar.portal;
    fields.portal = { from: 'sidecar' };
  }
  return { value: { author, portal }, fields, diagnostics: [] };
}
