import { describe, expect, it } from 'vitest';
import { sitemapChunks } from '../../src/lib/sitemap.ts';

describe('sitemapChunks', () => {
  const paths = Array.from({ length: 25 }, (_, i) => `/van-ban/${i}/`);
  it.each([
    // under the size: one file
    [paths.slice(0, 3), 10, [3]],
    // over it: files of the size, the rest in the last
    [paths, 10, [10, 10, 5]],
    // exactly full: no empty file after it
    [paths.slice(0, 20), 10, [10, 10]],
    // nothing to list: one empty file, so the index still names a file
    [[], 10, [0]],
  ])('%j in files of %d', (input, size, lengths) => {
    const chunks = sitemapChunks(input, size);
    expect(chunks.map((chunk) => chunk.length)).toEqual(lengths);
    expect(chunks.flat()).toEqual(input);
  });
});
