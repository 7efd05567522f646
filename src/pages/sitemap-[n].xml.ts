import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { sitemapChunks, sitemapPaths } from '../lib/sitemap.ts';

export const getStaticPaths = (async () => {
  const chunks = sitemapChunks(sitemapPaths(await getArchive()));
  return chunks.map((paths, index) => ({ params: { n: String(index + 1) }, props: { paths } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paths: string[] }> = ({ site, props }) => {
  const urls = props.paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`);
  return new Response(`<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
