import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { resolveReferences } from '../../src/ingest/link/resolve-references.ts';
import { allFixtureSources, EXTRA_DIR, SEEDS_DIR, sourcesIn, REGISTRY } from '../helpers/fixtures.ts';

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

describe('every reference id can name a folder', () => {
  // A news item cites a notice by its title, without a number; the unresolved id is
  // scoped to the citing page and names a folder, which holds at most 255 bytes.
  it('cuts a reference by title to a few words', () => {
    const title = 'Thông báo kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang, Tổ trưởng Tổ công tác tại Phiên họp thứ ba của Tổ công tác cải cách thủ tục hành chính của Thủ tướng Chính phủ và Hội đồng tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ';
    const cited = { ...record('000_2c6a36017fc38c98.txt').legalRefs[0]!, id: null, number: null, canonical: title, resolved: false };
    const [resolved] = resolveReferences('2024-07-31-truyen-thong-tot-hon-ve-ket-qua-cai-cach-thu-tuc-hanh-chinh-den', [cited], []);
    expect(resolved!.id.length).toBeLessThanOrEqual(160);
    expect(resolved!.id).toMatch(/^chua-xac-dinh-2024-07-31-truyen-thong-.*-thong-bao-ket-luan-cua-pho-thu-tuong/u);
  });

  it('stays short for every fixture, real texts included', () => {
    const all = ingestCorpus(allFixtureSources(), REGISTRY);
    const long = all.sources.flatMap((source) => source.record.legalRefs.filter((ref) => ref.id.length > 160).map((ref) => `${source.file}: ${ref.id}`));
    expect(long).toEqual([]);
  });
});
