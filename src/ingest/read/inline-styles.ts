import type { Element } from 'hast';

/**
 * Bold and italics of a saved page or a Word file, kept for the page as spans
 * of the normalised text, never as `**…**` in it: the header reader and the
 * chrome rules read plain lines (`QUYẾT ĐỊNH:`, not `**QUYẾT ĐỊNH:**`).
 *
 * While a line is gathered, the walk puts a marker character where a style
 * starts and ends (`STYLE_MARKERS`); `placeStyles` takes the markers out of the
 * finished line and gives where they stood.
 */
export type InlineStyle = 'strong' | 'emphasis';

/** A style over a span of a source's normalised text, as the page shows it. */
export interface StyledSpan {
  span: { start: number; end: number };
  style: InlineStyle;
}

/** A style over part of a line: offsets into the line's text. */
export interface StyleRange {
  start: number;
  end: number;
  style: InlineStyle;
}

// Noncharacters (U+FDD0…U+FDD3): Unicode keeps them out of interchanged text, so none stands in a page.
export const STYLE_MARKERS = {
  strong: { open: '\uFDD0', close: '\uFDD1' },
  emphasis: { open: '\uFDD2', close: '\uFDD3' },
} as const satisfies Record<InlineStyle, { open: string; close: string }>;
const ANY_MARKER = /[\uFDD0-\uFDD3]/u;
const MARKER_STYLE = new Map<string, { style: InlineStyle; open: boolean }>([
  ['\uFDD0', { style: 'strong', open: true }],
  ['\uFDD1', { style: 'strong', open: false }],
  ['\uFDD2', { style: 'emphasis', open: true }],
  ['\uFDD3', { style: 'emphasis', open: false }],
]);

// `<b>`, `<strong>`; `<i>`, `<em>` (mammoth writes `<strong>` and `<em>` for Word's bold and italics).
const STRONG_TAGS = new Set(['b', 'strong']);
const EMPHASIS_TAGS = new Set(['i', 'em']);
// `style="font-weight: bold"` · `font-weight:700` (Word's HTML and portal editors style spans so)
const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\s*(?:!important\s*)?(?:;|$)/iu;
// `style="font-style: italic"`
const ITALIC_STYLE = /(?:^|;)\s*font-style\s*:\s*(?:italic|oblique)\s*(?:!important\s*)?(?:;|$)/iu;
// `style="font-weight:normal"` · `font-weight: 400` (Google Docs' `<b style="font-weight:normal;">` around a whole paste)
const NORMAL_WEIGHT = /(?:^|;)\s*font-weight\s*:\s*(?:normal|lighter|[1-4]00)\s*(?:!important\s*)?(?:;|$)/iu;
// `style="font-style: normal"`
const NORMAL_STYLE = /(?:^|;)\s*font-style\s*:\s*normal\s*(?:!important\s*)?(?:;|$)/iu;
/** The marker characters, wherever a page has them in its own text (they would read as styles). */
export const MARKER_CHARACTERS = /[\uFDD0-\uFDD3]/gu;

/**
 * What an element does to bold and italics: turns one on (`<b>`, `<em>`, a bold style),
 * or off (`font-weight: normal` inside bold). Its inline style wins over its tag:
 * Google Docs wraps a whole paste in `<b style="font-weight:normal">`.
 */
export function inlineStyleOf(element: Element): Partial<Record<InlineStyle, boolean>> {
  const style = typeof element.properties['style'] === 'string' ? element.properties['style'] : '';
  const strong = BOLD_STYLE.test(style) ? true : NORMAL_WEIGHT.test(style) ? false : STRONG_TAGS.has(element.tagName) ? true : undefined;
  const emphasis = ITALIC_STYLE.test(style) ? true : NORMAL_STYLE.test(style) ? false : EMPHASIS_TAGS.has(element.tagName) ? true : undefined;
  return { ...(strong === undefined ? {} : { strong }), ...(emphasis === undefined ? {} : { emphasis }) };
}

export function hasStyleMarkers(value: string): boolean {
  return ANY_MARKER.test(value);
}

/**
 * The styles of a line, from its text with markers as the walk gathered it
 * (`marked`, already normalised as the line is) and the line as it is kept
 * (`line`). Where taking the markers out does not give the kept line exactly
 * (a marker between a letter and its tone mark, which NFC would have joined),
 * the line keeps no styles: a span that slices the wrong text is worse than a
 * missing bold.
 */
export function placeStyles(marked: string, line: string, preformatted: boolean): StyleRange[] {
  // Built as parts joined once: a string grown a character at a time and read back (`endsWith`) is flattened each time.
  const chars: string[] = [];
  let length = 0;
  let lastSpace = true;
  const events: { at: number; style: InlineStyle; open: boolean }[] = [];
  for (const char of marked) {
    const marker = MARKER_STYLE.get(char);
    if (marker) {
      events.push({ at: length, ...marker });
      continue;
    }
    // Outside preformatted text spaces were collapsed and trimmed around the markers: collapse again.
    if (!preformatted && /\s/u.test(char)) {
      if (!lastSpace) {
        chars.push(' ');
        length++;
        lastSpace = true;
      }
      continue;
    }
    chars.push(char);
    length += char.length;
    lastSpace = false;
  }
  let out = chars.join('');
  const lead = preformatted ? out.length - out.trimStart().length : 0;
  out = preformatted ? out.trim() : out.trimEnd();
  // A list item's line was given a `- ` the marked text lacks.
  const prefix = line.endsWith(out) ? line.length - out.length : -1;
  if (prefix < 0 || line.slice(0, prefix) !== (prefix === 0 ? '' : '- ')) return [];

  const ranges: StyleRange[] = [];
  const opened: Partial<Record<InlineStyle, number>> = {};
  const place = (at: number) => prefix + Math.min(Math.max(at - lead, 0), out.length);
  for (const event of events) {
    if (event.open) opened[event.style] ??= place(event.at);
    else {
      const start = opened[event.style];
      delete opened[event.style];
      if (start !== undefined) ranges.push(trimmed(line, start, place(event.at), event.style));
    }
  }
  return ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start || a.end - b.end);
}

// A style's range starts and ends on a letter: `<b>QUYẾT ĐỊNH </b>` is bold on `QUYẾT ĐỊNH`.
function trimmed(line: string, start: number, end: number, style: InlineStyle): StyleRange {
  let from = start;
  let to = end;
  while (from < to && line[from] === ' ') from++;
  while (to > from && line[to - 1] === ' ') to--;
  return { start: from, end: to, style };
}
