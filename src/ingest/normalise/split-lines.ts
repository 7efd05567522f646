import type { Line } from '../types.ts';

/** The normalised text as numbered lines with their offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let no = 1;
  for (const part of text.split('\n')) {
    lines.push({ no, start, end: start + part.length, text: part });
    start += part.length + 1;
    no++;
  }
  return lines;
}
