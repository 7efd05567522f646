import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { toNdjson } from '../../lib/exports.ts';

export const GET: APIRoute = async () => new Response(toNdjson((await getArchive()).records), { headers: { 'Content-Type': 'application/x-ndjson' } });
