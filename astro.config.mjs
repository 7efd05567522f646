// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Where the archive is published; canonical links and the sitemap will use it.
  site: process.env.ARCHIVE_SITE ?? 'https://cchc-archive.example',
  trailingSlash: 'always',
  // Pages are written while others render: at 10,000 documents the build waited a third of its time on the disk.
  build: { format: 'directory', concurrency: 4 },
  // Astro 7's default 'jsx' compression drops whitespace between elements, which
  // glues adjacent words together; Pagefind then indexes them as one word.
  compressHTML: false,
  // The content layer's cache belongs to one generated folder: builds of other folders
  // (tests, benchmarks) must not find entries whose files are gone. scripts/build.ts sets it.
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    // Sources have no code to highlight, and Shiki's inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
    // The generated MDX is plain CommonMark written from an mdast tree. GFM would
    // turn URLs in the text into links and smart punctuation would change the
    // quotes and dashes of the source: both off, so the page shows the text as written.
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  // A Content-Security-Policy <meta> on every page: scripts and styles only from the
  // site (Astro adds hashes for what it inlines), WebAssembly for Pagefind when it
  // runs outside its worker, the worker from the site, no plugins, no other origins.
  // Source text can never become a script. (Headers a host adds can also set frame-ancestors.)
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The prerendering reads the content layer's store from its file instead of compiling it as a 94 MB string (README, "Scale").
  integrations: [mdx()],
});
