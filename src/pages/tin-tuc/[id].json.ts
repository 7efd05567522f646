import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

// The record of one news item, as `npm run extract` prints it.
export const getStaticPaths = (async () =>
  (await getCollection('documents', (entry) => entry.data.kind === 'news')).map((entry) => ({ params: { id: entry.data.id }, props: { record: entry.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(`${JSON.stringify(props['record'], null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
