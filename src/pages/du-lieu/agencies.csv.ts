import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { agencyRows, toCsv } from '../../lib/exports.ts';
import { agencyRowSchema } from '../../schemas/exports.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(Object.keys(agencyRowSchema.shape) as (keyof typeof agencyRowSchema.shape)[], agencyRows((await getArchive()).records)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
