import { describe, expect, it } from 'vitest';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { recordSchema } from '../../src/schemas/index.ts';
import { REGISTRY, SEEDS_DIR, sourcesIn } from '../helpers/fixtures.ts';
import { renderMdxText } from '../helpers/render-mdx.ts';

// Shapes the seeds do not have, at sizes a real archive meets. Too large to keep
// as fixture files, they are made here from a real seed.
const seed = new TextDecoder().decode(sourcesIn(SEEDS_DIR).find((source) => source.file.includes('003_'))!.bytes);
const ingestOne = (text: string, file = 'hinh-dang.txt') => {
  const corpus = ingestCorpus([{ file, bytes: new TextEncoder().encode(text) }], REGISTRY);
  expect(corpus.failures.map((failure) => failure.error.message)).toEqual([]);
  return corpus.sources[0]!;
};
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('sources of unusual shape', () => {
  it('a 5 MB text: ingested whole, its last paragraph in the page', () => {
    const body = seed.slice(seed.indexOf('1. Trong những năm qua'), seed.indexOf('Nơi nhận'));
    const parts = [seed.slice(0, seed.indexOf('1. Trong những năm qua'))];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const part = `${body}\nĐoạn kiểm tra số ${i}.\n\n`;
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    const text = `${parts.join('')}${seed.slice(seed.indexOf('Nơi nhận'))}`;
    const source = ingestOne(text);
    const mdx = toMdx(source.record, source.body, 'test');
    expect(recordSchema.parse(source.record).number).toBe('149/TB-UBND');
    expect(mdx).toContain(`Đoạn kiểm tra số ${parts.length - 2}.`);
  }, 120_000);

  it('a line of 100,000 characters: one paragraph, compiled and shown whole', async () => {
    const line = Array.from({ length: 100_000 / 50 }, (_, i) => `cải cách hành chính ${String(i).padStart(5, '0')} {x} <y> `.padEnd(50, '.')).join('').slice(0, 100_000);
    const source = ingestOne(`Tin tức\n\n${line}\n`);
    const text = await renderMdxText(toMdx(source.record, source.body, 'test'));
    expect(collapse(text)).toContain(collapse(line));
  }, 60_000);

  it('a single line: a news item whose only line is its text', async () => {
    const only = 'Ủy ban nhân dân quận Hoàn Kiếm công bố kết quả chỉ số cải cách hành chính năm 2019.';
    const source = ingestOne(only);
    expect(collapse(await renderMdxText(toMdx(source.record, source.body, 'test')))).toContain(only);
  });

  it('a header with every field blank: nothing guessed, each blank reported', () => {
    const source = ingestOne('ỦY BAN NHÂN DÂN\nTỈNH\nSố:   /QĐ-UBND\n, ngày   tháng   năm\n\nQUYẾT ĐỊNH\nVề việc\n\nĐiều 1. Nội dung.\n');
    expect([source.record.number, source.record.issued]).toEqual([null, null]);
    expect(source.record.diagnostics.map((diagnostic) => diagnostic.code)).toContain('number-blank');
  });
});
