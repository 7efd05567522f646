import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { recordHeading, recordPath } from '../../../lib/format.ts';
import { numberShard, type NumberEntry } from '../../../lib/number-query.ts';
import { statusText } from '../../../lib/legal-status.ts';
import { parseDocumentNumber } from '../../../ingest/extract/document-number.ts';

// The number index, in shards by the first two digits of the serial, so a
// number query loads a few kilobytes rather than every number of the archive.
export const getStaticPaths = (async () => {
  const { records, bases, inPart } = await getArchive();
  const entries: NumberEntry[] = [
    ...records.filter((record) => record.number).map((record) => ({ n: record.number!, y: Number((record.issued ?? '').slice(0, 4)) || null, u: recordPath(record), h: recordHeading(record), k: record.kind === 'document' ? 'van-ban' : 'tin-tuc' })),
    ...bases.filter((basis) => basis.number).map((basis) => ({ n: basis.number!, y: basis.year, u: `/can-cu/${basis.id}/`, h: basis.canonical, k: 'can-cu', ...(basis.status ? { s: { v: basis.status.value, t: statusText(basis.status) } } : {}) })),
  ];
  const shards = new Map<string, NumberEntry[]>();
  for (const entry of entries) {
    const parsed = parseDocumentNumber(entry.n);
    if (!parsed) continue;
    const shard = numberShard(parsed.serial);
    const list = shards.get(shard) ?? shards.set(shard, []).get(shard)!;
    list.push(entry);
  }
  return [...shards].filter(([shard]) => inPart({ jurisdiction: null, id: shard })).map(([shard, list]) => ({ params: { shard }, props: { list: list.sort((a, b) => (a.u < b.u ? -1 : 1)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['list']), { headers: { 'Content-Type': 'application/json' } });
