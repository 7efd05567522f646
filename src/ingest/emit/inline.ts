import type { PhrasingContent } from 'mdast';
import type { StyledSpan } from '../read/inline-styles.ts';

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
 *
 * `styles` are the bold and italics a web page or a Word file kept beside its
 * text (the record's `emphasis`); they apply to the text inside and outside
 * marks alike, so a link half in bold stays a link.
 */
export function toPhrasing(lines: readonly (string | InlinePiece)[], separator: 'break' | 'space', marks: readonly Mark[] = [], styles: readonly StyledSpan[] | StyleIndex = []): PhrasingContent[] {
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
  const styled = toJoinedStyles(pieces, 'reach' in styles ? styles : styleIndex(styles));
  // Leaves come in text order: the ranges ending before one are passed once, not looked at again.
  let passed = 0;
  const leaf = (from: number, to: number) => {
    while (passed < styled.length && styled[passed]!.to <= from) passed++;
    const overlapping: StyleRange[] = [];
    for (let i = passed; i < styled.length && styled[i]!.from < to; i++) if (styled[i]!.to > from) overlapping.push(styled[i]!);
    return withStyles(text, from, to, overlapping, separator);
  };
  return runs.flatMap((run) => {
    const inside = ranges.filter((range) => range.from >= run.from && range.to <= run.to);
    const children: PhrasingContent[] = [];
    let at = run.from;
    for (const range of inside) {
      children.push(...leaf(at, range.from));
      children.push(range.wrap(leaf(range.from, range.to)));
      at = range.to;
    }
    children.push(...leaf(at, run.to));
    return run.style === 'plain' ? children : [{ type: run.style, children } as PhrasingContent];
  });
}

interface StyleRange {
  from: number;
  to: number;
  style: StyledSpan['style'];
}

/** A source's styles in text order, with the furthest end reached so far at each (to find those that reach a place). */
export interface StyleIndex {
  styles: readonly StyledSpan[];
  reach: number[];
}

/** Built once per page body: looking styles up per block stays logarithmic. */
export function styleIndex(styles: readonly StyledSpan[]): StyleIndex {
  const sorted = [...styles].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let furthest = -1;
  return { styles: sorted, reach: sorted.map((style) => (furthest = Math.max(furthest, style.span.end))) };
}

/** Styles as ranges of the joined text, cut to each piece (a piece may start after its line does: a list marker left out), in order of `from`. */
function toJoinedStyles(pieces: readonly InlinePiece[], index: StyleIndex): StyleRange[] {
  const { styles, reach } = index;
  if (styles.length === 0) return [];
  const ranges: StyleRange[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (piece.start !== undefined) {
      const start = piece.start;
      const end = start + piece.text.length;
      for (let i = firstReaching(reach, start); i < styles.length && styles[i]!.span.start < end; i++) {
        const { span, style } = styles[i]!;
        if (span.end <= start) continue;
        ranges.push({ from: offset + Math.max(span.start, start) - start, to: offset + Math.min(span.end, end) - start, style });
      }
    }
    offset += piece.text.length + 1;
  }
  return ranges.sort((a, b) => a.from - b.from);
}

/** The first style whose reach passes `at`: every style before it ends at or before `at`. */
function firstReaching(reach: readonly number[], at: number): number {
  let low = 0;
  let high = reach.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reach[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The text from `from` to `to` with its bold and italics: a run of bold is one
 * `strong`, italics inside it are `emphasis` within it (`**a _b_ c**`), so the
 * written MDX never puts two `**` side by side.
 */
function withStyles(text: string, from: number, to: number, styles: readonly StyleRange[], separator: 'break' | 'space'): PhrasingContent[] {
  if (styles.length === 0) return plain(text.slice(from, to), separator);
  const cuts = new Set([from, to]);
  for (const range of styles) {
    if (range.from > from && range.from < to) cuts.add(range.from);
    if (range.to > from && range.to < to) cuts.add(range.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const covered = (style: StyleRange['style'], start: number, end: number) => styles.some((range) => range.style === style && range.from <= start && range.to >= end);
  const parts = points.slice(0, -1).map((start, i) => ({ start, end: points[i + 1]!, strong: covered('strong', start, points[i + 1]!), emphasis: covered('emphasis', start, points[i + 1]!) }));
  // Side-by-side parts of one style as one element: first bold, then italics within.
  const group = <Part extends { start: number; end: number }>(items: readonly Part[], key: (part: Part) => boolean) =>
    items.reduce<{ on: boolean; items: Part[] }[]>((groups, part) => {
      const last = groups.at(-1);
      if (last && last.on === key(part)) last.items.push(part);
      else groups.push({ on: key(part), items: [part] });
      return groups;
    }, []);
  return group(parts, (part) => part.strong).flatMap((bold) => {
    const inner = group(bold.items, (part) => part.emphasis).flatMap((italic) => {
      const children = plain(text.slice(italic.items[0]!.start, italic.items.at(-1)!.end), separator);
      return italic.on && children.length > 0 ? [{ type: 'emphasis', children } as PhrasingContent] : children;
    });
    return bold.on && inner.length > 0 ? [{ type: 'strong', children: inner } as PhrasingContent] : inner;
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
