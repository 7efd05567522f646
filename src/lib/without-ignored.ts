// Elements without an end tag: they open no subtree.
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

// A quoted attribute value may hold `>`: <a data-url="https://x/?a>b" href="/y">
const ATTRIBUTE = String.raw`\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?`;
// <section class="reference-list" data-pagefind-ignore>, </section>, <br>, <br/>
const TAG = new RegExp(String.raw`<(\/?)([a-zA-Z][\w-]*)((?:${ATTRIBUTE})*)\s*(\/?)>`, 'gu');
// data-pagefind-ignore, data-pagefind-ignore="all": ="index" is the default and "all" drops more.
const IGNORE_ATTRIBUTE = /\sdata-pagefind-ignore(?=[\s=]|$)/u;
// <span data-pagefind-filter="Năm:2015"></span>
const STILL_READ = /\sdata-pagefind-(?:filter|meta|sort)\b/u;

/**
 * The HTML without the elements marked `data-pagefind-ignore`, whose text
 * Pagefind would parse only to leave out: on a document page they are most of
 * the bytes (metadata, panels, reference list), and parsing them was half of
 * the indexing time. The index comes out the same: an ignored element that
 * holds a `data-pagefind-filter`, `-meta` or `-sort`, which Pagefind still
 * reads there, is kept.
 *
 * Written for well-formed markup (Astro's and the document renderer's). If an
 * ignored element is never closed the HTML is returned whole: slower to index,
 * never wrong.
 */
export function withoutIgnored(html: string): string {
  let kept = '';
  let copiedUpTo = 0;
  // Where the ignored element being skipped starts, and how many elements are open inside it.
  let skipFrom = -1;
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, name, attributes, selfClosing] = match as unknown as [string, string, string, string, string];
    const opensNothing = selfClosing === '/' || VOID_ELEMENTS.has(name.toLowerCase());
    if (skipFrom === -1) {
      if (closing || !IGNORE_ATTRIBUTE.test(attributes)) continue;
      if (opensNothing) {
        kept += html.slice(copiedUpTo, match.index);
        copiedUpTo = match.index + tag.length;
      } else {
        skipFrom = match.index;
        depth = 1;
      }
    } else if (!opensNothing) {
      depth += closing ? -1 : 1;
      if (depth === 0) {
        const end = match.index + tag.length;
        if (!STILL_READ.test(html.slice(skipFrom, end))) {
          kept += html.slice(copiedUpTo, skipFrom);
          copiedUpTo = end;
        }
        skipFrom = -1;
      }
    }
  }
  return skipFrom === -1 ? kept + html.slice(copiedUpTo) : html;
}
