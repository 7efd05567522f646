import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { citationGraph } from '../../lib/exports.ts';

export const GET: APIRoute = async () => new Response(`${JSON.stringify(citationGraph((await getArchive()).records))}\n`, { headers: { 'Content-Type': 'application/json' } });
