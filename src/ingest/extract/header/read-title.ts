import type { Segments } from '../../segment/segments.ts';
import type { PageMetadata } from '../../read/read-html.ts';
import type { CleanLine } from '../../types.ts';
import { fromRefs, fromText, type Reading } from './reading.ts';

// (TTV) · (CLO) · TCCS - : a wire or paper's code before a headline or lede.
const WIRE_PREFIX = /^(?:\(\p{Lu}{2,6}\)|\p{Lu}{3,6}\s+[-–])\s*[-–]?\s*/u;
// Tên sáng kiến: Ứng dụng Công nghệ thông tin … · Tên đề tài: … · Tên đề án: … (a report that names the work
// it is about on a labelled first line instead of a header); not `Tên đơn vị:` or `Tên đăng nhập:` of a form.
const NAME_LABEL = /^Tên\s+(?:sáng\s+kiến|đề\s+tài|đề\s+án|dự\s+án|nhiệm\s+vụ|chương\s+trình|giải\s+pháp|công\s+trình|báo\s+cáo)\s*:\s*(?<title>\S.*)$/u;
// QR CODE: Sở Ngoại vụ tăng cường ứng dụng thông tin trong giải quyết thủ tục hành chính
const QR_TITLE = /^QR CODE\s*:\s*(?<title>\S.*)$/iu;

/**
 * The title: a document's subject, a news item's headline, else what the page
 * chrome kept of it. A source with none is reported (it is titled from its
 * first sentence: `readDerivedTitle`).
 */
export function readTitle(segments: Segments, chrome: readonly CleanLine[], text: string, metadata: PageMetadata = {}): Reading<string | null> {
  const subject = segments.kind === 'document' ? segments.document.subject : [];
  if (subject.length > 0 && !isFragment(subject.map((ref) => ref.text).join(' '))) {
    // The trích yếu as written, `V/v` of a công văn included.
    return { value: subject.map((ref) => ref.text).join(' ').replace(/\s+/gu, ' ').trim(), fields: { title: fromRefs(subject, text) }, diagnostics: [] };
  }
  const headline = segments.kind === 'news' ? segments.news.headline : undefined;
  if (headline) {
    // `(TTV) Văn bản chỉ đạo …`: the wire's code is not part of the headline.
    const wire = WIRE_PREFIX.exec(headline.text)?.[0].length ?? 0;
    const title = headline.text.slice(wire);
    return { value: title, fields: { title: fromText(headline, { start: headline.span.start + wire, end: headline.span.end }, title) }, diagnostics: [] };
  }
  const first = segments.kind === 'document' && segments.document.issuerLines.length === 0 && segments.document.number.length === 0 ? segments.body[0]?.refs[0] : undefined;
  const named = first ? NAME_LABEL.exec(first.text) : null;
  if (first && named?.groups) {
    const value = named.groups['title']!;
    const start = first.span.start + first.text.length - value.length;
    return { value, fields: { title: fromText(first, { start, end: first.span.end }, value) }, diagnostics: [] };
  }
  const qr = chrome.map((line) => ({ line, match: QR_TITLE.exec(line.text.trim()) })).find(({ match }) => match);
  if (qr?.match?.groups) {
    return {
      value: qr.match.groups['title']!.trim(),
      fields: { title: { from: 'chrome', text: qr.line.text.trim(), line: qr.line.no, note: 'trang không có dòng tiêu đề; tiêu đề còn trong dòng mã QR' } },
      diagnostics: [],
    };
  }
  // A saved page's own title, when its text has none: `og:title`, else `<title>` without the site's name after it.
  const pageTitle = metadata.ogTitle ?? (metadata.title ? withoutSiteName(metadata.title) : undefined);
  if (pageTitle && !isFragment(pageTitle)) {
    return { value: pageTitle, fields: { title: { from: 'metadata', text: metadata.ogTitle ?? metadata.title!, note: metadata.ogTitle ? 'og:title của trang' : '<title> của trang' } }, diagnostics: [] };
  }
  return {
    value: null,
    fields: {},
    diagnostics: [
      {
        code: 'title-missing',
        severity: 'warning',
        message: 'No headline or subject line was found; the page is titled from the first sentence.',
        hint: 'Put the headline on the first line of the source, or check that it is not taken for page chrome.',
      },
    ],
  };
}

/** A subject cut off by the end of an excerpt (`HƯ`, `HƯỚN`) is no title. */
export function isFragment(text: string): boolean {
  return text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length < 3;
}

// `Quyết định 2862/QĐ-UBND … - Cổng thông tin điện tử tỉnh Sơn La` · `… | Báo Nghệ An`: a page's title ends with its site's name.
const SITE_NAME_AFTER = /\s+[-–|]\s+[^-–|]+$/u;

function withoutSiteName(title: string): string {
  const cut = SITE_NAME_AFTER.exec(title);
  // Only a shorter tail is the site's name; a title split in two halves is left whole.
  return cut && cut[0].length < title.length / 2 ? title.slice(0, cut.index).trim() : title.trim();
}
