import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { referenceRows, toCsv } from '../../lib/exports.ts';
import { referenceRowSchema } from '../../schemas/exports.ts';

export const GET: APIRoute = async () => {
  const { records, bases } = await getArchive();
  return new Response(toCsv(Object.keys(referenceRowSchema.shape) as (keyof typeof referenceRowSchema.shape)[], referenceRows(records, bases)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
