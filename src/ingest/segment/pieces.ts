import type { CleanLine } from '../types.ts';
import type { TextRef } from './segments.ts';

/** A content line with how many blank or chrome lines stood before it. */
export interface Piece extends TextRef {
  gapBefore: number;
}

/** The content lines of a source, each with the gap before it. */
export function toPieces(lines: readonly CleanLine[]): Piece[] {
  const pieces: Piece[] = [];
  let gap = 0;
  for (const line of lines) {
    if (line.role !== 'content') {
      gap++;
      continue;
    }
    pieces.push({ line: line.no, text: line.content, span: line.contentSpan, gapBefore: gap });
    gap = 0;
  }
  return pieces;
}

/** Part of a piece, trimmed, with its span. */
export function cut(piece: Piece, from: number, to: number, gapBefore = from === 0 ? piece.gapBefore : 0): Piece {
  const raw = piece.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = piece.span.start + from + lead;
  return { line: piece.line, text, span: { start, end: start + text.length }, gapBefore };
}
