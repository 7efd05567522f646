import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { collectBases } from '../../src/lib/legal-basis.ts';
import { lawsNamedAmended, registryLawNamed } from '../../src/lib/laws-named-amended.ts';
import { LEGAL_REGISTRY_PATH, loadLegalRegistry } from '../../src/lib/load-registry.ts';
import { allFixtureSources, REGISTRY, ROOT } from '../helpers/fixtures.ts';

const registry = loadLegalRegistry(join(ROOT, LEGAL_REGISTRY_PATH));

describe('laws an amending law names', () => {
  it.each([
    // 032:31 — two laws, parted by `và`
    ['Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', ['Luật Tổ chức Chính phủ', 'Luật Tổ chức chính quyền địa phương']],
    // 047:10 — no comma after `sửa đổi`
    ['Luật sửa đổi bổ sung một số điều của Luật Điện lực', ['Luật Điện lực']],
    // a law whose own name holds a comma (the dev set's `Luật Cán bộ, công chức và Luật Viên chức` amending law)
    ['Luật Sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức', ['Luật Cán bộ, công chức', 'Luật Viên chức']],
    // look-alike: a law that is not an amending law
    ['Luật Tổ chức chính quyền địa phương', []],
    // look-alike: `(sửa đổi)` after a name (031:19) is the new law's nickname, not an amending law
    ['Luật Giao dịch điện tử (sửa đổi)', []],
  ])('%s', (name, expected) => expect(lawsNamedAmended(name)).toEqual(expected));

  it('a name means the newest registry law of that name passed before the amending law', () => {
    // Luật Tổ chức Chính phủ: 2001 and 2015 both in the registry; amended in 2019 → 2015, the newest before it
    expect(registryLawNamed(registry, 'Luật Tổ chức chính phủ', '2019-11-22')?.id).toBe('luat-to-chuc-chinh-phu-2015');
    // Luật Giao dịch điện tử: 2005 and 2023 in the registry; a 2024 amendment would mean 2023's, a 2010 one 2005's
    expect(registryLawNamed(registry, 'Luật Giao dịch điện tử', '2024-06-01')?.id).toBe('luat-giao-dich-dien-tu-2023');
    expect(registryLawNamed(registry, 'Luật Giao dịch điện tử', '2010-06-01')?.id).toBe('luat-giao-dich-dien-tu-2005');
    // the newest the registry has had lost force by then (2016): a newer law of that name is missing, so unknown
    expect(registryLawNamed(registry, 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân', '2017-06-01')).toBeUndefined();
    // not in the registry: unknown, not guessed from the texts' citations
    expect(registryLawNamed(registry, 'Luật Điện lực', '2012-11-20')).toBeUndefined();
  });

  it('over the fixtures, the 2019 law the texts cite (006, 032, 033) amends both laws it names, with a citing sentence as evidence', () => {
    const bases = new Map(collectBases(ingestCorpus(allFixtureSources(), REGISTRY).sources.map((source) => source.record), registry).map((basis) => [basis.id, basis]));
    const amending = 'luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong-2019';
    for (const id of ['luat-to-chuc-chinh-phu-2015', 'luat-to-chuc-chinh-quyen-dia-phuong-2015']) {
      const relation = bases.get(id)!.relations.find((item) => item.kind === 'amends' && item.other.id === amending);
      expect(relation, id).toBeDefined();
      expect(relation!.evidence.filter((evidence) => evidence.kind === 'text').map((evidence) => evidence.kind === 'text' && /sửa đổi, bổ sung một số điều của\s+Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương/iu.test(evidence.passage))).toEqual([true]);
    }
    expect(bases.get(amending)!.relations.filter((relation) => relation.role === 'agent').map((relation) => relation.other.id).sort()).toEqual(['luat-to-chuc-chinh-phu-2015', 'luat-to-chuc-chinh-quyen-dia-phuong-2015']);
    // the 2001 law the texts also cite is not the one amended
    expect(bases.get('luat-to-chuc-chinh-phu-2001')!.relations.filter((relation) => relation.kind === 'amends')).toEqual([]);
  });
});
