import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visibleText } from '../../src/ingest/emit/inline.ts';
import type { IngestedSource } from '../../src/ingest/ingest-source.ts';
import type { Segments, TextRef } from '../../src/ingest/segment/segments.ts';
import { collapse, htmlText } from './html-text.ts';

/**
 * The lines of a source that are neither in its built page nor in the record of
 * removed page chrome: what a reader would have lost. Empty when nothing is.
 */
export function missingLines(source: IngestedSource, dist: string): string[] {
  const path = join(dist, source.record.kind === 'document' ? 'van-ban' : 'tin-tuc', source.record.id, 'index.html');
  if (!existsSync(path)) return [`no page at ${path}`];
  // Emphasis markers may open on one line and close on the next (a signing block
  // typed `**TL. ỦY BAN NHÂN DÂN` / `CHÁNH VĂN PHÒNG**`), so asterisks are compared out on both sides.
  const page = htmlText(readFileSync(path, 'utf8')).replace(/\*/gu, '');
  const removedWhole = new Set(source.record.removed.filter((item) => item.text === source.lines[item.line - 1]!.text.trim()).map((item) => item.line));
  const missing: string[] = [];
  const placed = piecesByLine(source.segments);
  for (const line of source.lines) {
    if (line.role === 'blank') continue;
    if (line.role === 'chrome') {
      if (!removedWhole.has(line.no)) missing.push(`line ${line.no} is chrome but not in the record: ${line.text}`);
      continue;
    }
    for (const fragment of line.fragments) {
      if (!source.record.removed.some((item) => item.line === line.no && item.text === fragment.text)) missing.push(`line ${line.no}: fragment "${fragment.text}" not recorded`);
    }
    // The line as the segments placed it: whole, or cut where a PDF copy put two
    // header columns on one line. The pieces must cover the line and each be in the page.
    const pieces = placed.get(line.no) ?? [];
    // Table borders cut from the line are in the record, not the page.
    const cutAway = source.segments.cutAway.filter((fragment) => fragment.line === line.no);
    for (const fragment of cutAway) {
      if (!source.record.removed.some((item) => item.line === line.no && item.text === fragment.text)) missing.push(`line ${line.no}: cut "${fragment.text}" not recorded`);
    }
    const covered = [...pieces.map((piece) => piece.text), ...cutAway.map((fragment) => fragment.text)].join(' ');
    if (collapse(covered).replace(/\s/gu, '').length !== collapse(line.content).replace(/\s/gu, '').length) {
      missing.push(`line ${line.no} is not wholly placed in the page's parts: ${line.content}`);
    }
    for (const piece of pieces) {
      // What a reader sees of it: a list marker is shown as a bullet.
      const seen = collapse(visibleText([piece.text.replace(/^[-–•+]\s+/u, '')])).replace(/\*/gu, '');
      if (!page.includes(seen)) missing.push(`line ${line.no} not in the page: ${seen}`);
    }
  }
  return missing;
}

/** Every piece of text the segments hold, by line. */
function piecesByLine(segments: Segments): Map<number, TextRef[]> {
  const header: (TextRef | undefined)[] =
    segments.kind === 'document'
      ? [...segments.document.issuerLines, ...segments.document.motto, ...segments.document.number, ...segments.document.placeDate, segments.document.type, ...segments.document.subject]
      : [segments.news.headline, segments.news.time, segments.news.dateline];
  const refs: (TextRef | undefined)[] = [
    ...header,
    ...[...segments.body, ...(segments.closing ? [segments.closing] : []), ...(segments.appendix ?? [])].flatMap((block) => block.refs),
    segments.recipients?.heading,
    ...(segments.recipients?.items ?? []),
    ...segments.signature,
  ];
  const byLine = new Map<number, TextRef[]>();
  for (const ref of refs) if (ref) byLine.set(ref.line, [...(byLine.get(ref.line) ?? []), ref]);
  return byLine;
}
