import type { PhrasingContent, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fastTextHandler } from '../../src/ingest/emit/fast-text-handler.ts';
import { STRINGIFY_OPTIONS, toMdx } from '../../src/ingest/emit/to-mdx.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { allFixtureSources, REGISTRY } from '../helpers/fixtures.ts';

// The options of src/ingest/emit/to-mdx.ts, with and without the fast handler.
const plain = unified().use(remarkMdx).use(remarkStringify, STRINGIFY_OPTIONS).freeze();
const fast = unified().use(remarkMdx).use(remarkStringify, { ...STRINGIFY_OPTIONS, handlers: { text: fastTextHandler } }).freeze();

const paragraph = (...children: PhrasingContent[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

describe('fastTextHandler', () => {
  it.each([
    // prose with only commas and dots: nothing to escape
    ['Sở Nội vụ, Sở Tài chính.', paragraph(text('Sở Nội vụ, Sở Tài chính.'))],
    // MDX syntax in the text: braces and tags
    ['{x} <Foo /> a<b', paragraph(text('{x} <Foo /> a<b'))],
    // paragraphs that start with import or export (the project's own patterns)
    ['import x from "y"', paragraph(text('import x from "y"'))],
    ['EXPORT const a', paragraph(text('EXPORT const a'))],
    // list and heading markers at a line start, and an ordered-list look-alike
    ['- a\n# b\n1. c\n2) d', paragraph(text('- a\n# b\n1. c\n2) d'))],
    // emphasis markers, intraword underscores, a backslash before punctuation
    ['*a* _b_ snake_case \\* `c`', paragraph(text('*a* _b_ snake_case \\* `c`'))],
    // character references and links
    ['&amp; &#123; [a](b) ![c](d)', paragraph(text('&amp; &#123; [a](b) ![c](d)'))],
    // control characters
    ['a\u0001b\u001fc', paragraph(text('a\u0001b\u001fc'))],
    // a character that is only unsafe next to a neighbour: `*` ending a text before emphasis
    ['text then emphasis', paragraph(text('a *'), { type: 'emphasis', children: [text('b')] }, text('_ c'))],
    // leading and trailing spaces and tabs
    ['spaces', paragraph(text('  \ta  '))],
  ])('writes the same as the default handler: %s', (_, tree) => {
    expect(fast.stringify(tree)).toBe(plain.stringify(tree));
  });

  it('writes every fixture the same as the default handler', () => {
    const { sources } = ingestCorpus(allFixtureSources(), REGISTRY);
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) expect(fast.stringify(source.body)).toBe(plain.stringify(source.body));
    // and to-mdx.ts uses it
    for (const source of sources) expect(toMdx(source.record, source.body, 'x')).toContain(fast.stringify(source.body));
  });
});
