import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest-source.ts';
import { DIRECTORY } from '../helpers/fixtures.ts';

// Copies put whole tables, or a run of padding, on one line. Each row is a line shape that once
// made a pattern backtrack quadratically (or worse); at 60,000 characters each must still be read
// in a small fraction of the bound, which is far above the cost of a linear read.
const N = 60_000;
const BOUND_MS = 4_000;

describe('one very long line is read in near-linear time', () => {
  it.each([
    // a date line padded with blanks and not closed
    ['date line padded with blanks', `Hà Nội, ngày${' '.repeat(N)}x`],
    // a number line with a run of spaces inside its symbol
    ['number line with a run of spaces', `Số: 12/QĐ-${' '.repeat(N)}UBND`],
    // a publication time followed by padding
    ['time line followed by padding', `Thứ Năm, 17/12/2020 16:30${' '.repeat(N)}x`],
    // a rule of underscores with text after it
    ['underscores before text', `x${'_'.repeat(N)}y`],
    // a directive's words repeated over a flattened paragraph
    ['directive words repeated', `${'yêu cầu thực hiện, '.repeat(N / 20)}các nội dung sau x`],
    // a statistics table on one line, an agency per row
    ['table rows on one line', `${'| Sở Tư pháp | 1.250 hồ sơ | 96,00 % '.repeat(N / 40)}|`],
  ])('%s', (_name, line) => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 1/QĐ-UBND\nVinh, ngày 2 tháng 3 năm 2021\nQUYẾT ĐỊNH\nVề việc thử\n${line}\n${line}\n`;
    const started = performance.now();
    const result = ingestSource({ file: 'dai.txt', bytes: new TextEncoder().encode(text) }, DIRECTORY);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(true);
    expect(elapsed).toBeLessThan(BOUND_MS);
  });
});
