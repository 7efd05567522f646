import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { archiveExport } from '../../lib/exports.ts';

export const GET: APIRoute = async () => new Response(`${JSON.stringify(archiveExport((await getArchive()).records))}\n`, { headers: { 'Content-Type': 'application/json' } });
