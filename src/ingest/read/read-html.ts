import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { LIST_MARKER } from '../patterns/document-parts.ts';
import { SourceError } from '../source-error.ts';
import { detectLegacyEncoding } from './detect-legacy-encoding.ts';
import { hasStyleMarkers, inlineStyleOf, MARKER_CHARACTERS, placeStyles, STYLE_MARKERS, type InlineStyle, type StyledSpan, type StyleRange } from './inline-styles.ts';
import { CONTROL, lineOfByte, normaliseText, readLegacy, type SourceEncoding } from './read-source.ts';

export interface PageMetadata {
  /** `<title>` */
  title?: string;
  /** `<meta property="og:title">` */
  ogTitle?: string;
  /** `<meta property="article:published_time">` (or an `itemprop="datePublished"`), as written. */
  published?: string;
  /** `<link rel="canonical">` or `og:url` */
  canonical?: string;
  /** `<meta name="author">` */
  author?: string;
}

export interface ReadHtml {
  /** The normalised text every span points into, as `readSource`'s: one block of the page per line. */
  text: string;
  encoding: SourceEncoding;
  /** Lines (1-based, of `text`) that are page chrome, with why (`html-nav`, `html-outside-article`…). */
  chrome: { line: number; reason: string }[];
  metadata: PageMetadata;
  /** Bold and italics, as spans of `text` (kept for the page; the text itself holds no markup). */
  styles: StyledSpan[];
}

/**
 * A saved web page (`.html`, `.htm`) as a source: its text in reading order,
 * one block per line, with the lines around the article marked as page chrome.
 *
 *   <table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH SƠN LA</td><td>CỘNG HÒA …</td></tr></table>
 *   → `ỦY BAN NHÂN DÂN` / `TỈNH SƠN LA` / `CỘNG HÒA …`, as a text copy reads.
 *
 * Nothing is dropped but scripts, styles and the like: every text of the page
 * is on a line, of the article or listed in `chrome` with its reason. Pages
 * that hold no document (a redirect, a login form, an empty page) are refused;
 * `fromWord` reads the HTML a Word file was converted to, which is neither.
 */
export function readHtml(bytes: Uint8Array, file: string, options: { fromWord?: boolean } = {}): ReadHtml {
  const { decoded, encoding } = decodePage(bytes, file);
  let tree: Root;
  let page: Page;
  let article: PageNode;
  let chrome: (string | undefined)[];
  try {
    tree = PARSER.parse(decoded);
    page = walkPage(tree);
    article = findArticle(page);
    chrome = markChrome(page, article);
  } catch (cause) {
    // The parser and the walk recurse into the tree: a page nested thousands of elements deep exhausts the
    // stack. That page fails alone, with a message; it must not stop the ingest of every other source.
    if (!(cause instanceof RangeError)) throw cause;
    throw new SourceError({
      file,
      code: 'html-too-complex',
      message: 'is a page nested too deep to read (thousands of elements inside one another).',
      hint: 'Save the page again from the browser, or copy the text of the document into a UTF-8 .txt file.',
      cause,
    });
  }
  const text = page.lines.map((line) => line.text).join('\n');
  refuseBadText(page, text, file);
  // A Word file's HTML (mammoth's) is no portal page: it cannot be a redirect or a login form.
  if (!options.fromWord) refuseNonDocument(page, chrome, file);
  return {
    text,
    encoding,
    chrome: chrome.flatMap((reason, index) => (reason === undefined ? [] : [{ line: index + 1, reason }])),
    metadata: readMetadata(tree, page.bodyMeta),
    styles: stylesOf(page.lines),
  };
}

const PARSER = unified().use(rehypeParse).freeze();

// ---------------------------------------------------------------------------
// Bytes to a string. A byte order mark decides. Without one the page's
// declaration (`<meta charset>`, `<meta http-equiv="Content-Type">`) is read,
// but the bytes decide when it lies, as saved pages often do: bytes that are
// valid UTF-8 are UTF-8; others are Windows-1258 when they read as Vietnamese
// (readLegacy), whether the page says windows-1258, windows-1252 or nothing.

/** How far into the page a charset declaration counts (the HTML standard's prescan reads 1024 bytes; saved pages put long comments first). */
const CHARSET_SNIFF_BYTES = 4096;
// Labels of Windows-1258 (https://encoding.spec.whatwg.org/#names-and-labels).
const WINDOWS_1258_LABELS = new Set(['windows-1258', 'cp1258', 'x-cp1258']);
// Vietnamese 8-bit encodings no TextDecoder reads, as old pages declare them: `charset=VISCII` · `charset=x-viet-tcvn`.
const VIETNAMESE_8BIT_LABELS = new Set(['viscii', 'csviscii', 'x-viet-viscii', 'tcvn', 'tcvn3', 'tcvn-5712', 'tcvn5712-1', 'x-viet-tcvn', 'x-viet-tcvn5712', 'vni', 'x-viet-vni', 'vps', 'x-viet-vps']);
// `text/html; charset=windows-1258` · `text/html;charset="utf-8"`
const CHARSET_IN_CONTENT = /charset\s*=\s*["']?(?<label>[^\s"';]+)/iu;

function decodePage(bytes: Uint8Array, file: string): { decoded: string; encoding: SourceEncoding } {
  // A byte order mark wins over any declaration (as browsers do).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { decoded: strict('utf-8', bytes, 3, file), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoded: strict('utf-16le', bytes, 2, file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoded: strict('utf-16be', bytes, 2, file), encoding: 'utf-16be' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SourceError({
      file,
      code: 'binary-source',
      line: lineOfByte(bytes, nul),
      message: 'contains a NUL byte: it looks like a binary file (a PDF, a Word document or an image), not a saved web page.',
      hint: 'Save the page from the browser as HTML (Save Page As), or export the document as plain text (UTF-8), and put that file in content/sources/ instead.',
    });
  }
  // Valid UTF-8 with letters beyond ASCII is UTF-8 whatever the page declares: an editor re-saves a
  // Windows-1258 page as UTF-8 and keeps its old `<meta charset>` (real Windows-1258 Vietnamese is never valid UTF-8).
  // An ASCII page (one character per byte) is in the charset it declares.
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { decoded: utf8, encoding: utf8.length === bytes.length && isWindows1258(declaredCharset(bytes)) ? 'windows-1258' : 'utf-8' };
  const shape = utf8Shape(bytes);
  // A UTF-8 page with a few broken bytes (a CMS's stray 0xA0) read as Windows-1258 would garble every letter: refused at the first bad byte.
  if (shape.multibyte > 4 * shape.invalid) {
    throw new SourceError({
      file,
      code: 'encoding-unreadable',
      line: lineOfByte(bytes, shape.firstInvalid),
      message: `is UTF-8 with ${shape.invalid} byte${shape.invalid === 1 ? '' : 's'} that cannot be decoded (the first is byte ${shape.firstInvalid}).`,
      hint: 'Open the page in a text editor, retype or delete the broken characters on that line (they show as � or boxes), save it as UTF-8 and run the ingest again.',
    });
  }
  const declared = declaredCharset(bytes);
  if (declared && VIETNAMESE_8BIT_LABELS.has(declared)) {
    throw new SourceError({
      file,
      code: 'encoding-unreadable',
      line: lineOfByte(bytes, shape.firstInvalid),
      message: `declares charset=${declared}, a Vietnamese 8-bit encoding older than Unicode that the ingest cannot read.`,
      hint: `Convert the page's text to Unicode (for example UniKey's "Công cụ chuyển mã"), save it as a UTF-8 .txt file and put that in content/sources/ instead.`,
    });
  }
  // Windows-1258 declared, or Windows-1252 (or nothing) declared over Vietnamese bytes: readLegacy composes the tones.
  const legacy = readLegacy(bytes, file);
  if (legacy !== undefined) return { decoded: legacy, encoding: 'windows-1258' };
  // Windows-1258 declared over a text with few Vietnamese letters (readLegacy wants three): as declared.
  if (isWindows1258(declared)) return { decoded: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), encoding: 'windows-1258' };
  throw new SourceError({
    file,
    code: 'encoding-unreadable',
    line: lineOfByte(bytes, shape.firstInvalid),
    message: `is not valid UTF-8 (byte ${shape.firstInvalid} cannot be decoded), nor Vietnamese in Windows-1258${declared ? `, though the page declares charset=${declared}` : ''}.`,
    hint: 'Open the page in a browser and save it again (Save Page As), or save it as UTF-8 from a text editor, and run the ingest again.',
  });
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, offset: number, file: string): string {
  const decoded = tryDecode(encoding, bytes.subarray(offset));
  if (decoded !== undefined) return decoded;
  const at = encoding === 'utf-8' ? offset + utf8Shape(bytes.subarray(offset)).firstInvalid : undefined;
  throw new SourceError({
    file,
    code: 'encoding-unreadable',
    line: at === undefined ? undefined : lineOfByte(bytes, at),
    message: `starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}${at === undefined ? '' : ` (byte ${at} cannot be decoded)`}.`,
    hint: 'Open the page in a browser and save it again (Save Page As), or save it as UTF-8 from a text editor, and run the ingest again.',
  });
}

function tryDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The charset a page declares in its head: `<meta charset="windows-1258">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`.
 * The head is read as Latin-1 (every byte one character, so the ASCII markup
 * reads whatever the encoding) and parsed like the page.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  for (const meta of elementsNamed(PARSER.parse(head), 'meta')) {
    const charset = stringProperty(meta, 'charSet');
    if (charset) return charset.trim().toLowerCase();
    if (tokens(meta, 'httpEquiv').some((token) => token.toLowerCase() === 'content-type')) {
      const label = CHARSET_IN_CONTENT.exec(stringProperty(meta, 'content') ?? '')?.groups?.['label'];
      if (label) return label.toLowerCase();
    }
  }
  return undefined;
}

function isWindows1258(label: string | undefined): boolean {
  return label !== undefined && WINDOWS_1258_LABELS.has(label);
}

/** How many well-formed multi-byte UTF-8 sequences and how many invalid bytes (RFC 3629), and where the first invalid one is. */
function utf8Shape(bytes: Uint8Array): { multibyte: number; invalid: number; firstInvalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      if (length > 1) multibyte++;
      i += length;
    } else {
      invalid++;
      if (firstInvalid === -1) firstInvalid = i;
      i++;
    }
  }
  return { multibyte, invalid, firstInvalid };
}


// ---------------------------------------------------------------------------
// The tree to lines: block elements start lines, `<br>` ends one, inline
// elements run on. Bold and italics are kept beside the text, not in it
// (inline-styles.ts).

// Contribute no text: code, styles, fallbacks for browsers without scripts, the page's title (metadata).
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'title', 'canvas']);
// Elements that start and end a line (CSS `display: block`, `list-item`, `table-*` by default, and `<option>`).
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'plaintext', 'pre', 'search', 'section',
  'select', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);
// Keep their spaces and line breaks: runs of spaces and tabs are the column gaps of a plain-text copy (`ỦY BAN NHÂN DÂN      CỘNG HÒA …`).
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);
// Roles that make any element a landmark (and so a line boundary).
const LANDMARK_ROLES = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'main', 'article']);
// Line breaks inside preformatted text.
const PRE_BREAK = /\r\n?|[\n\f\u2028\u2029]/u;

/** A line of the page's text, before the article is known. */
interface PageLine {
  text: string;
  /** The innermost block the line stands in. */
  owner: PageNode;
  /** Non-space characters of the line, and of them those inside links. */
  chars: number;
  linkChars: number;
  /** Line of the HTML file where the line's first text stands. */
  sourceLine: number | undefined;
  /** Bold and italics, as offsets into `text`. */
  styles: StyleRange[];
}

/** An element of the body, with what the walk learnt about it. */
interface PageNode {
  element: Element;
  parent: PageNode | undefined;
  /** Why the element is page chrome by what it is (`<nav>` → `html-nav`), if it is. */
  landmark: string | undefined;
  /** The element or one above it is navigation, a sidebar, or the page's header or footer (a form is not: ASP.NET portals wrap whole pages in one). */
  inLandmark: boolean;
  /** The letters of the lines inside it (summed once the walk is done). */
  tally: Tally;
}

interface Tally {
  /** Non-space characters of the element's lines. */
  chars: number;
  /** Of them, inside links. */
  linkChars: number;
  /** Of them, in paragraph lines outside page landmarks. */
  paragraph: number;
  /** How much the lines inside it read as an article's: paragraph letters for, the others against (see `lineWeight`). */
  score: number;
  /** Of its letters, those of links and landmarks (the lines that count fully against it). */
  chromeChars: number;
  /** Lines inside it. */
  lines: number;
}

interface Page {
  lines: PageLine[];
  /** The body's elements in document order (a parent before its children). */
  nodes: PageNode[];
  articles: PageNode[];
  mains: PageNode[];
  passwords: PageNode[];
  /** `<meta>`, `<link>` and `<time>` met in the body (microdata's `itemprop="datePublished"`). */
  bodyMeta: Element[];
  refresh: Element[];
  firstLink: string | undefined;
}

/** What a walk passes down the tree. */
interface Context {
  /** The innermost block: the owner of the lines its text goes on. */
  block: PageNode;
  pre: boolean;
  link: boolean;
  /** Inside an article, aside, main, nav or section (whose `<header>` and `<footer>` are its own, not the page's). */
  sectioned: boolean;
}

const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

function walkPage(tree: Root): Page {
  const html = tree.children.find(isElement);
  const bodyElement = html?.children.find((child): child is Element => isElement(child) && child.tagName === 'body') ?? html ?? { type: 'element', tagName: 'body', properties: {}, children: [] };
  const body: PageNode = { element: bodyElement, parent: undefined, landmark: undefined, inLandmark: false, tally: emptyTally() };
  const page: Page = { lines: [], nodes: [body], articles: [], mains: [], passwords: [], bodyMeta: [], refresh: [], firstLink: undefined };
  for (const meta of elementsNamed(html ?? tree, 'meta')) {
    if (tokens(meta, 'httpEquiv').some((token) => token.toLowerCase() === 'refresh')) page.refresh.push(meta);
  }

  // The line being built.
  let parts: string[] = [];
  let owner: PageNode = body;
  let chars = 0;
  let linkChars = 0;
  let preformatted = false;
  let sourceLine: number | undefined;
  let itemLine = false;
  // A `<li>` was entered: its first line reads as a list item (`- Như Điều 3;`).
  let pendingItem = false;
  // Per style, what each element the walk is inside says of it (the innermost wins: bold, then `font-weight: normal` inside it).
  const styleStack: Record<InlineStyle, boolean[]> = { strong: [], emphasis: [] };
  const isActive = (style: InlineStyle) => styleStack[style].at(-1) === true;
  const activeStyles = () => (['strong', 'emphasis'] as const).filter(isActive);
  // A style turned on or off where a line has begun is a marker there; at a line's start, `append` opens what is on.
  const setStyle = (style: InlineStyle, change: () => void) => {
    const was = isActive(style);
    change();
    const now = isActive(style);
    if (was !== now && parts.length > 0) parts.push(now ? STYLE_MARKERS[style].open : STYLE_MARKERS[style].close);
  };

  const flush = (): void => {
    if (parts.length === 0) return;
    // A style still open ends with the line; the next line opens it again.
    for (const style of activeStyles()) parts.push(STYLE_MARKERS[style].close);
    const marked = parts.join('');
    const styled = hasStyleMarkers(marked);
    const normalised = normaliseText(styled ? marked.replace(/[\uFDD0-\uFDD3]/gu, '') : marked);
    let text = (preformatted ? normalised : normalised.replace(/\s+/gu, ' ')).trim();
    if (text !== '' && itemLine && !LIST_MARKER.test(text)) text = `- ${text}`;
    const styles = styled && text !== '' ? placeStyles(normaliseText(marked), text, preformatted) : [];
    if (text !== '') page.lines.push({ text, owner, chars, linkChars, sourceLine, styles });
    else if (itemLine) pendingItem = true;
    parts = [];
    chars = 0;
    linkChars = 0;
    preformatted = false;
    itemLine = false;
  };

  const append = (raw: string, context: Context, pre: boolean, line: number | undefined): void => {
    // The style markers are noncharacters no page should hold; one that does has them replaced, not read as a style.
    const value = raw.replace(MARKER_CHARACTERS, '\uFFFD');
    // Most text nodes of a page are the spaces between its tags.
    const visible = value.trim() === '' ? 0 : visibleLength(value);
    // Spaces before the first text of a line are nothing (and must not use up a pending list item).
    if (parts.length === 0 && visible === 0 && !pre) return;
    if (parts.length === 0) {
      owner = context.block;
      sourceLine = line;
      itemLine = pendingItem;
      pendingItem = false;
      for (const style of activeStyles()) parts.push(STYLE_MARKERS[style].open);
    }
    // Outside preformatted text, line breaks are spaces: a line's text must hold none, or the lines after
    // it would no longer be the ones its chrome marks count (a `<textarea>` earlier on the line made it so).
    parts.push(pre ? value : value.replace(/\s+/gu, ' '));
    chars += visible;
    if (context.link) linkChars += visible;
    preformatted ||= pre;
  };

  const visit = (parent: PageNode, element: Element, context: Context): void => {
    for (const child of element.children) {
      if (child.type === 'text') {
        const line = child.position?.start.line;
        if (!context.pre) {
          append(child.value, context, false, line);
          continue;
        }
        child.value.split(PRE_BREAK).forEach((piece, index) => {
          if (index > 0) flush();
          if (piece !== '') append(piece, context, true, line === undefined ? undefined : line + index);
        });
        continue;
      }
      if (child.type !== 'element') continue;
      const tag = child.tagName;
      if (SKIPPED.has(tag)) continue;
      if (tag === 'br') {
        flush();
        continue;
      }
      const role = roleOf(child);
      const landmark = landmarkReason(tag, role, context.sectioned);
      const node: PageNode = { element: child, parent, landmark, inLandmark: parent.inLandmark || (landmark !== undefined && landmark !== 'html-form'), tally: emptyTally() };
      page.nodes.push(node);
      if (tag === 'article' || role === 'article') page.articles.push(node);
      if (tag === 'main' || role === 'main') page.mains.push(node);
      if (tag === 'input' && stringProperty(child, 'type')?.toLowerCase() === 'password') page.passwords.push(node);
      if (tag === 'meta' || tag === 'link' || tag === 'time') page.bodyMeta.push(child);
      if (tag === 'a' && page.firstLink === undefined) page.firstLink = stringProperty(child, 'href');
      const isBlock = BLOCKS.has(tag) || (role !== undefined && LANDMARK_ROLES.has(role));
      if (isBlock) flush();
      if (tag === 'li') pendingItem = true;
      const styles = Object.entries(inlineStyleOf(child)) as [InlineStyle, boolean][];
      for (const [style, on] of styles) setStyle(style, () => styleStack[style].push(on));
      visit(node, child, {
        block: isBlock ? node : context.block,
        pre: context.pre || PREFORMATTED.has(tag),
        link: context.link || (tag === 'a' && child.properties['href'] !== undefined),
        sectioned: context.sectioned || SECTIONING.has(tag),
      });
      for (const [style] of styles) setStyle(style, () => styleStack[style].pop());
      if (isBlock) flush();
      if (tag === 'li') pendingItem = false;
    }
  };

  visit(body, bodyElement, { block: body, pre: false, link: false, sectioned: false });
  flush();
  tally(page);
  return page;
}

/** The lines' styles as spans of the text they make (one line per `\n`). */
function stylesOf(lines: readonly PageLine[]): ReadHtml['styles'] {
  const styles: ReadHtml['styles'] = [];
  let offset = 0;
  for (const line of lines) {
    for (const range of line.styles) styles.push({ span: { start: offset + range.start, end: offset + range.end }, style: range.style });
    offset += line.text.length + 1;
  }
  return styles;
}

/** Characters other than white space (what a text shows). */
function visibleLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x20 && code !== 0xa0) count++;
  }
  return count;
}

/** A line of at least this many letters, mostly not links, reads as paragraph text (`Điều 2. Quyết định này có hiệu lực từ ngày ký ban hành.`), not a menu item. */
const PARAGRAPH_CHARS = 20;
const PARAGRAPH_MAX_LINK_SHARE = 0.5;
// A short line that is not a link (`QUYẾT ĐỊNH:`, `Số hiệu:`, a date) counts half against a block:
// a document has its headings, a library's field table around it has only such lines.
const SHORT_LINE_WEIGHT = -0.5;

function emptyTally(): Tally {
  return { chars: 0, linkChars: 0, paragraph: 0, score: 0, chromeChars: 0, lines: 0 };
}

/** How a line's letters count for the block it is in: paragraph text for it, links and landmarks against it, short lines half against. */
function lineWeight(line: PageLine): number {
  if (line.owner.inLandmark || line.linkChars > PARAGRAPH_MAX_LINK_SHARE * line.chars) return -1;
  return line.chars >= PARAGRAPH_CHARS ? 1 : SHORT_LINE_WEIGHT;
}

/** Every element's letters, link letters and paragraph letters: each line's to its block, then each element's to its parent. */
function tally(page: Page): void {
  for (const line of page.lines) {
    const counts = line.owner.tally;
    const weight = lineWeight(line);
    counts.chars += line.chars;
    counts.linkChars += line.linkChars;
    counts.lines++;
    counts.score += weight * line.chars;
    if (weight === -1) counts.chromeChars += line.chars;
    if (weight === 1) counts.paragraph += line.chars;
  }
  for (let i = page.nodes.length - 1; i > 0; i--) {
    const { tally: counts, parent } = page.nodes[i]!;
    const above = parent!.tally;
    above.chars += counts.chars;
    above.linkChars += counts.linkChars;
    above.paragraph += counts.paragraph;
    above.score += counts.score;
    above.chromeChars += counts.chromeChars;
    above.lines += counts.lines;
  }
}

/**
 * Why an element is page chrome by what it is: `<nav>`, `<aside>`, a form, the page's `<header>` and
 * `<footer>`, or their ARIA roles. A `<header>` or `<footer>` inside an article or a section is that
 * section's own (its headline, its author), not the page's.
 */
function landmarkReason(tag: string, role: string | undefined, sectioned: boolean): string | undefined {
  if (tag === 'nav' || (role !== undefined && MENU_ROLES.has(role))) return 'html-nav';
  if (tag === 'aside' || role === 'complementary') return 'html-aside';
  if (tag === 'form' || tag === 'search' || role === 'search' || role === 'form') return 'html-form';
  if (role === 'banner' || (tag === 'header' && !sectioned)) return 'html-header';
  if (role === 'contentinfo' || (tag === 'footer' && !sectioned)) return 'html-footer';
  return undefined;
}

// ---------------------------------------------------------------------------
// The article, found by structure: `<article>`, else `<main>`, else the block
// whose text is most paragraph text and least anything else.

// Of the letters outside the densest block, at least this share must be links or landmarks for the block to be the article.
const MIN_OUTSIDE_CHROME_SHARE = 0.3;

function findArticle(page: Page): PageNode {
  // Not one inside navigation or a sidebar (a teaser card); of several, the one with the most paragraph text.
  const candidates = (nodes: PageNode[]) => nodes.filter((node) => node.tally.chars > 0 && !node.inLandmark).sort((a, b) => b.tally.paragraph - a.tally.paragraph);
  const found = candidates(page.articles)[0] ?? candidates(page.mains)[0];
  if (found) return found;
  // The densest block: the one whose lines most read as an article's. A block of one line (a paragraph)
  // is no candidate: its container, with the headings between the paragraphs, is.
  const body = page.nodes[0]!;
  let best = body;
  let bestScore = 0;
  for (const node of page.nodes) {
    if (node.tally.lines > 1 && node.tally.score > bestScore) {
      best = node;
      bestScore = node.tally.score;
    }
  }
  // What the block leaves out must look like a page's chrome (links, landmarks), not like a document's own
  // short lines: a Word document converted to HTML, or a page of text with no menus, is all article.
  const outside = body.tally.chars - best.tally.chars;
  const outsideChrome = body.tally.chromeChars - best.tally.chromeChars;
  return outside > 0 && outsideChrome < MIN_OUTSIDE_CHROME_SHARE * outside ? body : best;
}

// ---------------------------------------------------------------------------
// Chrome: every line outside the article, and the navigation, sidebars and
// forms inside it, with the landmark it stands in as the reason.

// A list is a menu when nearly all its letters are links: `Trang chủ` · `Giới thiệu` · `Tin tức`.
// Inside the article a list needs more (a list of legal bases may link every name it cites).
const MENU_LINK_SHARE = 0.75;
const MENU_LINK_SHARE_IN_ARTICLE = 0.9;
const MENU_ROLES = new Set(['navigation', 'menu', 'menubar']);

type Place = 'article' | 'in-article' | 'around-article' | 'outside';

/**
 * Each line's reason, or nothing for an article line. The innermost landmark the page marks
 * (`<nav>` inside `<header>` → `html-nav`) wins over a list that reads as a menu, which names
 * what the page leaves unmarked (a link list in a `<div>`, breadcrumbs, a share bar).
 */
function markChrome(page: Page, article: PageNode): (string | undefined)[] {
  // The article and the elements that hold it: a landmark holding the article (an ASP.NET page's one `<form>`) is no reason.
  const holdsArticle = new Set<PageNode>();
  for (let at: PageNode | undefined = article; at; at = at.parent) holdsArticle.add(at);
  // Parents come before their children, so one pass settles every element's place and reasons.
  const places = new Map<PageNode, { place: Place; landmark: string | undefined; menu: string | undefined }>();
  for (const node of page.nodes) {
    if (node === article) places.set(node, { place: 'article', landmark: undefined, menu: undefined });
    else if (holdsArticle.has(node)) places.set(node, { place: 'around-article', landmark: undefined, menu: undefined });
    else {
      const above = places.get(node.parent!)!;
      const inArticle = above.place === 'article' || above.place === 'in-article';
      // A form around paragraphs is a page's frame (ASP.NET wraps every page in one), not a search box or a login.
      const landmark = node.landmark === 'html-form' && node.tally.paragraph > 0 ? undefined : node.landmark;
      places.set(node, { place: inArticle ? 'in-article' : 'outside', landmark: landmark ?? above.landmark, menu: above.menu ?? menuReason(node, inArticle) });
    }
  }
  return page.lines.map((line) => {
    const { place, landmark, menu } = places.get(line.owner)!;
    if (place === 'article') return undefined;
    if (place === 'in-article') return landmark ?? menu;
    return landmark ?? menu ?? 'html-outside-article';
  });
}

/** A list of two or more items whose letters are nearly all links: a menu, breadcrumbs, related links. */
function menuReason(node: PageNode, inArticle: boolean): string | undefined {
  const { element, tally: counts } = node;
  if (element.tagName !== 'ul' && element.tagName !== 'ol' && element.tagName !== 'menu') return undefined;
  if (counts.chars === 0 || counts.linkChars < (inArticle ? MENU_LINK_SHARE_IN_ARTICLE : MENU_LINK_SHARE) * counts.chars) return undefined;
  return element.children.filter((child) => isElement(child) && child.tagName === 'li').length >= 2 ? 'html-nav' : undefined;
}

// ---------------------------------------------------------------------------
// Pages that are no document, and text no reader can use.

// A redirect page's few words: `Redirecting…` · `Đang chuyển hướng…` · `Nếu trình duyệt không tự chuyển, bấm vào đây` · `Object moved`
const REDIRECT_WORDS = /redirect|chuyển\s+(?:hướng|trang|tới|đến)|object\s+moved|moved\s+(?:permanently|temporarily)|bấm\s+vào\s+đây|nhấn\s+vào\s+đây|click\s+here/iu;
// A body of at most this many words that says it redirects is a redirect page, even without `<meta http-equiv="refresh">`.
const REDIRECT_MAX_WORDS = 12;
// A `<meta http-equiv="refresh">` with a target is a redirect when the article has fewer words (a bare refresh, `content="600"`, reloads a news page).
const REDIRECT_MAX_ARTICLE_WORDS = 30;
// A password form with fewer words of article text around it is a login page.
const LOGIN_MAX_ARTICLE_WORDS = 60;
// `0; url=https://…` · `0;URL='/van-ban/…'` · `5`
const REFRESH_CONTENT = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(?<target>.*?)\s*$/iu;

function refuseBadText(page: Page, text: string, file: string): void {
  const control = CONTROL.exec(text);
  if (control) {
    const line = page.lines[text.slice(0, control.index).split('\n').length - 1]!;
    throw new SourceError({
      file,
      code: 'control-character',
      line: line.sourceLine,
      message: `contains the control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in its text ("${line.text.slice(0, 60)}").`,
      hint: 'Remove the character from the page (it is invisible in most editors) and run the ingest again.',
    });
  }
  const legacy = detectLegacyEncoding(text);
  if (legacy) {
    throw new SourceError({
      file,
      code: 'legacy-font-encoding',
      line: page.lines[legacy.line - 1]?.sourceLine,
      message: `looks like Vietnamese typed in the ${legacy.encoding} font encoding, not Unicode (it reads "${legacy.sample}").`,
      hint: `Convert its text to Unicode (for example UniKey's "Công cụ chuyển mã", from ${legacy.encoding === 'VNI' ? 'VNI Windows' : 'TCVN3 (ABC)'} to Unicode), save it as a UTF-8 .txt file and put that in content/sources/ instead.`,
    });
  }
}

function refuseNonDocument(page: Page, chrome: readonly (string | undefined)[], file: string): void {
  const wordsOf = (lines: readonly PageLine[]) => lines.reduce((sum, line) => sum + (line.text.match(/\S+/gu)?.length ?? 0), 0);
  const articleLines = page.lines.filter((_, index) => chrome[index] === undefined);
  const refreshTarget = page.refresh.map((meta) => REFRESH_CONTENT.exec(stringProperty(meta, 'content') ?? '')?.groups?.['target']?.replace(/^["']|["']$/gu, '')).find(Boolean);
  // Every line has a word: a page of more lines than that is no short redirect notice.
  const saysRedirect = page.lines.length <= REDIRECT_MAX_WORDS && wordsOf(page.lines) <= REDIRECT_MAX_WORDS && REDIRECT_WORDS.test(page.lines.map((line) => line.text).join(' '));
  if ((refreshTarget && wordsOf(articleLines) < REDIRECT_MAX_ARTICLE_WORDS) || saysRedirect) {
    const target = refreshTarget ?? page.firstLink;
    throw new SourceError({
      file,
      code: 'html-redirect',
      message: `is a redirect page${target ? ` (to ${target})` : ''}: it holds no document${page.lines.length > 0 ? `, only "${page.lines.map((line) => line.text).join(' ').slice(0, 60)}"` : ''}.`,
      hint: `Open ${target ?? 'the page'} in a browser, let it go to the page the portal sends you to, save that page (Save Page As) and put it in content/sources/ instead of this one.`,
    });
  }
  // A password field in a sidebar or the page's header is a members' box beside a document, not a login page.
  if (page.passwords.some((input) => !input.inLandmark) && wordsOf(articleLines) < LOGIN_MAX_ARTICLE_WORDS) {
    throw new SourceError({
      file,
      code: 'html-login',
      message: 'is a login page (a form asking for a password), not a document.',
      hint: "Log in to the portal in a browser, open the document's page, save that page (Save Page As) and put it in content/sources/ instead of this one.",
    });
  }
  if (page.lines.length === 0) {
    throw new SourceError({
      file,
      code: 'empty-source',
      message: 'is empty: the page holds no text to archive.',
      hint: 'Save the page again once the browser shows its text (Save Page As, "Web Page, Complete"), or remove the file from content/sources/.',
    });
  }
  if (articleLines.length === 0) {
    throw new SourceError({
      file,
      code: 'empty-source',
      message: `holds only the page's menus, header and footer (${page.lines.length} lines), no article text: the portal may load the text with a script.`,
      hint: 'Open the page in a browser, wait until the text shows, then save it (Save Page As, "Web Page, Complete"), or copy the text into a UTF-8 .txt file.',
    });
  }
}

// ---------------------------------------------------------------------------
// Metadata from the head (and microdata in the body).

function readMetadata(tree: Root, bodyMeta: readonly Element[]): PageMetadata {
  const html = tree.children.find(isElement);
  const head = html?.children.find((child): child is Element => isElement(child) && child.tagName === 'head');
  const inHead = head ? [...elementsNamed(head, 'meta'), ...elementsNamed(head, 'link')] : [];
  const titleElement = head ? elementsNamed(head, 'title')[0] : undefined;
  const metaContent = (key: string) => {
    // `property` is RDFa (Open Graph); some portals write `name="og:title"`.
    const meta = [...inHead, ...bodyMeta].find((element) => element.tagName === 'meta' && (tokens(element, 'property').includes(key) || stringProperty(element, 'name')?.toLowerCase() === key));
    return clean(meta ? stringProperty(meta, 'content') : undefined);
  };
  const microdata = bodyMeta.concat(inHead).find((element) => tokens(element, 'itemProp').includes('datePublished'));
  const canonical = inHead.find((element) => element.tagName === 'link' && tokens(element, 'rel').some((rel) => rel.toLowerCase() === 'canonical'));
  const metadata: PageMetadata = {};
  const title = clean(titleElement ? textOf(titleElement) : undefined);
  const ogTitle = metaContent('og:title');
  const published =
    metaContent('article:published_time') ??
    clean(microdata ? (stringProperty(microdata, 'content') ?? stringProperty(microdata, 'dateTime') ?? textOf(microdata)) : undefined);
  const canonicalUrl = clean(canonical ? stringProperty(canonical, 'href') : undefined) ?? metaContent('og:url');
  const author = metaContent('author');
  if (title !== undefined) metadata.title = title;
  if (ogTitle !== undefined) metadata.ogTitle = ogTitle;
  if (published !== undefined) metadata.published = published;
  if (canonicalUrl !== undefined) metadata.canonical = canonicalUrl;
  if (author !== undefined) metadata.author = author;
  return metadata;
}

/** A value as the text is: normalised, spaces collapsed, trimmed; nothing for an empty one. */
function clean(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : normaliseText(value).replace(/\s+/gu, ' ').trim();
  return text === '' ? undefined : text;
}

// ---------------------------------------------------------------------------
// hast helpers.

function isElement(node: RootContent | Root): node is Element {
  return node.type === 'element';
}

function elementsNamed(node: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      if (child.tagName !== 'noscript' && child.tagName !== 'template') visit(child);
    }
  };
  visit(node);
  return found;
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}

function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** A property as its space-separated tokens (`rel`, `httpEquiv`, `itemProp` are lists in hast; `property` is a string). */
function tokens(element: Element, name: string): string[] {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/u).filter(Boolean) : [];
}

function roleOf(element: Element): string | undefined {
  return tokens(element, 'role')[0]?.toLowerCase();
}
