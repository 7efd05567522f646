import type { Span } from '../../schemas/index.ts';
import { PUBLICATION_TIME_LINE } from '../patterns/dates.ts';
import type { CleanLine, Line } from '../types.ts';
import { CHROME_RULES, isImageFileList, looksLikeLink } from './chrome-patterns.ts';

// Print Thứ Năm, 17/12/2020 16:30 Gốc: a print link and an "original" link
// around the publication time, all on one line.
const PRINT_AROUND_TIME = /^(?<print>Print|In bài(?: viết)?|Bản in)\s+(?<time>.+?)(?:\s+(?<original>Gốc|Bản gốc))?$/iu;

/**
 * Tells page chrome apart from content, line by line. Chrome is not dropped:
 * it stays on the line with its reason, so the record can list every removed line.
 */
export function separatePageChrome(lines: readonly Line[]): CleanLine[] {
  const result: CleanLine[] = [];
  let inLinkList = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    const lead = line.text.length - line.text.trimStart().length;
    const trimmedSpan: Span = { start: line.start + lead, end: line.start + lead + trimmed.length };
    if (trimmed === '') {
      inLinkList = false;
      result.push({ ...line, role: 'blank', fragments: [], content: '', contentSpan: trimmedSpan });
      continue;
    }
    const rule = CHROME_RULES.find((candidate) => candidate.pattern.test(trimmed));
    const reason: string | undefined = rule?.reason ?? (isImageFileList(trimmed) ? 'image-list' : inLinkList && looksLikeLink(trimmed) ? 'link-list' : undefined);
    if (reason) {
      inLinkList = rule?.opensLinkList === true || reason === 'link-list';
      result.push({ ...line, role: 'chrome', reason, fragments: [], content: '', contentSpan: trimmedSpan });
      continue;
    }
    inLinkList = false;
    result.push(cutPrintFragments(line, trimmed, trimmedSpan));
  }
  return result;
}

function cutPrintFragments(line: Line, trimmed: string, span: Span): CleanLine {
  const match = PRINT_AROUND_TIME.exec(trimmed);
  const time = match?.groups?.['time'];
  if (!match?.groups || time === undefined || !PUBLICATION_TIME_LINE.test(time)) {
    return { ...line, role: 'content', fragments: [], content: trimmed, contentSpan: span };
  }
  const print = match.groups['print']!;
  const original = match.groups['original'];
  const timeStart = span.start + trimmed.indexOf(time, print.length);
  const fragments: CleanLine['fragments'] = [{ text: print, reason: 'print-link', span: { start: span.start, end: span.start + print.length } }];
  if (original !== undefined) {
    fragments.push({ text: original, reason: 'original-link', span: { start: span.end - original.length, end: span.end } });
  }
  return { ...line, role: 'content', fragments, content: time, contentSpan: { start: timeStart, end: timeStart + time.length } };
}
