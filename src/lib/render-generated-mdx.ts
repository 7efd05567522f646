import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/** A generated MDX file read back: its frontmatter and its body as HTML. */
export interface RenderedMdx {
  data: Record<string, unknown>;
  html: string;
  /** Headings with the ids given to them, as Astro's Markdown rendering reports them. */
  headings: { depth: number; slug: string; text: string }[];
}

/** A generated MDX file that is not what `npm run ingest` writes. */
export class GeneratedMdxError extends Error {
  readonly file: string;
  readonly line: number | null;
  constructor(file: string, line: number | null, problem: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem} Generated files are not edited by hand: run npm run ingest to write them again.`);
    this.file = file;
    this.line = line;
  }
}

// The same parser @mdx-js/mdx uses: CommonMark with MDX's syntax (no raw HTML,
// no indented code, JSX and expressions).
const parser = unified().use(remarkParse).use(remarkMdx).freeze();

/**
 * The components a generated body may use, as the HTML they stand for. The
 * vocabulary is closed: ingest writes these and nothing else
 * (src/ingest/emit/reference-marks.ts, result-marks.ts, to-mdast.ts).
 */
const COMPONENTS: Record<string, (attributes: Record<string, string>, children: ElementContent[]) => Element> = {
  // <LegalRef to="61-2018-nd-cp" anchor="tc-4">Nghị định số 61/2018/NĐ-CP</LegalRef>
  LegalRef: ({ to = '', anchor = '' }, children) => h('a', { className: ['legal-ref'], id: anchor || undefined, href: `/can-cu/${to}/` }, children),
};
// Plain HTML elements ingest writes: anchors on figures and tasks, the sections of a notice.
const ELEMENTS = new Set(['span', 'section', 'figure', 'figcaption', 'div', 'p', 'br']);

/**
 * A generated MDX file → its frontmatter and HTML. Renders what MDX would
 * render for the closed vocabulary above, without compiling a JavaScript module
 * per file: at 10,000 files that compile was most of a build's time and memory.
 * Anything outside the vocabulary (an expression, an import, an unknown
 * component) is an error naming the file and line, never dropped.
 */
export function renderGeneratedMdx(contents: string, file: string): RenderedMdx {
  const { data, bodyStart } = readGeneratedFrontmatter(contents, file);
  const bodyLine = contents.slice(0, bodyStart).split('\n').length;
  let tree: Root;
  try {
    tree = parser.parse(contents.slice(bodyStart));
  } catch (error) {
    const place = (error as { line?: number }).line;
    throw new GeneratedMdxError(file, place ? place + bodyLine - 1 : null, `the body is not valid MDX (${(error as Error).message}).`);
  }
  return { data, ...renderMdxBody(tree, file, bodyLine) };
}

/**
 * A body's mdast tree → its HTML and headings. Ingest renders the tree it
 * writes as MDX with this, before writing it (src/lib/documents.ts keeps the
 * result for the site); `renderGeneratedMdx` renders the tree read back from
 * the file. The two give the same HTML (tests/ingest/ingest.property.test.ts).
 * `bodyLine` is the file's line the body starts on, for error messages.
 */
export function renderMdxBody(tree: Root, file: string, bodyLine = 1): Omit<RenderedMdx, 'data'> {
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: (state, node: MdxJsxFlowElement) => jsxElement(state, node, file, bodyLine),
      mdxJsxTextElement: (state, node: MdxJsxTextElement) => jsxElement(state, node, file, bodyLine),
      mdxFlowExpression: (_state, node: Nodes) => refuse(node, 'an expression {…}', file, bodyLine),
      mdxTextExpression: (_state, node: Nodes) => refuse(node, 'an expression {…}', file, bodyLine),
      mdxjsEsm: (_state, node: Nodes) => refuse(node, 'an import or export', file, bodyLine),
    },
  });
  const headings = addHeadingIds(hast as HastRoot);
  return { html: toHtml(hast, { collapseEmptyAttributes: true, characterReferences: { useNamedReferences: true } }), headings };
}

// Each heading gets the id Astro gives Markdown headings (github-slugger over
// its text, numbered when repeated), so links to a section keep working.
function addHeadingIds(tree: HastRoot): RenderedMdx['headings'] {
  const slugger = new GithubSlugger();
  const headings: RenderedMdx['headings'] = [];
  const visit = (node: HastNodes) => {
    if (node.type === 'element' && /^h[1-6]$/u.test(node.tagName)) {
      const text = textOf(node);
      const slug = typeof node.properties['id'] === 'string' ? node.properties['id'] : slugger.slug(text);
      node.properties['id'] = slug;
      headings.push({ depth: Number(node.tagName[1]), slug, text });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return headings;
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The frontmatter of a generated MDX file (the record) and where its body starts. */
export function readGeneratedFrontmatter(contents: string, file: string): { data: Record<string, unknown>; bodyStart: number } {
  // --- # Generated by scripts/ingest.ts from content/sources/…; do not edit…
  // { "schemaVersion": 1, … }
  // ---
  if (!contents.startsWith('---')) throw new GeneratedMdxError(file, 1, 'the file does not start with frontmatter (---).');
  const open = contents.indexOf('\n') + 1;
  const close = contents.indexOf('\n---\n', open - 1);
  if (open === 0 || close === -1) throw new GeneratedMdxError(file, 1, 'the frontmatter is not closed by a line ---.');
  return { data: readFrontmatter(contents.slice(open, close + 1), file), bodyStart: close + 5 };
}

function readFrontmatter(text: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    // Ingest writes JSON (a YAML subset), which JSON.parse reads many times faster.
    data = JSON.parse(text);
  } catch {
    try {
      data = parseYaml(text);
    } catch (error) {
      throw new GeneratedMdxError(file, ((error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0) + 1 || null, `the frontmatter is neither JSON nor YAML (${(error as Error).message}).`);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new GeneratedMdxError(file, 2, 'the frontmatter is not a mapping of fields.');
  return data as Record<string, unknown>;
}

function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement, file: string, bodyLine: number): Element {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') refuse(node, `an attribute that is not a plain string on <${node.name ?? ''}>`, file, bodyLine);
    else attributes[attribute.name] = attribute.value;
  }
  const children = state.all(node) as ElementContent[];
  const name = node.name ?? '';
  const component = COMPONENTS[name];
  if (component) return component(attributes, children);
  if (ELEMENTS.has(name)) return h(name, attributes, children);
  return refuse(node, `an element <${name}> the archive does not define`, file, bodyLine);
}

function refuse(node: Nodes, what: string, file: string, bodyLine: number): never {
  const line = node.position?.start.line;
  throw new GeneratedMdxError(file, line ? line + bodyLine - 1 : null, `the body holds ${what}, which ingest never writes.`);
}
