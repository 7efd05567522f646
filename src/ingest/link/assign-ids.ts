import type { Diagnostic, SourceRecord } from '../../schemas/index.ts';
import { slugify, slugifyWords } from './slugify.ts';

type IdInput = Pick<SourceRecord, 'source' | 'sourceSha256' | 'kind' | 'number' | 'issued' | 'published' | 'jurisdiction' | 'title'>;

const TITLE_SLUG_MAX = 56;

/**
 * The id a record would have on its own, from its content:
 *   official document: year, number, jurisdiction  → 2021-08-tb-ubnd-hai-phong
 *   news item:         date, headline              → 2020-12-17-so-ngoai-vu-tang-cuong-…
 *   nothing to go on:  the start of the content hash → nguon-2c6a36017fc3
 */
export function baseId(record: IdInput): string {
  const day = record.issued ?? record.published?.slice(0, 10) ?? null;
  if (record.kind === 'document' && record.number) {
    return [day?.slice(0, 4) ?? 'khong-ro-nam', slugify(record.number), slugify(record.jurisdiction ?? 'khong-ro-dia-ban')].join('-');
  }
  const title = record.title ? slugifyWords(record.title, TITLE_SLUG_MAX) : '';
  if (title) return day ? `${day}-${title}` : title;
  return `nguon-${record.sourceSha256.slice(0, 12)}`;
}

/**
 * Unique ids across the corpus. Records that would share an id are ordered by
 * content hash (then file name), so the outcome does not depend on the order
 * files were read; the first keeps the id, the others get `-2`, `-3`…, and each
 * collision is reported.
 */
export function assignIds(records: readonly IdInput[]): { ids: Map<string, string>; diagnostics: Map<string, Diagnostic[]> } {
  const groups = new Map<string, IdInput[]>();
  for (const record of records) {
    const id = baseId(record);
    groups.set(id, [...(groups.get(id) ?? []), record]);
  }
  const ids = new Map<string, string>();
  const diagnostics = new Map<string, Diagnostic[]>();
  const taken = new Set(groups.keys());
  for (const [id, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    group.sort((a, b) => compare(a.sourceSha256, b.sourceSha256) || compare(a.source, b.source));
    group.forEach((record, index) => {
      if (index === 0) {
        ids.set(record.source, id);
        return;
      }
      let n = index + 1;
      while (taken.has(`${id}-${n}`)) n++;
      const unique = `${id}-${n}`;
      taken.add(unique);
      ids.set(record.source, unique);
      const first = group[0]!;
      const duplicate = first.sourceSha256 === record.sourceSha256;
      diagnostics.set(record.source, [
        {
          code: duplicate ? 'duplicate-source' : 'id-collision',
          severity: 'warning',
          message: duplicate
            ? `has the same bytes as ${first.source}; published as ${unique}.`
            : `would have the id ${id}, already taken by ${first.source}; published as ${unique}.`,
          hint: duplicate ? 'Remove one of the two copies from content/sources/.' : 'Check the number, date and jurisdiction of both sources; two documents rarely share all three.',
        },
      ]);
    });
  }
  return { ids, diagnostics };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
