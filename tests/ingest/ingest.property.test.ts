import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { SourceError } from '../../src/ingest/source-error.ts';
import { REGISTRY } from '../helpers/fixtures.ts';
import { renderMdxText } from '../helpers/render-mdx.ts';
import { blockText, collapse } from '../helpers/html-text.ts';
import { renderGeneratedMdx, renderMdxBody } from '../../src/lib/render-generated-mdx.ts';

// Random Vietnamese-like documents with random hostile fragments: whatever the
// portals give, ingest must not throw, the MDX must compile, and the reader
// must see every line of the text (or find it in the removed-chrome record).
const WORDS = ['cải', 'cách', 'hành', 'chính', 'Sở', 'Nội', 'vụ', 'Ủy', 'ban', 'nhân', 'dân', 'thành', 'phố', 'kiểm', 'tra', 'công', 'tác', 'năm', 'đơn', 'vị', 'điện', 'tử', 'TTHC', 'UBND', '119/133', '89,47%', 'ngày', '17/12/2020', 'Nghị', 'định', 'số', '61/2018/NĐ-CP'];
const HOSTILE = [
  '{', '}', '{props.x}', '<', '>', '<script>alert(1)</script>', '<b>đậm</b>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '[liên kết](javascript:alert(1))',
  '<https://example.com>', 'https://example.com/a_b', '<!-- chú thích -->', '`mã`', '\\', '&amp;', '&lt;', '|', '~~gạch~~', '_x_', '#', '---', '***', ':', '"', "'", '%', '@',
];
const STARTS = ['', '', '', '- ', '+ ', '# ', '> ', '1) ', '2. ', 'import ', 'export ', 'Import ', '<div>', '---', '| ', '    '];
const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) });
const line = fc.tuple(fc.constantFrom(...STARTS), fc.array(word, { minLength: 1, maxLength: 14 })).map(([start, words]) => `${start}${words.join(' ')}`);
const HEADERS = ['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 08 /TB-UBND\nHải Phòng, ngày 06 tháng 01 năm 2021\n\nTHÔNG BÁO\n', 'Số:   /QĐ-UBND\n', '', 'Tin tức - Sự kiện\n'];
const TAILS = ['', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n', 'In bài viết\nChia sẻ\n'];
const documentText = fc
  .tuple(fc.constantFrom(...HEADERS), fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 20 }), fc.constantFrom(...TAILS))
  .map(([header, lines, tail]) => `${header}${lines.join('\n')}\n${tail}`);

// What a reader sees of a line: list markers become bullets, `*` may be emphasis, spacing collapses.
const seen = (text: string) => text.replace(/\*/gu, '').replace(/\s+/gu, ' ').trim();

describe('ingest over random hostile documents', () => {
  it('never throws, writes MDX that compiles, and shows every line', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, async (text) => {
        const corpus = ingestCorpus([{ file: 'ngau-nhien.txt', bytes: new TextEncoder().encode(text) }], REGISTRY);
        for (const failure of corpus.failures) expect(failure.error).toBeInstanceOf(SourceError);
        if (corpus.sources.length === 0) return;
        const source = corpus.sources[0]!;
        // A news headline is the page's <h1> (from the record), not part of the MDX body.
        const mdx = toMdx(source.record, source.body, 'test');
        const mdxText = await renderMdxText(mdx);
        // The site renders the body itself (src/lib/render-generated-mdx.ts): the same text as MDX.
        const fromFile = renderGeneratedMdx(mdx, 'ngau-nhien.mdx').html;
        expect(collapse(blockText(fromFile))).toBe(collapse(mdxText));
        // Ingest renders the tree it writes (src/lib/documents.ts keeps it for the site): byte for byte what the file gives.
        expect(renderMdxBody(source.body, 'ngau-nhien.mdx').html).toBe(fromFile);
        const rendered = seen(`${source.record.title ?? ''}\n${mdxText}`);
        for (const sourceLine of source.lines) {
          if (sourceLine.role === 'blank') continue;
          if (sourceLine.role === 'chrome') {
            expect(source.record.removed.some((removed) => removed.line === sourceLine.no)).toBe(true);
            continue;
          }
          // Table borders cut from a header line are in the record of removed chrome, not the page.
          const kept = source.segments.cutAway
            .filter((fragment) => fragment.line === sourceLine.no)
            .sort((a, b) => b.span.start - a.span.start)
            .reduce((content, fragment) => {
              const at = fragment.span.start - sourceLine.contentSpan.start;
              return `${content.slice(0, at)} ${content.slice(at + fragment.text.length)}`;
            }, sourceLine.content);
          expect(source.segments.cutAway.filter((fragment) => fragment.line === sourceLine.no).every((fragment) => source.record.removed.some((item) => item.line === sourceLine.no && item.text === fragment.text))).toBe(true);
          expect(rendered).toContain(seen(kept.replace(/^\s*[-–•+](?![-–•+])\s*/u, '')));
        }
      }),
      { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 150), seed: Number(process.env['PROPERTY_SEED'] ?? 20261123) },
    );
  }, 120_000);
});
