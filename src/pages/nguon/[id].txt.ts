import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

// The original source, published byte for byte at /nguon/<id>.txt.
const sources = process.env['ARCHIVE_SOURCES_DIR'] ?? 'content/sources';

export const getStaticPaths = (async () => {
  const entries = await getCollection('documents');
  return entries.map((entry) => ({ params: { id: entry.data.id }, props: { source: entry.data.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(join(sources, String(props['source'])));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
