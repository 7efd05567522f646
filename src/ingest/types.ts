import type { Span } from '../schemas/index.ts';

/** One line of the normalised text. Offsets are into that text; `text` has no line end. */
export interface Line {
  /** 1-based line number. */
  no: number;
  start: number;
  end: number;
  text: string;
}

export type LineRole = 'blank' | 'content' | 'chrome' | 'caption';

/** A line after page chrome has been told apart from content. */
export interface CleanLine extends Line {
  role: LineRole;
  /** Why the line (or a fragment of it) is chrome. */
  reason?: string;
  /** Chrome cut out of a content line, such as `Print` before a publication time. */
  fragments: { text: string; reason: string; span: Span }[];
  /** What remains for the page: trimmed, fragments removed. Empty for blank and chrome lines. */
  content: string;
  /** Span of `content` in the normalised text (content is contiguous). */
  contentSpan: Span;
}
