import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { relationRows, toCsv } from '../../lib/exports.ts';
import { relationRowSchema } from '../../schemas/exports.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(Object.keys(relationRowSchema.shape) as (keyof typeof relationRowSchema.shape)[], relationRows((await getArchive()).records)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
