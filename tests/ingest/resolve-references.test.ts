import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { EXTRA_DIR, SEEDS_DIR, sourcesIn, REGISTRY } from '../helpers/fixtures.ts';

// The seeds (Hải Phòng, Bình Định) and the extra fixtures, among them Bình Định's
// Kế hoạch 33/KH-UBND of 07/02/2020 and a Bình Định news item citing it.
const corpus = ingestCorpus([...sourcesIn(SEEDS_DIR), ...sourcesIn(EXTRA_DIR)], REGISTRY);
const record = (file: string) => corpus.sources.find((source) => source.file === file)!.record;
const refTo = (file: string, number: string) => record(file).legalRefs.find((ref) => ref.number === number)!;

describe('references resolve to documents in the archive, and only to the right one', () => {
  it('Bình Định citing 33/KH-UBND of 2020 reaches Bình Định’s plan', () => {
    const plan = record('ke-hoach-utf16.txt');
    expect(plan.id).toBe('2020-33-kh-ubnd-binh-dinh');
    expect(refTo('tin-binh-dinh-kiem-tra.txt', '33/KH-UBND')).toMatchObject({ id: '2020-33-kh-ubnd-binh-dinh', target: plan.id });
  });

  it('Hải Phòng’s 33/KH-UBND of 2020 is another document, with no page in the archive', () => {
    const ref = refTo('000_2c6a36017fc38c98.txt', '33/KH-UBND');
    expect(ref.id).toBe('2020-33-kh-ubnd-hai-phong');
    expect(ref.target).toBeUndefined();
  });

  it('a decree cited by two provinces is one document', () => {
    expect(refTo('tin-binh-dinh-kiem-tra.txt', '61/2018/NĐ-CP').id).toBe(refTo('003_e8cb68ce351b253a.txt', '61/2018/NĐ-CP').id);
  });

  it('anchors number every place in reading order, once', () => {
    for (const source of corpus.sources) {
      const anchors = source.record.legalRefs.flatMap((ref) => ref.occurrences.map((occurrence) => occurrence.anchor));
      expect(new Set(anchors).size).toBe(anchors.length);
    }
  });
});
