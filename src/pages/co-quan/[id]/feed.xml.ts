import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { atomFeed } from '../../../lib/atom.ts';

// "Tell me when a new document names this agency."
export const getStaticPaths = (async () => {
  const { agencies, inPart } = await getArchive();
  return agencies.filter((agency) => inPart(agency)).map((agency) => ({ params: { id: agency.id }, props: { name: agency.name, records: [...new Set([...agency.byYear.values()].flat())] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(atomFeed({ page: `/co-quan/${params['id']}/`, self: `/co-quan/${params['id']}/feed.xml`, title: `${props['name']}: văn bản và tin tức mới`, records: props['records'] }, site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
