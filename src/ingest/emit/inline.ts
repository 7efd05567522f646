import type { PhrasingContent } from 'mdast';

// **trước ngày 25/3/2020** · *đều đứng thứ 5/20 sở, ngành*: emphasis as the source wrote it.
const EMPHASIS = /\*\*(?<strong>[^*\n](?:[^*]*?[^*\s])?)\*\*|(?<![*\p{L}\p{N}])\*(?<em>[^*\s](?:[^*]*?[^*\s])?)\*(?![*\p{L}\p{N}])/dgu;

/** A line of a block, and where it starts in the normalised text (to place marks). */
export interface InlinePiece {
  text: string;
  start?: number;
}

/** A span of the normalised text to wrap in an element, such as a reference's link. */
export interface Mark {
  start: number;
  end: number;
  wrap: (children: PhrasingContent[]) => PhrasingContent;
}

interface Run {
  from: number;
  to: number;
  style: 'plain' | 'strong' | 'emphasis';
}

/**
 * Phrasing content for one block: its lines joined by hard breaks (or spaces),
 * bold and italics as written, marks wrapped, everything else literal text
 * (remark-stringify escapes it). Emphasis may span lines, as in a signing block
 * typed `**TL. ỦY BAN NHÂN DÂN` / `CHÁNH VĂN PHÒNG**`. A mark that crosses a line
 * or the edge of an emphasis is left out: its text still shows, unlinked.
 */
export function toPhrasing(lines: readonly (string | InlinePiece)[], separator: 'break' | 'space', marks: readonly Mark[] = []): PhrasingContent[] {
  const pieces = lines.map((line) => (typeof line === 'string' ? { text: line } : line));
  const text = pieces.map((piece) => piece.text).join('\n');
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    if (match.index > last) runs.push({ from: last, to: match.index, style: 'plain' });
    const [from, to] = match.indices!.groups!['strong'] ?? match.indices!.groups!['em']!;
    runs.push({ from, to, style: match.groups!['strong'] !== undefined ? 'strong' : 'emphasis' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ from: last, to: text.length, style: 'plain' });

  const ranges = toJoinedRanges(pieces, marks);
  return runs.flatMap((run) => {
    const inside = ranges.filter((range) => range.from >= run.from && range.to <= run.to);
    const children: PhrasingContent[] = [];
    let at = run.from;
    for (const range of inside) {
      children.push(...plain(text.slice(at, range.from), separator));
      children.push(range.wrap(plain(text.slice(range.from, range.to), separator)));
      at = range.to;
    }
    children.push(...plain(text.slice(at, run.to), separator));
    return run.style === 'plain' ? children : [{ type: run.style, children } as PhrasingContent];
  });
}

/** Marks as ranges of the joined text; those crossing a line are dropped. */
function toJoinedRanges(pieces: readonly InlinePiece[], marks: readonly Mark[]): { from: number; to: number; wrap: Mark['wrap'] }[] {
  const ranges: { from: number; to: number; wrap: Mark['wrap'] }[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (piece.start !== undefined) {
      const start = piece.start;
      for (const mark of marks) {
        if (mark.start >= start && mark.end <= start + piece.text.length) ranges.push({ from: offset + mark.start - start, to: offset + mark.end - start, wrap: mark.wrap });
      }
    }
    offset += piece.text.length + 1;
  }
  return ranges.sort((a, b) => a.from - b.from).filter((range, i, all) => i === 0 || range.from >= all[i - 1]!.to);
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
