import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertSources } from '../../scripts/lib/convert-sources.ts';
import type { SourceInput } from '../../src/ingest/ingest-source.ts';
import { convertBinary } from '../../src/ingest/read/convert-binary.ts';
import { ROOT } from '../helpers/fixtures.ts';

const BINARY_DIR = join(ROOT, 'tests/fixtures/binary');
const binary = (name: string): SourceInput => ({ file: name, bytes: readFileSync(join(BINARY_DIR, name)) });
const text = (file: string, content: string): SourceInput => ({ file, bytes: new TextEncoder().encode(content) });

describe('convertSources', () => {
  it('converts Word and PDF sources in their workers, passes the others through untouched, in the inputs’ order', async () => {
    const inputs = [
      // a text source: the same object back
      text('001.txt', 'ỦY BAN NHÂN DÂN\n'),
      binary('001-quyet-dinh.pdf'),
      // a saved web page: read later by the HTML reader, not here
      text('trang.html', '<p>Xin chào</p>'),
      binary('001-quyet-dinh.docx'),
      // a sidecar travels with its source
      { ...binary('001-quyet-dinh.doc'), sidecar: { file: '001-quyet-dinh.meta.yaml', text: 'kind: document\n' } },
      // a bad file fails alone
      binary('scan.pdf'),
    ];
    const outputs = await convertSources(inputs);
    expect(outputs.map((output) => output.file)).toEqual(inputs.map((input) => input.file));
    expect(outputs[0]).toBe(inputs[0]);
    expect(outputs[2]).toBe(inputs[2]);
    // Each converted source is what convertBinary gives on the main thread, its bytes and sidecar kept.
    for (const index of [1, 3, 4, 5]) {
      const input = inputs[index]!;
      expect(outputs[index]).toEqual({ ...input, converted: await convertBinary(input.bytes, input.file) });
    }
    expect(outputs[5]!.converted).toMatchObject({ format: 'pdf', error: { code: 'pdf-scanned' } });
  });

  it('gives the same output whatever the number of threads', async () => {
    const inputs = ['031-ke-hoach.pdf', '031-ke-hoach.docx', 'corrupt.pdf', '031-ke-hoach.doc', 'zip-bomb.docx'].map(binary);
    const [one, three] = await Promise.all([convertSources(inputs, { threads: 1 }), convertSources(inputs, { threads: 3 })]);
    expect(three).toEqual(one);
  });

  it('returns a copy of the inputs without starting a worker when none is a Word or PDF file', async () => {
    const inputs = [text('a.txt', 'a'), text('b.htm', '<p>b</p>')];
    const outputs = await convertSources(inputs);
    expect(outputs).toEqual(inputs);
    expect(outputs).not.toBe(inputs);
  });

  it.each([
    // a file that takes longer than the wall-clock limit: its worker is stopped
    [{ timeoutMs: 1 }, 'conversion-timeout', /took longer than 1 ms to convert and was stopped/u, /save it again/u],
    // a file that needs more heap than the worker may have: the worker dies, the file is too large to read here
    [{ maxMemoryMb: 4 }, 'binary-too-large', /too large to read here: converting it needed more than the 4 MB/u, /export its text as a UTF-8 \.txt file/u],
  ])('refuses a file over a limit %o with %s, and the next file gets a new worker', async (limits, code, says, does) => {
    const outputs = await convertSources([binary('001-quyet-dinh.pdf'), binary('031-ke-hoach.docx')], { ...limits, threads: 1 });
    for (const [index, format] of (['pdf', 'docx'] as const).entries()) {
      expect(outputs[index]!.converted).toEqual({ format, error: { code, message: expect.stringMatching(says), hint: expect.stringMatching(does) } });
    }
  });

  it('keeps a file converted in time while this thread was too busy to see it, rather than call it late', async () => {
    // The ingest reads the other sources on this thread while the workers convert: the limit is the worker's time, not this thread's.
    const converting = convertSources([binary('031-ke-hoach.doc')], { threads: 1, timeoutMs: 1_500 });
    const until = performance.now() + 2_500;
    while (performance.now() < until) {
      // busy, as reading a few hundred sources is
    }
    expect((await converting)[0]!.converted).toMatchObject({ format: 'doc', text: expect.stringContaining('Số: 14084/KH-UBND') });
  });

  it('stops a slow file at the limit and converts the next one in a new worker', async () => {
    // 500 pages of 100 lines take pdf.js about 2.7 s (1.3 s for 50); a one-page Word file then takes some 100 ms in a fresh worker.
    const started = performance.now();
    const outputs = await convertSources([{ file: 'dai.pdf', bytes: longPdf(500, 100) }, binary('031-ke-hoach.doc')], { threads: 1, timeoutMs: 1_000 });
    expect(outputs[0]!.converted).toMatchObject({ format: 'pdf', error: { code: 'conversion-timeout' } });
    expect(outputs[1]!.converted).toMatchObject({ format: 'doc', text: expect.stringContaining('Số: 14084/KH-UBND') });
    expect(performance.now() - started).toBeLessThan(4_000);
  });
});

/** A PDF of `pages` pages of `lines` lines of text in Helvetica, made in memory. */
function longPdf(pages: number, lines: number): Uint8Array {
  const content = Array.from({ length: lines }, (_, line) => `BT /F1 11 Tf 72 ${780 - line * 14} Td (Dong ${line + 1}: Can cu Luat To chuc chinh quyen dia phuong nam 2015 va cac van ban) Tj ET`).join('\n');
  // 1 catalog, 2 page tree, 3 font, 4 the content all pages share, then the pages.
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, page) => `${page + 5} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>'),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  return new TextEncoder().encode(`${pdf}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
}
