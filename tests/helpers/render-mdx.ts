import { evaluate } from '@mdx-js/mdx';

/**
 * The text a reader would see of a generated MDX file: its body compiled with
 * @mdx-js/mdx (as the site's MDX integration does) and run with a JSX runtime
 * that renders to plain text. Throws when the MDX does not compile.
 */
export async function renderMdxText(mdx: string): Promise<string> {
  const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
  const { default: Content } = await evaluate(body, { Fragment: FRAGMENT, jsx, jsxs: jsx, development: false, baseUrl: import.meta.url });
  // The site's components (src/lib/render-generated-mdx.ts) render their children as a link.
  return textOf(Content({ components: { LegalRef: ({ children }: { children?: unknown }) => children } }));
}

const FRAGMENT = Symbol('Fragment');
interface Element {
  type: unknown;
  props: { children?: unknown };
}

function jsx(type: unknown, props: { children?: unknown }): Element {
  return { type, props };
}

// Block elements end a line, so words of adjacent paragraphs stay apart.
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'section', 'figure', 'figcaption', 'ul', 'ol', 'br']);

function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const element = node as Element;
  if (typeof element.type === 'function') return textOf((element.type as (props: unknown) => unknown)(element.props));
  const inner = textOf(element.props.children);
  return typeof element.type === 'string' && BLOCK.has(element.type) ? `${inner}\n` : inner;
}
