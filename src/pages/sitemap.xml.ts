import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { sitemapChunks, sitemapPaths } from '../lib/sitemap.ts';

// A sitemap index: the URLs are in /sitemap-1.xml, /sitemap-2.xml… (one file may hold 50,000; a large archive has more pages).
export const GET: APIRoute = async ({ site }) => {
  const chunks = sitemapChunks(sitemapPaths(await getArchive()));
  const entries = chunks.map((_, index) => `  <sitemap><loc>${new URL(`/sitemap-${index + 1}.xml`, site).href}</loc></sitemap>`);
  return new Response(`<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
