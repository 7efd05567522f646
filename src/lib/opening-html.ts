/**
 * The page the primary search tier indexes: what answers most queries and costs
 * little to search. Pagefind returns every matching word position of every
 * result, so a word found in most of the archive's full texts (`cải cách`,
 * `hành chính`) meant hundreds of kilobytes and a long WebAssembly call per
 * query at 10,000 texts. The primary tier keeps, of a page given as
 * `searchableHtml`:
 *
 * - everything before the text: the title (`<h1>`), the hidden filters, sort
 *   key and metadata;
 * - the metadata's type, number and issuer as a line of text, so they are
 *   searched as words;
 * - every heading of the text, whole;
 * - the opening of the text, `words` words in all (a notice's header, its
 *   title and its first paragraphs).
 *
 * The full tier indexes the page whole; the search asks it when the primary
 * finds less than a page of results, or when the reader asks for the full
 * text (src/lib/archive-search.ts).
 */
// 120: at 60, `ISO 9001` and a quoted phrase fell to the full text at 10,000 texts (README, "Search").
const OPENING_WORDS = 120;

// <div class="document-text"> (src/components/DocumentPage.astro), whatever else it comes to carry
const TEXT_START = /<div class="document-text"[^>]*>/u;
// <span data-pagefind-meta="number:149/TB-UBND"></span>
const META = /data-pagefind-meta="(type|number|issuer):([^"]*)"/gu;
// A tag that ends a block of text: <p>, </li>, <br>, <h2 id="…">
const BLOCK_TAG = /^<\/?(?:h[1-6]|p|li|dt|dd|td|th|tr|div|section|br|ul|ol|table|thead|tbody|blockquote|caption|figcaption|pre|hr)\b/iu;
// <h2 id="i-noi-dung">, </h3>
const HEADING_TAG = /^<(\/?)(h[2-6])\b/iu;

export function openingHtml(searchable: string, words: number = OPENING_WORDS): string {
  const opened = TEXT_START.exec(searchable);
  const end = searchable.lastIndexOf('</article>');
  // Not a document page: indexed whole, as in the full tier.
  if (!opened || end < opened.index) return searchable;
  const start = opened.index;
  const textStart = opened[0];
  const before = searchable.slice(0, start);
  const meta = [...before.matchAll(META)].map((match) => match[2]!).filter((value) => value !== '');
  const kept: string[] = [];
  let budget = words;
  let block = '';
  // The heading being read (`h2`…`h6`, kept at its level: Pagefind weighs headings by it), or none.
  let heading: string | null = null;
  const flush = () => {
    const text = block.split(/\s+/u).filter((word) => word !== '');
    block = '';
    if (text.length === 0) return;
    if (heading) kept.push(`<${heading}>${text.join(' ')}</${heading}>`);
    else if (budget > 0) {
      kept.push(`<p>${text.slice(0, budget).join(' ')}</p>`);
      budget -= Math.min(budget, text.length);
    }
  };
  // Tags and the text between them; the text stays escaped as it came, so it is put back as is.
  for (const [token] of searchable.slice(start + textStart.length, end).matchAll(/<[^>]*>|[^<]+/gu)) {
    if (!token.startsWith('<')) block += token;
    else if (BLOCK_TAG.test(token)) {
      flush();
      const tag = HEADING_TAG.exec(token);
      if (tag) heading = tag[1] === '' ? tag[2]!.toLowerCase() : null;
    }
    // An inline tag (<strong>, <a>) may sit inside a word: it parts nothing.
  }
  flush();
  const line = meta.length > 0 ? `<p>${meta.join(' · ')}</p>` : '';
  return `${before}${line}${textStart}${kept.join('')}</div></article></body></html>`;
}
