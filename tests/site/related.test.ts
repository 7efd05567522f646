import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { recordDate } from '../../src/lib/format.ts';
import { relatedIndex, relatedTo } from '../../src/lib/related.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { synthCorpus } from '../../scripts/lib/synth.ts';
import { allFixtureSources, REGISTRY } from '../helpers/fixtures.ts';

const records = ingestCorpus(allFixtureSources(), REGISTRY).sources.map((source) => source.record);
// A synthetic province (scripts/lib/synth.ts): hundreds of documents sharing an agency and a year, so only the best few make the list.
const synthetic = ingestCorpus(
  synthCorpus(400, 7).map((file) => ({ file: file.name, bytes: file.bytes })),
  REGISTRY,
).sources.map((source) => source.record);

// The same ranking, computed by comparing every pair of documents: what the inverted indexes must agree with.
function bruteForce(record: SourceRecord, all: readonly SourceRecord[], limit = 8): { id: string; score: number }[] {
  const main = (r: SourceRecord) => {
    const year = recordDate(r)?.slice(0, 4);
    return year ? r.agencies.filter((agency) => agency.roles.some((role) => ['issuer', 'subject', 'assignee'].includes(role))).map((agency) => `${agency.id}|${year}`) : [];
  };
  const bases = (r: SourceRecord) => r.legalRefs.filter((ref) => ref.resolved).map((ref) => ref.id);
  const counts = new Map<string, number>();
  for (const r of all) for (const id of new Set(bases(r))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const citing = (id: string) => counts.get(id) ?? 0;
  const scored = all
    .filter((other) => other.id !== record.id)
    .map((other) => {
      let score = record.related.filter((link) => link.id === other.id).length * 10;
      score += main(record).filter((key) => main(other).includes(key)).length * 3;
      score += record.legalRefs.filter((ref) => citing(ref.id) <= 200 && bases(other).includes(ref.id)).length;
      return { other, score };
    })
    .filter(({ score }) => score > 0);
  scored.sort((a, b) => b.score - a.score || (recordDate(b.other) ?? '').localeCompare(recordDate(a.other) ?? '') || (a.other.id < b.other.id ? -1 : 1));
  return scored.slice(0, limit).map(({ other, score }) => ({ id: other.id, score }));
}

describe('relatedTo', () => {
  const index = relatedIndex(records);

  it('ranks each fixture document as comparing it with every other document does', () => {
    let withRelated = 0;
    for (const record of records) {
      const got = relatedTo(record, index).map((item) => ({ id: item.record.id, score: item.score }));
      expect(got, record.id).toEqual(bruteForce(record, records));
      if (got.length > 0) withRelated++;
    }
    // The fixtures do relate: a test over empty lists would prove nothing.
    expect(withRelated).toBeGreaterThan(3);
  });

  it('keeps the same best few as sorting every candidate, in a corpus where most documents have hundreds', () => {
    const syntheticIndex = relatedIndex(synthetic);
    let crowded = 0;
    for (const record of synthetic) {
      // Limit 8 is what a page shows; 3 makes ties at the cut more likely.
      for (const limit of [8, 3]) {
        const got = relatedTo(record, syntheticIndex, limit).map((item) => ({ id: item.record.id, score: item.score }));
        expect(got, `${record.id}, limit ${limit}`).toEqual(bruteForce(record, synthetic, limit));
      }
      if (bruteForce(record, synthetic, 100).length > 8) crowded++;
    }
    // Most documents have more candidates than the list shows: the cut is really tested.
    expect(crowded).toBeGreaterThan(synthetic.length / 2);
  });

  it('never relates a document to itself, and gives at most the limit', () => {
    for (const record of records) {
      const items = relatedTo(record, index, 2);
      expect(items.length).toBeLessThanOrEqual(2);
      expect(items.map((item) => item.record.id)).not.toContain(record.id);
    }
  });
});
