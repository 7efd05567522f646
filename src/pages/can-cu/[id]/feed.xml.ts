import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { atomFeed } from '../../../lib/atom.ts';
import { basisFeedTitle, basisNotices } from '../../../lib/legal-basis.ts';

// "Tell me when a new notice cites Nghị định 61/2018, or when something amends or replaces it."
export const getStaticPaths = (async () => {
  const { bases, basisById, inPart } = await getArchive();
  return bases
    .filter((basis) => inPart({ jurisdiction: null, id: basis.id }))
    .map((basis) => ({ params: { id: basis.id }, props: { name: basis.canonical, records: [...new Set(basis.citations.map((citation) => citation.record))], notices: basisNotices(basis, basisById) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(atomFeed({ page: `/can-cu/${params['id']}/`, self: `/can-cu/${params['id']}/feed.xml`, title: basisFeedTitle(props['name']), records: props['records'], notices: props['notices'] }, site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
