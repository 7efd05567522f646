import type { CleanLine } from '../types.ts';

/**
 * Lines a format's reader knows to be page chrome from the file's structure (a
 * saved page's `<nav>`, `<aside>`, `<footer>`, forms, what lies outside its
 * article) become chrome with that reason, as lines the text rules took for
 * chrome are: the record lists them, the page leaves them out.
 */
export function markFormatChrome(lines: readonly CleanLine[], chrome: readonly { line: number; reason: string }[]): CleanLine[] {
  if (chrome.length === 0) return [...lines];
  const reasons = new Map(chrome.map((item) => [item.line, item.reason]));
  return lines.map((line) => {
    const reason = reasons.get(line.no);
    if (reason === undefined || line.role !== 'content') return line;
    const lead = line.text.length - line.text.trimStart().length;
    const start = line.start + lead;
    return { ...line, role: 'chrome', reason, fragments: [], content: '', contentSpan: { start, end: start + line.text.trim().length } };
  });
}
