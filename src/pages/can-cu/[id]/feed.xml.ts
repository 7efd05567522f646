import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { atomFeed } from '../../../lib/atom.ts';

// "Tell me when a new notice cites Nghị định 61/2018."
export const getStaticPaths = (async () => {
  const { bases, inPart } = await getArchive();
  return bases.filter((basis) => inPart({ jurisdiction: null, id: basis.id })).map((basis) => ({ params: { id: basis.id }, props: { name: basis.canonical, records: [...new Set(basis.citations.map((citation) => citation.record))] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(atomFeed({ page: `/can-cu/${params['id']}/`, self: `/can-cu/${params['id']}/feed.xml`, title: `Văn bản mới dẫn chiếu ${props['name']}`, records: props['records'] }, site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
