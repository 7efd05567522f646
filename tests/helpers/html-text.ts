import { decodeHTML } from 'entities';

/** The text a reader sees in a page: scripts, styles and tags gone, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  const body = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, ' ').replace(/<!--[\s\S]*?-->/gu, ' ');
  return collapse(decodeHTML(body.replace(/<[^>]*>/gu, '')));
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

// Block elements end a line (as in tests/helpers/render-mdx.ts), so words of adjacent paragraphs stay apart.
const BLOCK_END = /<\/(?:p|li|h[1-6]|section|figure|figcaption|ul|ol)>|<br\s*\/?>/giu;

/** The text of a rendered body, a line per block, for comparing with what MDX renders. */
export function blockText(html: string): string {
  return decodeHTML(html.replace(BLOCK_END, '\n').replace(/<[^>]*>/gu, ''));
}
