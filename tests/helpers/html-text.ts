import { decodeHTML } from 'entities';

/** The text a reader sees in a page: scripts, styles and tags gone, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  const body = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, ' ').replace(/<!--[\s\S]*?-->/gu, ' ');
  return collapse(decodeHTML(body.replace(/<[^>]*>/gu, '')));
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
