import { describe, expect, it } from 'vitest';
import { withoutIgnored } from '../../src/lib/without-ignored.ts';

describe('withoutIgnored', () => {
  it.each([
    // the reference list of a document page goes, the text stays
    ['<p>Sở Nội vụ</p><section class="reference-list" data-pagefind-ignore><h2>Căn cứ</h2><ol><li>61/2018</li></ol></section><p>hết</p>', '<p>Sở Nội vụ</p><p>hết</p>'],
    // elements of the same name nested inside the ignored one do not end it early
    ['<div data-pagefind-ignore><div><div>a</div></div>b</div><div>c</div>', '<div>c</div>'],
    // void elements inside (<br>, <br/>) open nothing
    ['<p data-pagefind-ignore>a<br>b<br/>c<img src="x.png"></p><p>d</p>', '<p>d</p>'],
    // an attribute value holding > does not end the tag
    ['<dl data-pagefind-ignore><dd><a data-url="https://x/?a>b" href="/y">z</a></dd></dl><p>e</p>', '<p>e</p>'],
    // data-pagefind-ignore="all" counts, whatever its place among the attributes
    ['<aside data-pagefind-ignore="all" class="x">a</aside><p>f</p>', '<p>f</p>'],
    // look-alike attributes do not: data-pagefind-ignored, a class named like it, text
    ['<p data-pagefind-ignored>a</p><p class="data-pagefind-ignore">b</p><p>data-pagefind-ignore</p>', '<p data-pagefind-ignored>a</p><p class="data-pagefind-ignore">b</p><p>data-pagefind-ignore</p>'],
    // two ignored elements side by side, and Vietnamese text between them
    ['<ul data-pagefind-ignore><li>x</li></ul>Tiếng Việt<ul data-pagefind-ignore><li>y</li></ul>', 'Tiếng Việt'],
    // a void element marked ignored goes alone
    ['<p>a<img data-pagefind-ignore src="x">b</p>', '<p>ab</p>'],
    // an ignored element holding a filter, meta or sort stays: Pagefind reads those even there
    ['<div data-pagefind-ignore><span data-pagefind-filter="Năm:2015"></span>a</div><p data-pagefind-ignore>b</p>', '<div data-pagefind-ignore><span data-pagefind-filter="Năm:2015"></span>a</div>'],
    ['<div data-pagefind-ignore><span data-pagefind-sort="date:2015-10-08"></span></div>', '<div data-pagefind-ignore><span data-pagefind-sort="date:2015-10-08"></span></div>'],
    // nothing to drop
    ['<article data-pagefind-body><h1>Thông báo</h1></article>', '<article data-pagefind-body><h1>Thông báo</h1></article>'],
  ])('%s', (html, expected) => expect(withoutIgnored(html)).toBe(expected));

  it('returns the HTML whole when an ignored element is never closed', () => {
    const broken = '<p>a</p><section data-pagefind-ignore><p>b</p>';
    expect(withoutIgnored(broken)).toBe(broken);
  });
});
