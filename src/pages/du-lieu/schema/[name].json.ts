import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { EXPORT_SCHEMAS } from '../../../schemas/exports.ts';
import { getArchive } from '../../../lib/archive.ts';

// JSON Schemas generated from the zod schemas the ingest and the site use.
export const getStaticPaths = (async () => {
  const { inPart } = await getArchive();
  return Object.keys(EXPORT_SCHEMAS)
    .filter((name) => inPart({ jurisdiction: null, id: name }))
    .map((name) => ({ params: { name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const schema = EXPORT_SCHEMAS[params['name'] as keyof typeof EXPORT_SCHEMAS];
  const json = { $id: `/du-lieu/schema/${params['name']}.json`, ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) };
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
