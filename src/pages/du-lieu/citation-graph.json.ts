import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { citationGraph } from '../../lib/exports.ts';

export const GET: APIRoute = async () => {
  const { records, bases } = await getArchive();
  return new Response(`${JSON.stringify(citationGraph(records, bases))}\n`, { headers: { 'Content-Type': 'application/json' } });
};
