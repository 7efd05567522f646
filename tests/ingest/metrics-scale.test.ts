import { describe, expect, it } from 'vitest';
import { jurisdictionByName } from '../../src/ingest/extract/jurisdictions.ts';
import { extractMetrics, type MetricContext } from '../../src/ingest/extract/metrics.ts';
import { DIRECTORY } from '../helpers/fixtures.ts';

// A statistical annex copied from a PDF can put thousands of figures in one line and one
// sentence; figure extraction once took 2.5 s for 1,000 such figures and minutes for 20,000.

const HAI_PHONG = jurisdictionByName('Hải Phòng');
const AGENCIES = ['Sở Tư pháp', 'Sở Nội vụ', 'Sở Y tế', 'Văn phòng UBND thành phố'];

/** A generated annex: its text and how many figures of each kind it holds. */
interface Annex {
  text: string;
  kinds: Record<string, number>;
}

// 1250 → `1.250`, as the tables write thousands.
const thousands = (n: number) => String(n).replace(/\B(?=(?:\d{3})+(?!\d))/gu, '.');
// 96 → `96,00`, a decimal comma.
const decimal = (x: number) => x.toFixed(2).replace('.', ',');

// `STT | Đơn vị | … | 12 | Sở Tư pháp | 1.250 hồ sơ | 1.200 hồ sơ | 96,00 % | 13 | …` on one line:
// two counts and a percentage a row, and no full stop, so the whole table is one sentence.
function statisticsTable(figures: number): Annex {
  const rows = figures / 3;
  const cells = ['STT | Đơn vị | Số hồ sơ tiếp nhận | Đã giải quyết | Tỷ lệ |'];
  for (let row = 1; row <= rows; row++) {
    const received = 1000 + ((row * 37) % 9000);
    const resolved = received - ((row * 13) % 200);
    cells.push(`${row} | ${AGENCIES[row % AGENCIES.length]} | ${thousands(received)} hồ sơ | ${thousands(resolved)} hồ sơ | ${decimal((resolved / received) * 100)} % |`);
  }
  return { text: cells.join(' '), kinds: { count: 2 * rows, percent: rows } };
}

// `Năm 2020, Sở Tư pháp hoàn thành 119/133 nhiệm vụ = 89,47%, Sở Nội vụ hoàn thành …, ….`: one sentence.
function ratioSentence(figures: number): Annex {
  const parts: string[] = [];
  for (let i = 1; i <= figures; i++) {
    const of = 20 + (i % 180);
    const value = of - (i % 7);
    parts.push(`${AGENCIES[i % AGENCIES.length]} hoàn thành ${value}/${of} nhiệm vụ = ${decimal((value / of) * 100)}%`);
  }
  return { text: `Năm 2020, ${parts.join(', ')}.`, kinds: { ratio: figures } };
}

// One paragraph block over the whole text, as the segmenter gives a body paragraph.
const contextOf = (text: string): MetricContext => ({
  text,
  blocks: [{ type: 'paragraph', refs: [{ text, line: 1, span: { start: 0, end: text.length } }] }],
  agencyMatches: DIRECTORY.find(text, HAI_PHONG),
  reportingYear: 2020,
  subject: null,
});

const tally = (kinds: readonly string[]) => kinds.reduce<Record<string, number>>((counts, kind) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }), {});

// The fastest of a few runs: a garbage collection or a slow neighbour on a CI machine
// slows one run, not all of them.
function fastestRun(context: MetricContext): number {
  let fastest = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    extractMetrics(context);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const SMALL = 2_100;
const LARGE = 21_000;
// Ten times the figures should take about ten times as long; a quadratic step makes it a hundred.
const MAX_GROWTH = 35;
// 21,000 figures take well under a second; the quadratic code took minutes.
const MAX_LARGE_MS = 8_000;

describe.each([
  // A flattened statistics table (`STT | Đơn vị | Số hồ sơ tiếp nhận | Đã giải quyết | Tỷ lệ`): counts and percentages.
  ['a statistics table on one line', statisticsTable],
  // One sentence of `x/y nhiệm vụ = z%`, an agency before each, a comma between them.
  ['one sentence of ratios', ratioSentence],
])('figures of a long generated annex: %s', (_name, generate) => {
  it('finds every figure the annex holds', () => {
    const annex = generate(SMALL);
    const metrics = extractMetrics(contextOf(annex.text));
    expect(tally(metrics.map((metric) => metric.kind))).toEqual(annex.kinds);
    for (const metric of metrics) expect(annex.text.slice(metric.span.start, metric.span.end)).toBe(metric.text);
  });

  it('takes time near-linear in the number of figures', () => {
    const small = contextOf(generate(SMALL).text);
    const large = contextOf(generate(LARGE).text);
    // Compiled before it is timed.
    extractMetrics(contextOf(generate(300).text));
    const smallMs = fastestRun(small);
    const largeMs = fastestRun(large);
    expect(largeMs).toBeLessThan(MAX_LARGE_MS);
    // A floor of 1 ms keeps a very fast small run from making the ratio noise.
    expect(largeMs / Math.max(smallMs, 1)).toBeLessThan(MAX_GROWTH);
  });
});
