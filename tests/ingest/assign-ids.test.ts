import { describe, expect, it } from 'vitest';
import { assignIds, baseId } from '../../src/ingest/link/assign-ids.ts';

const record = (overrides: Partial<Parameters<typeof baseId>[0]>) => ({
  source: 'a.txt',
  sourceSha256: 'a'.repeat(64),
  kind: 'document' as const,
  number: null,
  issued: null,
  published: null,
  jurisdiction: null,
  title: null,
  ...overrides,
});

describe('baseId: ASCII, from the content', () => {
  it.each([
    // a notice: year, number and symbol, jurisdiction
    [record({ number: '08/TB-UBND', issued: '2021-01-06', jurisdiction: 'Hải Phòng' }), '2021-08-tb-ubnd-hai-phong'],
    // the same number elsewhere is another document
    [record({ number: '33/KH-UBND', issued: '2020-02-07', jurisdiction: 'Bình Định' }), '2020-33-kh-ubnd-binh-dinh'],
    // đ is mapped by hand, not dropped
    [record({ number: '61/2018/NĐ-CP', issued: '2018-04-23', jurisdiction: null }), '2018-61-2018-nd-cp-khong-ro-dia-ban'],
    // news: date and headline, cut at a word
    [record({ kind: 'news', published: '2020-12-17T16:30', title: 'Sở Ngoại vụ tăng cường ứng dụng thông tin trong giải quyết thủ tục hành chính' }), '2020-12-17-so-ngoai-vu-tang-cuong-ung-dung-thong-tin-trong-giai'],
    // nothing to go on: the content hash
    [record({ kind: 'news', sourceSha256: '2c6a36017fc38c98'.padEnd(64, '0') }), 'nguon-2c6a36017fc3'],
  ])('%j → %s', (input, id) => {
    expect(baseId(input)).toBe(id);
    expect(id).toMatch(/^[a-z0-9-]+$/u);
  });
});

describe('assignIds: unique, whatever order the files come in', () => {
  const first = record({ source: 'z.txt', sourceSha256: '1'.repeat(64), number: '08/TB-UBND', issued: '2021-01-06', jurisdiction: 'Hải Phòng' });
  const second = record({ source: 'a.txt', sourceSha256: '2'.repeat(64), number: '08/TB-UBND', issued: '2021-01-06', jurisdiction: 'Hải Phòng' });
  const copy = record({ source: 'b.txt', sourceSha256: '1'.repeat(64), number: '08/TB-UBND', issued: '2021-01-06', jurisdiction: 'Hải Phòng' });

  it('orders colliding records by content hash, not by file name or input order', () => {
    for (const order of [[first, second], [second, first]]) {
      const { ids } = assignIds(order);
      expect(ids.get('z.txt')).toBe('2021-08-tb-ubnd-hai-phong');
      expect(ids.get('a.txt')).toBe('2021-08-tb-ubnd-hai-phong-2');
    }
  });
  it('reports the collision on the record that moved', () => {
    const { diagnostics } = assignIds([first, second]);
    expect(diagnostics.get('a.txt')?.[0]).toMatchObject({ code: 'id-collision', severity: 'warning' });
    expect(diagnostics.get('z.txt')).toBeUndefined();
  });
  it('calls identical bytes a duplicate source (the later file name moves)', () => {
    const { ids, diagnostics } = assignIds([first, copy]);
    expect(ids.get('b.txt')).toBe('2021-08-tb-ubnd-hai-phong');
    expect(diagnostics.get('z.txt')?.[0]?.code).toBe('duplicate-source');
  });
  it('does not hand out an id another record already has', () => {
    const taken = record({ source: 'c.txt', kind: 'news', title: '2021 08 tb ubnd hai phong 2' });
    const { ids } = assignIds([first, second, taken]);
    expect(new Set(ids.values()).size).toBe(3);
  });
});
