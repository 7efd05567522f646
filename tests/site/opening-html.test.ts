import { describe, expect, it } from 'vitest';
import { openingHtml } from '../../src/lib/opening-html.ts';
import { plainText } from '../../src/lib/search-shards.ts';

// A document page as searchableHtml gives it (src/components/DocumentPage.astro), with the seed
// notice of the Sở Ngoại vụ (content/sources/000_…): its header, a heading and its paragraphs.
const PAGE = (body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><article data-pagefind-body>
    <h1 data-pagefind-meta="title">Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra công tác cải cách hành chính</h1>
    <div hidden><span data-pagefind-meta="type:Thông báo"></span><span data-pagefind-meta="number:08/TB-UBND"></span><span data-pagefind-meta="issuer:Ủy ban nhân dân tỉnh Bình Định"></span><span data-pagefind-filter="Năm:2021"></span><span data-pagefind-sort="date:2021-01-08"></span></div>
    <div class="document-text">${body}</div>
  </article></body></html>`;
const HEADER = '<section class="doc-header"><p>Số: 08 /TB-UBND</p><p>Bình Định, ngày 08 tháng 01 năm 2021</p></section>';
const FIRST = '<p>Ngày 05/01/2021, đoàn kiểm tra công tác cải cách hành chính do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra tại Sở Ngoại vụ.</p>';
const HEADING = '<h2 id="ii">II. Nhiệm vụ trong thời gian tới</h2>';
const LAST = '<p>Thực hiện đúng các quy định về chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức bộ máy trong cơ quan.</p>';

const text = (html: string) => plainText(html).split(/\s+/u).filter(Boolean).join(' ');

describe('openingHtml', () => {
  it.each([
    // the header and first paragraph fit: kept
    [`${HEADER}${FIRST}${LAST}`, 40, ['Số: 08 /TB-UBND', 'đoàn kiểm tra công tác cải cách hành chính'], []],
    // the budget ends inside the first paragraph: the words before it are kept, the last paragraph is not
    // (the header is 11 words)
    [`${HEADER}${FIRST}${LAST}`, 14, ['Số: 08 /TB-UBND', 'Ngày 05/01/2021, đoàn'], ['Ngày 05/01/2021, đoàn kiểm', 'quyền hạn', 'Sở Ngoại vụ']],
    // a heading past the budget is kept whole; the paragraph after it is not
    [`${HEADER}${FIRST}${HEADING}${LAST}`, 12, ['II. Nhiệm vụ trong thời gian tới'], ['quyền hạn']],
    // a table's cells are blocks: their words count and are kept in order
    ['<table><tr><td>Sở Nội vụ</td><td>98,5%</td></tr></table>', 40, ['Sở Nội vụ 98,5%'], []],
    // an inline tag inside a word parts nothing: the word stays one
    ['<p>Sở <strong>Ngo</strong>ại vụ tỉnh</p>', 40, ['Sở Ngoại vụ tỉnh'], []],
    // text stays escaped as it came
    ['<p>Kế hoạch &amp; Đầu tư &lt;dự thảo&gt;</p>', 40, ['Kế hoạch & Đầu tư <dự thảo>'], []],
  ])('%#: keeps what answers most queries', (body, words, kept, dropped) => {
    const opening = text(openingHtml(PAGE(body), words));
    for (const phrase of kept) expect(opening).toContain(phrase);
    for (const phrase of dropped) expect(opening).not.toContain(phrase);
  });

  it('keeps the title, filters and sort key as they were, and the type, number and issuer as words', () => {
    const opening = openingHtml(PAGE(`${HEADER}${FIRST}`), 5);
    expect(opening).toContain('<h1 data-pagefind-meta="title">Kết luận của Phó Chủ tịch UBND tỉnh');
    expect(opening).toContain('<span data-pagefind-filter="Năm:2021"></span><span data-pagefind-sort="date:2021-01-08"></span>');
    expect(text(opening)).toContain('Thông báo · 08/TB-UBND · Ủy ban nhân dân tỉnh Bình Định');
    expect(opening).toMatch(/<\/article><\/body><\/html>$/u);
  });

  it('keeps each heading at its level, which Pagefind weighs', () => {
    const opening = openingHtml(PAGE(`${HEADER}<h3>1. Kết quả</h3><h2 id="ii">II. Nhiệm vụ</h2>`), 1);
    expect(opening).toContain('<h3>1. Kết quả</h3><h2>II. Nhiệm vụ</h2>');
  });

  it('finds the text however its element is written (an attribute added)', () => {
    const page = PAGE(`${HEADER}${FIRST}${LAST}`).replace('<div class="document-text">', '<div class="document-text" data-kind="notice">');
    expect(text(openingHtml(page, 5))).not.toContain('quyền hạn');
  });

  it('counts the opening in words, whatever the markup between them', () => {
    const opening = openingHtml(PAGE(`${HEADER}${FIRST}${LAST}`), 20);
    const body = opening.slice(opening.indexOf('<div class="document-text">'));
    expect(text(body).split(' ')).toHaveLength(20);
  });

  it('returns a page without the document text whole (the look-alike: a list page)', () => {
    const list = '<!DOCTYPE html><html lang="vi"><body><article data-pagefind-body><h1>Văn bản năm 2021</h1><ul><li>08/TB-UBND</li></ul></article></body></html>';
    expect(openingHtml(list, 1)).toBe(list);
  });
});
