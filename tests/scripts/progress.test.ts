import { describe, expect, it } from 'vitest';
import { formatProgress, Progress } from '../../src/lib/progress.ts';
import { summariseProblems } from '../../scripts/lib/summarise-problems.ts';
import { pagesWritten } from '../../scripts/lib/run-step.ts';
import { runIngest } from '../../scripts/lib/run-ingest.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR } from '../helpers/fixtures.ts';

describe('formatProgress', () => {
  it.each([
    // a tenth of the way at 620 a second: the rest at that rate
    ['ingest: reading sources', 10_000, 100_000, 16_129, 'ingest: reading sources 10,000/100,000 (10%) · 620/s · about 2 min 25 s left'],
    // nothing done yet: no rate, no time left
    ['astro: rendering documents', 0, 500, 1_000, 'astro: rendering documents 0/500 (0%)'],
    // all done: no time left
    ['ingest: writing MDX files', 500, 500, 2_000, 'ingest: writing MDX files 500/500 (100%) · 250/s'],
    // no total known (pages as Astro writes them): the count and the rate
    ['astro: pages', 3_000, undefined, 10_000, 'astro: pages 3,000 · 300/s'],
    // hours left
    ['pagefind: indexing', 1_000, 1_000_000, 10_000, 'pagefind: indexing 1,000/1,000,000 (0%) · 100/s · about 2 h 46 min left'],
  ])('%s %d/%s after %d ms', (label, done, total, elapsed, expected) => {
    expect(formatProgress(label, done, total, elapsed)).toBe(expected);
  });
});

/** A Progress on a fake clock, its output collected. */
function fake(tty: boolean) {
  let now = 0;
  const output: string[] = [];
  const progress = new Progress('ingest: reading sources', 100, { tty, now: () => now, write: (text) => output.push(text) });
  return { progress, output, tick: (ms: number) => (now += ms) };
}

describe('Progress', () => {
  it('in a log: a line every 5 s, and a last line with the total time', () => {
    const { progress, output, tick } = fake(false);
    for (let i = 0; i < 100; i++) {
      tick(120);
      progress.advance();
    }
    progress.finish();
    // 12 s in all: lines at 5 s and 10 s, then the last
    expect(output).toEqual([
      'ingest: reading sources 42/100 (42%) · 8/s · about 7.0 s left\n',
      'ingest: reading sources 84/100 (84%) · 8/s · about 1.9 s left\n',
      'ingest: reading sources 100 done in 12 s (8/s)\n',
    ]);
  });

  it('on a terminal: one line redrawn in place, ended by the last', () => {
    const { progress, output, tick } = fake(true);
    for (let i = 0; i < 10; i++) {
      tick(100);
      progress.advance(10);
    }
    progress.finish();
    expect(output.every((text) => text.startsWith('\r'))).toBe(true);
    expect(output.filter((text) => text.endsWith('\n'))).toEqual(['\ringest: reading sources 100 done in 1.0 s (100/s)\u001b[K\n']);
    expect(output.length).toBe(6);
  });

  it('says nothing for a stage shorter than its first line', () => {
    const { progress, output, tick } = fake(false);
    tick(1_000);
    progress.advance(100);
    progress.finish();
    expect(output).toEqual([]);
  });
});

describe('npm run ingest in a log (not a terminal)', () => {
  it('writes lines that say how far each stage is', async () => {
    const lines: string[] = [];
    await runIngest({ sources: SEEDS_DIR, generated: mkdtempSync(join(tmpdir(), 'progress-')) }, () => undefined, { progress: { tty: false, intervalMs: 0, write: (text) => lines.push(text) } });
    expect(lines.some((line) => /^ingest: reading sources 5\/5 \(100%\)(?: · \d+\/s)?\n$/u.test(line))).toBe(true);
    expect(lines.some((line) => /^ingest: reading sources 5 done in [\d.]+ s \(\d+\/s\)\n$/u.test(line))).toBe(true);
    expect(lines.some((line) => /^ingest: writing MDX files 5 checked, 5 written in /u.test(line))).toBe(true);
  });
});

describe('summariseProblems', () => {
  const problem = (severity: string, code: string, file: string) => ({ severity, code, line: `${severity.padEnd(7)} content/sources/${file}: ${code}: …` });
  const many = [
    ...Array.from({ length: 30 }, (_, i) => problem('warning', 'jurisdiction-unknown', `tin-${i}.txt`)),
    ...Array.from({ length: 12 }, (_, i) => problem('warning', 'id-collision', `qd-${i}.txt`)),
    problem('error', 'binary-unreadable', 'hong.pdf'),
  ];

  it('prints every problem while there are few', () => {
    expect(summariseProblems(many.slice(0, 3), 40, 'the report')).toEqual(many.slice(0, 3).map((item) => item.line));
  });

  it('past the limit, one line per kind with its count and first example, errors first, then the most frequent', () => {
    expect(summariseProblems(many, 40, 'generated/ingest-report.json')).toEqual([
      'ingest: 43 problems, by kind (each in full in generated/ingest-report.json):',
      'error   binary-unreadable ×1, first: content/sources/hong.pdf: binary-unreadable: …',
      'warning jurisdiction-unknown ×30, first: content/sources/tin-0.txt: jurisdiction-unknown: …',
      'warning id-collision ×12, first: content/sources/qd-0.txt: id-collision: …',
    ]);
  });
});

describe("Astro's page lines become a count", () => {
  it.each([
    // a page with its time
    ['08:59:30   ├─ /can-cu/61-2018-nd-cp/index.html (+10ms) ', 1],
    // the last page of a route
    ['08:59:30   └─ /van-ban/2018-2862-qd-ubnd-son-la/index.html (+4ms)', 1],
    // pages that finished together, on one line
    ['07:59:30   ├─ /can-cu/a/feed.xml07:59:30   ├─ /can-cu/b/feed.xml07:59:30   ├─ /can-cu/c/feed.xml (+12ms) ', 3],
    // the time of a page whose line was cut
    [' (+8ms) ', 0],
    // look-alikes that pass through: Astro's own messages, a path in a warning
    ['08:05:12 [build] 39 page(s) built in 2.24s', undefined],
    [' generating static routes ', undefined],
    ['08:05:11 [build] directory: /work/main/.astro/builds/949f7c5ef3b2/dist/', undefined],
  ])('%j', (line, expected) => {
    expect(pagesWritten(line)).toBe(expected);
  });
});
