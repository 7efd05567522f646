import type { PhrasingContent } from 'mdast';

// **trước ngày 25/3/2020** · *đều đứng thứ 5/20 sở, ngành*: emphasis as the source wrote it.
const EMPHASIS = /\*\*(?<strong>[^*\n](?:[^*]*?[^*\s])?)\*\*|(?<![*\p{L}\p{N}])\*(?<em>[^*\s](?:[^*]*?[^*\s])?)\*(?![*\p{L}\p{N}])/gu;

/**
 * Phrasing content for one block: its lines joined by hard breaks, bold and
 * italics as written, everything else literal text (remark-stringify escapes it).
 * Emphasis may span lines, as in a signing block typed `**TL. ỦY BAN NHÂN DÂN` /
 * `CHÁNH VĂN PHÒNG**`.
 */
export function toPhrasing(lines: readonly string[], separator: 'break' | 'space'): PhrasingContent[] {
  const text = lines.join('\n');
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    nodes.push(...plain(text.slice(last, match.index), separator));
    const strong = match.groups?.['strong'];
    if (strong !== undefined) nodes.push({ type: 'strong', children: plain(strong, separator) });
    else nodes.push({ type: 'emphasis', children: plain(match.groups!['em']!, separator) });
    last = match.index + match[0].length;
  }
  nodes.push(...plain(text.slice(last), separator));
  return nodes;
}

function plain(text: string, separator: 'break' | 'space'): PhrasingContent[] {
  if (text === '') return [];
  if (separator === 'space') return [{ type: 'text', value: text.replace(/\n/gu, ' ') }];
  const nodes: PhrasingContent[] = [];
  text.split('\n').forEach((part, i) => {
    if (i > 0) nodes.push({ type: 'break' });
    if (part !== '') nodes.push({ type: 'text', value: part });
  });
  return nodes;
}

/** The text a reader sees: emphasis markers gone. */
export function visibleText(lines: readonly string[]): string {
  return toPhrasing(lines, 'space').map(textOf).join('');
}

function textOf(node: PhrasingContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as PhrasingContent[]).map(textOf).join('');
  return '';
}
