import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { collectBases, type BasisRelation } from '../../src/lib/legal-basis.ts';
import { basisStatus, citedAfterLapse, lapsedCitations, statusText, type BasisStatus } from '../../src/lib/legal-status.ts';
import { LEGAL_REGISTRY_PATH, loadLegalRegistry } from '../../src/lib/load-registry.ts';
import type { LegalDocument } from '../../src/schemas/index.ts';
import { allFixtureSources, DIST, REGISTRY, ROOT } from '../helpers/fixtures.ts';
import { htmlText } from '../helpers/html-text.ts';

const registry = loadLegalRegistry(join(ROOT, LEGAL_REGISTRY_PATH));
const lapsedRegistry = loadLegalRegistry(join(ROOT, 'tests/fixtures/registry/legal-documents-lapsed.yaml'));
const records = ingestCorpus(allFixtureSources(), REGISTRY).sources.map((source) => source.record);
const link = (id: string) => ({ id, label: id, href: `/can-cu/${id}/` });

// A relation on the page of the document acted on, as collectBases makes it.
const acted = (kind: BasisRelation['kind'], by: string, effective: string | null, partial = false, when = effective): BasisRelation => ({
  kind,
  role: 'object',
  other: link(by),
  partial,
  attachment: null,
  effective,
  when,
  evidence: [{ kind: 'document', document: link(by), where: 'Điều 40', passage: null, copy: null }],
});
const entry = (status?: LegalDocument['status']): LegalDocument => ({ id: 'x', type: 'Nghị định', number: '1/2010/NĐ-CP', issued: '2010-01-01', issuer: 'Chính phủ', subject: 's', changes: [], ...(status ? { status } : {}) });
const bySource = { document: 'y', where: 'Điều 40' };

describe('the status of a basis', () => {
  it.each<[string, LegalDocument | undefined, BasisRelation[], Partial<BasisStatus> | null]>([
    // nothing sourced: unknown, never a guessed "còn hiệu lực"
    ['nothing known', undefined, [], null],
    // an amendment leaves a document in force and says nothing of whether it still is
    ['amended only', undefined, [acted('amends', '107-2021-nd-cp', '2021-12-06', true)], null],
    // `Quyết định này … thay thế Quyết định số …`: whole loss, from the replacing text's effective date
    ['replaced by a text', undefined, [acted('replaces', 'b', '2022-08-15')], { value: 'het-hieu-luc', since: '2022-08-15', from: 'relation' }],
    // `bãi bỏ Điều 5 …`: part of it
    ['partly repealed', undefined, [acted('repeals', 'b', '2019-01-01', true)], { value: 'het-hieu-luc-mot-phan', since: '2019-01-01' }],
    // a replacement whose text gives no date: lost force, since unknown
    ['replaced, no date', undefined, [acted('replaces', 'b', null, false, null)], { value: 'het-hieu-luc', since: null }],
    // the registry's own status
    ['registry status', entry({ value: 'het-hieu-luc', since: '2016-01-01', by: 'y', source: bySource }), [], { value: 'het-hieu-luc', since: '2016-01-01', from: 'registry' }],
    // the registry read the database in 2020; a text says it was replaced in 2022: the newer fact wins
    ['newer text over older registry', entry({ value: 'con-hieu-luc', source: { url: 'https://vbpl.vn/x', checked: '2020-05-01' } }), [acted('replaces', 'b', '2022-08-15')], { value: 'het-hieu-luc', from: 'relation' }],
    // replaced wholly in 2020, a part repealed in 2022 (a text's mistake or a late repeal): still lost all force, from 2020
    ['partial after whole', undefined, [acted('replaces', 'b', '2020-01-01'), acted('repeals', 'c', '2022-01-01', true)], { value: 'het-hieu-luc', since: '2020-01-01', by: link('b') }],
    // the official database read in force in 2024, after a 2020 repeal a text states; a part repealed in 2025 leaves it partly in force, not lost
    [
      'partial after an official "in force"',
      entry({ value: 'con-hieu-luc', source: { url: 'https://vbpl.vn/x', checked: '2024-05-01' } }),
      [acted('replaces', 'b', '2020-01-01'), acted('repeals', 'c', '2025-01-01', true)],
      { value: 'het-hieu-luc-mot-phan', since: '2025-01-01' },
    ],
    // on the same day, a whole loss outranks a partial one
    ['whole over partial, same day', undefined, [acted('repeals', 'b', '2019-01-01', true), acted('replaces', 'c', '2019-01-01')], { value: 'het-hieu-luc', by: link('c') }],
  ])('%s', (_name, registryEntry, relations, expected) => {
    const status = basisStatus({ registry: registryEntry, relations }, link);
    if (expected === null) expect(status).toBeNull();
    else expect(status).toMatchObject(expected);
  });

  it('says since when in the badge, but not for a document in force', () => {
    expect(statusText({ value: 'het-hieu-luc', since: '2025-07-01' })).toBe('Hết hiệu lực từ 01/07/2025');
    expect(statusText({ value: 'het-hieu-luc', since: null })).toBe('Hết hiệu lực');
    expect(statusText({ value: 'con-hieu-luc', since: null })).toBe('Còn hiệu lực');
  });

  it.each<[string, string, string | null, boolean]>([
    // dated after the loss: flagged
    ['after', '2020-01-01', '2021-01-06', true],
    // on the very day the basis lost force: flagged, it was no longer in force that day
    ['the same day', '2025-07-01', '2025-07-01', true],
    // before: a citation of a document then in force
    ['before', '2025-07-01', '2020-03-24', false],
    // a text without a date is not flagged (nothing to compare)
    ['no date', '2025-07-01', null, false],
  ])('a citation dated %s the loss (lapsed on %s, dated %s)', (_name, since, date, flagged) => {
    expect(citedAfterLapse({ value: 'het-hieu-luc', since, by: null, evidence: [], from: 'registry' }, date)).toBe(flagged);
    // a partial loss is never flagged: the text may cite the articles still in force
    expect(citedAfterLapse({ value: 'het-hieu-luc-mot-phan', since, by: null, evidence: [], from: 'registry' }, date)).toBe(false);
  });
});

describe('bases with the registry, over every fixture text', () => {
  const bases = collectBases(records, registry);
  const byId = new Map(bases.map((basis) => [basis.id, basis]));

  it("61/2018: the registry's timeline in date order, and its status with the document that changed it", () => {
    const decree = byId.get('61-2018-nd-cp')!;
    expect(decree.relations.map((relation) => [relation.when, relation.kind, relation.other.id])).toEqual([
      ['2018-11-23', 'implements', '01-2018-tt-vpcp'],
      ['2021-12-06', 'amends', '107-2021-nd-cp'],
      ['2025-07-01', 'replaces', '118-2025-nd-cp'],
    ]);
    expect(decree.status).toMatchObject({ value: 'het-hieu-luc', since: '2025-07-01', by: { id: '118-2025-nd-cp' }, from: 'registry' });
    expect(decree.registry?.subject).toBe('Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính');
  });

  it('a relation a text states and the registry repeats is one entry with both sources (48/2013 amends 63/2010: dev set 014 and the registry)', () => {
    const amending = byId.get('63-2010-nd-cp')!.relations.filter((relation) => relation.kind === 'amends' && relation.other.id === '48-2013-nd-cp');
    expect(amending).toHaveLength(1);
    expect(amending[0]!.evidence.map((evidence) => evidence.kind).sort()).toEqual(['document', 'text']);
  });

  it('one act is at one date on every timeline: 48/2013 at its effective date, whether the registry or its own text says what it amends', () => {
    const dates = ['63-2010-nd-cp', '20-2008-nd-cp', '36-2012-nd-cp', '55-2011-nd-cp'].map((id) => byId.get(id)!.relations.find((relation) => relation.other.id === '48-2013-nd-cp')?.when);
    expect(dates).toEqual(['2013-07-01', '2013-07-01', '2013-07-01', '2013-07-01']);
  });

  it('a registry document no text cites still has a basis, so every relation links to a page', () => {
    expect(byId.get('118-2025-nd-cp')).toMatchObject({ citingDocuments: 0, canonical: 'Nghị định số 118/2025/NĐ-CP', date: '2025-06-09' });
    for (const basis of bases) for (const relation of basis.relations) if (relation.other.href.startsWith('/can-cu/')) expect(byId.has(relation.other.id), `${basis.id} → ${relation.other.id}`).toBe(true);
  });

  it("a law cited by its number (043:20, `Luật giao dịch điện tử số 51/2005/QH11`) is named, dated and given its status as the registry's law", () => {
    expect(byId.get('51-2005-qh11')).toMatchObject({
      canonical: 'Luật Giao dịch điện tử số 51/2005/QH11',
      date: '2005-11-29',
      sameAs: { id: 'luat-giao-dich-dien-tu-2005' },
      status: { value: 'het-hieu-luc', since: '2024-07-01' },
    });
  });

  it('with the real registry, no fixture text cites a basis after it lost force', () => {
    expect(lapsedCitations(bases)).toEqual([]);
  });

  it('a text saying the basis was replaced describes its end and is not flagged; one relying on it that day is', () => {
    // made up, in the words of 032:37 and the registry: news of 01/09/2025, after 61/2018 lost force on 01/07/2025
    const news = (body: string) => ({ file: 'tin.txt', bytes: new TextEncoder().encode(`Tin về cơ chế một cửa\n\nThứ hai - 01/09/2025 10:00\n\n${body}`) });
    const flagged = (body: string) => lapsedCitations(collectBases(ingestCorpus([news(body)], REGISTRY).sources.map((source) => source.record), registry)).map(({ basis }) => basis.id);
    expect(flagged('Thực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ thay thế Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, Sở Nội vụ rà soát quy trình.')).toEqual([]);
    expect(flagged('Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, Sở Nội vụ rà soát quy trình.')).toEqual(['61-2018-nd-cp']);
  });

  it('with a registry saying 61/2018 lost force on 2020-01-01, the texts dated after it that rely on it are flagged', () => {
    const flagged = lapsedCitations(collectBases(records, lapsedRegistry)).map(({ record, basis }) => `${record.id} ${basis.id}`);
    expect(flagged).toEqual([
      // news of 10/03/2020: `đã triển khai cơ chế một cửa theo Nghị định số 61/2018/NĐ-CP`
      '2020-03-10-kiem-tra-cong-tac-cai-cach-hanh-chinh-tai-so-tu-phap 61-2018-nd-cp',
      // seed 003, 24/03/2020: `theo quy định tại Nghị định số 61/2018/NĐ-CP`
      '2020-149-tb-ubnd-hai-phong 61-2018-nd-cp',
      // seed 000, 06/01/2021: `theo Nghị định số 61/2018/NĐ-CP`
      '2021-08-tb-ubnd-hai-phong 61-2018-nd-cp',
      // a Hà Nội công văn of 15/05/2022: `Thực hiện Nghị định số 61/2018/NĐ-CP …`
      '2022-2231-ubnd-nc-ha-noi 61-2018-nd-cp',
      // dev set 032, 04/11/2024: `Căn cứ Nghị định số 61/2018/NĐ-CP`
      '2024-31-2024-qd-ubnd-ha-tinh 61-2018-nd-cp',
      // not dev set 031 (09/12/2024): it names 61/2018 only as what 107/2021 amends, a mention;
      // not 020 (29/11/2019) nor a10 (28/08/2019): before the loss
    ]);
  });
});

describe('the seed build', () => {
  const page = (path: string) => readFileSync(join(DIST, path), 'utf8');

  it("61/2018's page shows its subject, its status and since when, what it rests on, and 107/2021 amending it with the passage", () => {
    const html = page('can-cu/61-2018-nd-cp/index.html');
    const text = htmlText(html);
    expect(text).toMatch(/Trích yếu\s*Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính/u);
    expect(html).toMatch(/<span class="status-badge het-hieu-luc[^"]*">Hết hiệu lực từ 01\/07\/2025<\/span>\s*theo <a href="\/can-cu\/118-2025-nd-cp\/"/u);
    expect(text).toMatch(/theo các văn bản trong lưu trữ và danh mục văn bản pháp luật, cập nhật ngày 01\/12\/2026/u);
    const timeline = html.slice(html.indexOf('id="dien-bien"'), html.indexOf('</section>', html.indexOf('id="dien-bien"')));
    expect(timeline).toMatch(/Được sửa đổi, bổ sung bởi\s*<a href="\/can-cu\/107-2021-nd-cp\/"[^>]*>Nghị định số 107\/2021\/NĐ-CP<\/a>\s*\(một phần\)/u);
    expect(htmlText(timeline)).toContain('Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018');
    expect(htmlText(timeline)).toMatch(/Theo danh mục, dẫn Nghị định số 107\/2021\/NĐ-CP, trích yếu/u);
    // oldest first
    expect(timeline.indexOf('01-2018-tt-vpcp')).toBeLessThan(timeline.indexOf('107-2021-nd-cp'));
    expect(timeline.indexOf('107-2021-nd-cp')).toBeLessThan(timeline.indexOf('118-2025-nd-cp'));
  });

  it("a basis nothing sourced speaks of says its status is unknown, and has no badge", () => {
    const html = page('can-cu/62-2020-nd-cp/index.html');
    expect(htmlText(html)).toContain('Tình trạng hiệu lực chưa rõ');
    expect(html).not.toContain('status-badge');
  });

  it('the badge shows wherever the basis is listed: the citing document, the index of bases, the number index', () => {
    const notice = page('van-ban/2021-08-tb-ubnd-hai-phong/index.html');
    const references = notice.slice(notice.indexOf('id="can-cu-lien-quan"'));
    // after the reference's own words, on its line
    expect(htmlText(references)).toMatch(/Nghị định số 61\/2018\/NĐ-CP của Chính phủ\s*Hết hiệu lực từ 01\/07\/2025/u);
    expect(references).toMatch(/<span class="status-badge het-hieu-luc[^"]*">Hết hiệu lực từ 01\/07\/2025<\/span>/u);
    // dated 2021, before the loss: no flag
    expect(notice).not.toContain('từ khi căn cứ đã hết hiệu lực');
    expect(page('can-cu/index.html')).toMatch(/61-2018-nd-cp\/"[^>]*>Nghị định số 61\/2018\/NĐ-CP<\/a>\s*<span class="status-badge het-hieu-luc/u);
    const shard = JSON.parse(page('tim-kiem/so-hieu/61.json')) as { u: string; s?: { v: string; t: string } }[];
    expect(shard.find((entry) => entry.u === '/can-cu/61-2018-nd-cp/')?.s).toEqual({ v: 'het-hieu-luc', t: 'Hết hiệu lực từ 01/07/2025' });
    // a law the texts cite by name is found by the number the registry gives it
    const laws = JSON.parse(page('tim-kiem/so-hieu/77.json')) as { n: string; u: string }[];
    expect(laws.find((entry) => entry.n === '77/2015/QH13')?.u).toBe('/can-cu/luat-to-chuc-chinh-quyen-dia-phuong-2015/');
  });

  it("a decision's page lists what is issued with it, and the timeline says which attachment a change goes through (seed 002)", () => {
    const html = page('can-cu/2016-84-qd-sngv-binh-dinh/index.html');
    const attached = htmlText(html.slice(html.indexOf('id="kem-theo"'), html.indexOf('</section>', html.indexOf('id="kem-theo"'))));
    expect(attached).toMatch(/Văn bản ban hành kèm theo\s*Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ/u);
    expect(attached).toMatch(/Theo văn bản trong lưu trữ:/u);
    const timeline = htmlText(html.slice(html.indexOf('id="dien-bien"'), html.indexOf('</section>', html.indexOf('id="dien-bien"'))));
    expect(timeline).toMatch(/Được sửa đổi, bổ sung bởi Quyết định số 430\/QĐ-SNgV \(một phần: Quy chế hoạt động và chế độ làm việc của Sở Ngoại vụ\)/u);
  });

  it('/chat-luong/ has the list of citations after a loss of force, empty for the seeds', () => {
    const html = page('chat-luong/index.html');
    expect(htmlText(html)).toContain('Văn bản dẫn chiếu căn cứ đã hết hiệu lực (0)');
    expect(htmlText(page('chat-luong/het-hieu-luc/index.html'))).toContain('Danh sách trống.');
  });
});
