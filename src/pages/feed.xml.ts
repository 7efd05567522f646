import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { atomFeed } from '../lib/atom.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed({ page: '/', self: '/feed.xml', title: 'Lưu trữ văn bản cải cách hành chính: văn bản và tin tức mới', records: (await getArchive()).records }, site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
