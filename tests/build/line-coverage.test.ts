import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/ingest/emit/inline.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { DIST, SEEDS_DIR, sourcesIn } from '../helpers/fixtures.ts';
import { collapse, htmlText } from '../helpers/html-text.ts';

// Every line of every source ends up either in its page or in the record of
// what was removed as page chrome: nothing is lost.
const corpus = ingestCorpus(sourcesIn(SEEDS_DIR));

function pageOf(id: string, kind: string): string {
  const path = join(DIST, kind === 'document' ? 'van-ban' : 'tin-tuc', id, 'index.html');
  expect(existsSync(path), `${path} exists`).toBe(true);
  return htmlText(readFileSync(path, 'utf8')).replace(/\*/gu, '');
}

describe('every line of every source is in its page or in the removed-chrome record', () => {
  it('the build has a page for every source', () => {
    const pages = ['van-ban', 'tin-tuc'].flatMap((folder) => (existsSync(join(DIST, folder)) ? readdirSync(join(DIST, folder)) : []));
    expect(pages.sort()).toEqual(expect.arrayContaining(corpus.sources.map((source) => source.record.id).sort()));
    expect(corpus.sources).toHaveLength(readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).length);
  });

  describe.each(corpus.sources.map((source) => [source.file, source] as const))('%s', (_file, source) => {
    it('each line', () => {
      const page = pageOf(source.record.id, source.record.kind);
      const removedLines = new Set(source.record.removed.filter((item) => item.text === source.lines[item.line - 1]!.text.trim()).map((item) => item.line));
      const missing: string[] = [];
      for (const line of source.lines) {
        if (line.role === 'blank') continue;
        if (line.role === 'chrome') {
          if (!removedLines.has(line.no)) missing.push(`line ${line.no} is chrome but not in the record: ${line.text}`);
          continue;
        }
        for (const fragment of line.fragments) {
          if (!source.record.removed.some((item) => item.line === line.no && item.text === fragment.text)) missing.push(`line ${line.no}: fragment "${fragment.text}" not recorded`);
        }
        // What a reader sees of the line: a list marker shown as a bullet, emphasis
        // markers gone (they may open on one line and close on the next, as in a
        // signing block, so asterisks are compared out on both sides).
        const seen = collapse(visibleText([line.content.replace(/^[-–•+]\s+/u, '')])).replace(/\*/gu, '');
        if (!page.includes(seen)) missing.push(`line ${line.no} not in the page: ${seen}`);
      }
      expect(missing).toEqual([]);
    });
  });
});
