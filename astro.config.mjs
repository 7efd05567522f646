// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Where the archive is published; canonical links and the sitemap will use it.
  site: process.env.ARCHIVE_SITE ?? 'https://cchc-archive.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default 'jsx' compression drops whitespace between elements, which
  // glues adjacent words together; Pagefind then indexes them as one word.
  compressHTML: false,
  markdown: {
    // The generated MDX is plain CommonMark written from an mdast tree. GFM would
    // turn URLs in the text into links and smart punctuation would change the
    // quotes and dashes of the source: both off, so the page shows the text as written.
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  integrations: [mdx()],
});
