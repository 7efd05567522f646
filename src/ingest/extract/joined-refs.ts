import type { Span } from '../../schemas/index.ts';
import type { TextRef } from '../segment/segments.ts';

/**
 * A header part a copy broke over several lines (`Sơn` / `La, ngày 16 tháng 11` / `năm 2018`),
 * read as one text with single spaces, and mapped back: `spanOf` gives the span in the
 * normalised text of a stretch of the joined text.
 */
export interface JoinedRefs {
  text: string;
  spanOf(offset: number, length: number): Span;
}

export function joinRefs(refs: readonly TextRef[]): JoinedRefs {
  const starts: number[] = [];
  let text = '';
  for (const ref of refs) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += ref.text;
  }
  const absolute = (offset: number, end: boolean): number => {
    let index = starts.length - 1;
    while (index > 0 && (end ? starts[index]! >= offset : starts[index]! > offset)) index--;
    const ref = refs[index]!;
    return ref.span.start + Math.min(offset - starts[index]!, ref.text.length);
  };
  return {
    text,
    spanOf: (offset, length) => ({ start: absolute(offset, false), end: absolute(offset + length, true) }),
  };
}
