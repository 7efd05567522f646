import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { StyledSpan } from '../read/inline-styles.ts';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Block, Segments, TextRef } from '../segment/segments.ts';
import { LIST_MARKER } from '../patterns/document-parts.ts';
import { styleIndex, toPhrasing, type InlinePiece, type Mark } from './inline.ts';

/**
 * The page body as an mdast tree: header lines as written, the body, the
 * closing formula, recipients and signing block, each in a `<section>`.
 * Built as a tree, never as a string, so no source text can become markup.
 */
export function toMdast(segments: Segments, marks: readonly Mark[] = [], styles: readonly StyledSpan[] = []): Root {
  const index = styleIndex(styles);
  const phrasing: ToPhrasing = (pieces, separator) => toPhrasing(pieces, separator, marks, index);
  const paragraph = (refs: readonly TextRef[], separator: 'break' | 'space' = 'break'): Paragraph => ({ type: 'paragraph', children: phrasing(refs.map(piece), separator) });
  const listItem = (refs: readonly TextRef[]): ListItem => {
    // `- ` and `+ ` become the list's own bullets.
    const [first, ...rest] = refs;
    const marker = LIST_MARKER.exec(first!.text)?.[0].length ?? 0;
    const pieces = [{ text: first!.text.slice(marker), start: first!.span.start + marker }, ...rest.map(piece)];
    return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing(pieces, 'space') }] };
  };
  const children: RootContent[] = [];
  const header = headerBlocks(segments, paragraph);
  if (header.length > 0) children.push(section('doc-header', header));
  if (segments.body.length > 0) children.push(section('doc-body', blocksToMdast(segments.body, paragraph, listItem, phrasing)));
  if (segments.closing) children.push(section('doc-closing', blocksToMdast([segments.closing], paragraph, listItem, phrasing)));
  if (segments.recipients) {
    const { heading, items } = segments.recipients;
    const content: BlockContent[] = [paragraph([heading])];
    if (items.length > 0) {
      content.push({ type: 'list', ordered: false, spread: false, children: items.map((item) => listItem([item])) });
    }
    // The distribution list names agencies that receive a copy, not what the text is about: kept out of search.
    children.push(element('section', 'doc-recipients', content, { 'data-pagefind-ignore': '' }));
  }
  if (segments.signature.length > 0) children.push(section('doc-signature', [paragraph(segments.signature, 'break')]));
  if (segments.appendix) children.push(section('doc-appendix', blocksToMdast(segments.appendix, paragraph, listItem, phrasing)));
  return { type: 'root', children };
}

type ToParagraph = (refs: readonly TextRef[], separator?: 'break' | 'space') => Paragraph;
type ToListItem = (refs: readonly TextRef[]) => ListItem;
type ToPhrasing = (pieces: readonly InlinePiece[], separator: 'break' | 'space') => PhrasingContent[];

function piece(ref: TextRef): InlinePiece {
  return { text: ref.text, start: ref.span.start };
}

function headerBlocks(segments: Segments, paragraph: ToParagraph): BlockContent[] {
  const blocks: BlockContent[] = [];
  const add = (refs: readonly (TextRef | undefined)[], separator: 'break' | 'space' = 'break') => {
    const present = refs.filter((ref): ref is TextRef => ref !== undefined);
    if (present.length > 0) blocks.push(paragraph(present, separator));
  };
  if (segments.kind === 'news') {
    // The headline is the page's own heading, from the record.
    add([segments.news.dateline]);
    add([segments.news.time]);
    return blocks;
  }
  const { document } = segments;
  add(document.issuerLines);
  add(document.motto);
  add(document.number, 'space');
  add(document.placeDate, 'space');
  if (document.type) blocks.push({ type: 'paragraph', children: [{ type: 'strong', children: toPhrasing([document.type.text], 'space') }] });
  add(document.subject, 'space');
  return blocks;
}

function blocksToMdast(blocks: readonly Block[], paragraph: ToParagraph, listItem: ToListItem, phrasing: ToPhrasing): BlockContent[] {
  const out: BlockContent[] = [];
  let list: List | undefined;
  for (const block of blocks) {
    if (block.type !== 'list-item') {
      list = undefined;
      if (block.type === 'heading') out.push({ type: 'heading', depth: 2, children: phrasing(block.refs.map(piece), 'space') });
      else if (block.type === 'caption') out.push(element('figure', 'caption', [element('figcaption', undefined, [paragraph(block.refs, 'space')])]));
      else out.push(paragraph(block.refs, 'space'));
      continue;
    }
    const item = listItem(block.refs);
    const parent = list?.children.at(-1);
    if (block.depth === 2 && list && parent) {
      // `+ ` items nest under the `- ` item before them.
      const nested = parent.children.at(-1);
      if (nested?.type === 'list') nested.children.push(item);
      else parent.children.push({ type: 'list', ordered: false, spread: false, children: [item] });
      continue;
    }
    if (!list) {
      list = { type: 'list', ordered: false, spread: false, children: [] };
      out.push(list);
    }
    list.children.push(item);
  }
  return out;
}

function section(className: string, children: BlockContent[]): MdxJsxFlowElement {
  return element('section', className, children);
}

function element(name: string, className: string | undefined, children: BlockContent[], extra: Record<string, string> = {}): MdxJsxFlowElement {
  const attributes = Object.entries({ ...(className === undefined ? {} : { class: className }), ...extra });
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: attributes.map(([attribute, value]) => ({ type: 'mdxJsxAttribute', name: attribute, value })),
    children,
  };
}
