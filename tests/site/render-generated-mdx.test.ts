import { describe, expect, it } from 'vitest';
import { toMdx } from '../../src/ingest/emit/to-mdx.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { GeneratedMdxError, renderGeneratedMdx } from '../../src/lib/render-generated-mdx.ts';
import { allFixtureSources, REGISTRY } from '../helpers/fixtures.ts';
import { blockText, collapse } from '../helpers/html-text.ts';
import { renderMdxText } from '../helpers/render-mdx.ts';

// The site renders generated MDX itself (src/lib/render-generated-mdx.ts) instead
// of compiling a module per file; a reader must see exactly what MDX would show.
describe('generated MDX rendered by the site', () => {
  const corpus = ingestCorpus(allFixtureSources(), REGISTRY);

  it.each(corpus.sources.map((source) => [source.file, source] as const))('%s: the same text as @mdx-js/mdx renders', async (_file, source) => {
    const mdx = toMdx(source.record, source.body, 'test');
    const { data, html } = renderGeneratedMdx(mdx, `${source.record.id}.mdx`);
    expect(data['id']).toBe(source.record.id);
    expect(collapse(blockText(html))).toBe(collapse(await renderMdxText(mdx)));
  });

  it('keeps every reference a link to its legal-basis page, with its anchor', () => {
    const source = corpus.sources.find((item) => item.record.legalRefs.length > 0)!;
    const { html } = renderGeneratedMdx(toMdx(source.record, source.body, 'test'), 'a.mdx');
    const ref = source.record.legalRefs[0]!;
    expect(html).toContain(`<a class="legal-ref" id="${ref.occurrences[0]!.anchor}" href="/can-cu/${ref.id}/">`);
  });

  it('gives headings the ids Astro gives Markdown headings, numbered when repeated', () => {
    const { html, headings } = renderGeneratedMdx('---\n{"id": "a"}\n---\n\n## I. Về công tác\n\n## I. Về công tác\n', 'a.mdx');
    expect(html).toContain('<h2 id="i-về-công-tác">');
    expect(html).toContain('<h2 id="i-về-công-tác-1">');
    expect(headings.map((heading) => heading.slug)).toEqual(['i-về-công-tác', 'i-về-công-tác-1']);
  });

  it('reads YAML frontmatter too, as Astro would', () => {
    expect(renderGeneratedMdx('---\nid: a\nkind: news\n---\n\nChữ.\n', 'a.mdx').data).toEqual({ id: 'a', kind: 'news' });
  });

  it.each([
    // JavaScript in the body: ingest escapes every `{`, so one here was written by hand.
    ['an expression', '---\n{"id": "a"}\n---\n\nMột {1 + 1} hai.\n', 5, /an expression/u],
    // A paragraph starting with `import` is escaped by ingest (src/ingest/emit/to-mdx.ts).
    ['an import', '---\n{"id": "a"}\n---\n\nimport x from "y"\n', 5, /an import or export/u],
    // Only the archive's own components render.
    ['an unknown component', '---\n{"id": "a"}\n---\n\nChữ <Foo>x</Foo>.\n', 5, /<Foo>/u],
    // Attribute values are plain strings in what ingest writes.
    ['an attribute expression', '---\n{"id": "a"}\n---\n\n<span id={x}>y</span>\n', 5, /attribute/u],
    // Broken MDX: the parser's message, with the line in the file.
    ['an unclosed tag', '---\n{"id": "a"}\n---\n\nMột\n\n<span>hai\n', 7, /not valid MDX/u],
    // No frontmatter at all.
    ['no frontmatter', 'Chữ.\n', 1, /frontmatter/u],
    // Frontmatter never closed.
    ['unclosed frontmatter', '---\n{"id": "a"}\n', 1, /not closed/u],
    // Frontmatter that is neither JSON nor YAML.
    ['broken frontmatter', '---\nid: [a\n---\n\nChữ.\n', null, /neither JSON nor YAML/u],
  ] as const)('refuses %s, naming the file and line', (_what, mdx, line, message) => {
    let error: unknown;
    try {
      renderGeneratedMdx(mdx, 'content/generated/documents/a.mdx');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GeneratedMdxError);
    const { file, line: at, message: text } = error as GeneratedMdxError;
    expect(file).toBe('content/generated/documents/a.mdx');
    if (line !== null) expect(at).toBe(line);
    expect(text).toMatch(message);
    expect(text).toMatch(/npm run ingest/u);
  });
});
