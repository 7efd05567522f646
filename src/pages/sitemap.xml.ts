import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { recordPath } from '../lib/format.ts';

// Every page a search engine should know, in a stable order.
export const GET: APIRoute = async ({ site }) => {
  const { records, agencies, people, years, bases } = await getArchive();
  const paths = [
    '/', '/can-cu/', '/co-quan/', '/nhan-vat/', '/nam/', '/ket-qua/', '/tim-kiem/', '/chat-luong/', '/du-lieu/',
    ...records.map(recordPath),
    ...agencies.map((agency) => `/co-quan/${agency.id}/`),
    ...people.map((person) => `/nhan-vat/${person.id}/`),
    ...years.map((year) => `/nam/${year.year}/`),
    ...bases.map((basis) => `/can-cu/${basis.id}/`),
  ];
  const urls = [...new Set(paths)].map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`);
  return new Response(`<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
