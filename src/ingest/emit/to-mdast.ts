import type { BlockContent, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Block, Segments, TextRef } from '../segment/segments.ts';
import { toPhrasing } from './inline.ts';

/**
 * The page body as an mdast tree: header lines as written, the body, the
 * closing formula, recipients and signing block, each in a `<section>`.
 * Built as a tree, never as a string, so no source text can become markup.
 */
export function toMdast(segments: Segments): Root {
  const children: RootContent[] = [];
  const header = headerBlocks(segments);
  if (header.length > 0) children.push(section('doc-header', header));
  if (segments.body.length > 0) children.push(section('doc-body', blocksToMdast(segments.body)));
  if (segments.closing) children.push(section('doc-closing', blocksToMdast([segments.closing])));
  if (segments.recipients) {
    const { heading, items } = segments.recipients;
    const content: BlockContent[] = [paragraph([heading])];
    if (items.length > 0) {
      content.push({ type: 'list', ordered: false, spread: false, children: items.map((item) => listItem(stripMarker(item.text))) });
    }
    children.push(section('doc-recipients', content));
  }
  if (segments.signature.length > 0) children.push(section('doc-signature', [paragraph(segments.signature, 'break')]));
  return { type: 'root', children };
}

function headerBlocks(segments: Segments): BlockContent[] {
  const { document, news } = segments;
  const blocks: BlockContent[] = [];
  const add = (refs: readonly (TextRef | undefined)[], separator: 'break' | 'space' = 'break') => {
    const present = refs.filter((ref): ref is TextRef => ref !== undefined);
    if (present.length > 0) blocks.push(paragraph(present, separator));
  };
  add(document.issuerLines);
  add(document.motto);
  add([document.number]);
  add([document.placeDate]);
  if (document.type) blocks.push({ type: 'paragraph', children: [{ type: 'strong', children: toPhrasing([document.type.text], 'space') }] });
  add(document.subject, 'space');
  add([news.dateline]);
  add([news.time]);
  return blocks;
}

function blocksToMdast(blocks: readonly Block[]): BlockContent[] {
  const out: BlockContent[] = [];
  let list: List | undefined;
  for (const block of blocks) {
    if (block.type !== 'list-item') {
      list = undefined;
      if (block.type === 'heading') out.push({ type: 'heading', depth: 2, children: toPhrasing(block.refs.map((ref) => ref.text), 'space') });
      else if (block.type === 'caption') out.push(element('figure', 'caption', [element('figcaption', undefined, [paragraph(block.refs, 'space')])]));
      else out.push(paragraph(block.refs, 'space'));
      continue;
    }
    const item = listItem(stripMarker(block.refs.map((ref) => ref.text).join('\n')));
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

function paragraph(refs: readonly TextRef[], separator: 'break' | 'space' = 'break'): Paragraph {
  return { type: 'paragraph', children: toPhrasing(refs.map((ref) => ref.text), separator) };
}

function listItem(text: string): ListItem {
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: toPhrasing(text.split('\n'), 'space') }] };
}

// `- ` and `+ ` become the list's own bullets.
function stripMarker(text: string): string {
  return text.replace(/^[-–•+]\s*/u, '');
}

function section(className: string, children: BlockContent[]): MdxJsxFlowElement {
  return element('section', className, children);
}

function element(name: string, className: string | undefined, children: BlockContent[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: className === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'class', value: className }],
    children,
  };
}
