import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLegalReferences } from '../../src/ingest/extract/legal-references.ts';
import { LEGAL_REGISTRY_PATH, loadLegalRegistry } from '../../src/lib/load-registry.ts';
import { legalRegistrySchema } from '../../src/schemas/index.ts';
import { ROOT } from '../helpers/fixtures.ts';

const registry = loadLegalRegistry(join(ROOT, LEGAL_REGISTRY_PATH));

// The smallest valid entries; each row changes one thing.
const decree = { id: '61-2018-nd-cp', type: 'Nghị định', number: '61/2018/NĐ-CP', issued: '2018-04-23', issuer: 'Chính phủ', subject: 'Về thực hiện cơ chế một cửa' };
const successor = { id: '118-2025-nd-cp', type: 'Nghị định', number: '118/2025/NĐ-CP', issued: '2025-06-09', issuer: 'Chính phủ', subject: 'Về thực hiện thủ tục hành chính theo cơ chế một cửa' };
const bySuccessor = { document: '118-2025-nd-cp', where: 'điều khoản về hiệu lực thi hành' };
const replaced = { kind: 'replaces', by: '118-2025-nd-cp', effective: '2025-07-01', source: bySuccessor };
const official = { url: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1', checked: '2026-12-01' };
const parse = (...documents: object[]) => legalRegistrySchema.safeParse({ updated: '2026-12-01', documents: [...documents, successor] });
const problem = (result: ReturnType<typeof parse>) => (result.success ? null : `${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`);

describe('the legal registry schema', () => {
  it.each([
    // a lost force, the date and the document that says so
    ['status with its source', { ...decree, changes: [replaced], status: { value: 'het-hieu-luc', since: '2025-07-01', by: '118-2025-nd-cp', source: bySuccessor } }, null],
    // a status naming the document that ended it, with no change saying that document replaced or repealed it
    ['status by a document with no change', { ...decree, status: { value: 'het-hieu-luc', since: '2025-07-01', by: '118-2025-nd-cp', source: bySuccessor } }, /^documents\.0\.status\.by: names 118-2025-nd-cp, but no change/u],
    // a status and its backing change on different days, or a whole loss from a partial change
    ['status since another day than its change', { ...decree, changes: [replaced], status: { value: 'het-hieu-luc', since: '2025-08-01', by: '118-2025-nd-cp', source: bySuccessor } }, /^documents\.0\.status\.since: is 2025-08-01, but the change/u],
    ['whole loss from a partial change', { ...decree, changes: [{ ...replaced, partial: true }], status: { value: 'het-hieu-luc', since: '2025-07-01', by: '118-2025-nd-cp', source: bySuccessor } }, /^documents\.0\.status\.value: says the document lost all force, but the change/u],
    // a change in force before the document making it was issued: one of the two dates is wrong
    ['change before its document', { ...decree, changes: [{ ...replaced, effective: '2024-07-01' }] }, /^documents\.0\.changes\.0\.effective: is before 118-2025-nd-cp was issued/u],
    // the refusal the issue asks for: a status nothing backs
    ['status without a source', { ...decree, changes: [replaced], status: { value: 'het-hieu-luc', since: '2025-07-01', by: '118-2025-nd-cp' } }, /^documents\.0\.status\.source: is missing/u],
    // "still in force" is only ever said by the official database, on a day
    ['in force, read on the official page', { ...decree, status: { value: 'con-hieu-luc', source: official } }, null],
    ['in force, said by a document', { ...decree, status: { value: 'con-hieu-luc', source: bySuccessor } }, /only the official database page/u],
    // a loss of force without its date would show "hết hiệu lực" from nowhere
    ['lost force without since', { ...decree, status: { value: 'het-hieu-luc-mot-phan', source: bySuccessor } }, /^documents\.0\.status\.since: is missing/u],
    // a change or source naming a document the registry does not describe: its page could not link to it
    ['change by an unknown document', { ...decree, changes: [{ kind: 'amends', by: '107-2021-nd-cp', source: { document: '107-2021-nd-cp', where: 'trích yếu' } }] }, /107-2021-nd-cp, which is not in the registry/u],
    // an http page is not an official address
    ['official address over http', { ...decree, official: 'http://vbpl.vn/x' }, /^documents\.0\.official/u],
    // a law cited by name needs its name, anything else its number
    ['neither number nor name', { ...decree, number: undefined }, /needs a number or/u],
    // a source with neither a document nor an official page
    ['a change sourced to nothing', { ...decree, changes: [{ kind: 'replaces', by: '118-2025-nd-cp', source: { where: 'Điều 40' } }] }, /^documents\.0\.changes\.0\.source/u],
  ])('%s', (_name, entry, expected) => {
    const found = problem(parse(entry));
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatch(expected);
  });

  it('refuses an id listed twice', () => {
    expect(problem(parse(decree, decree))).toMatch(/listed twice/u);
  });

  it('an invalid registry file is an error naming the file, the field and what to do', () => {
    const folder = mkdtempSync(join(tmpdir(), 'legal-registry-'));
    const path = join(folder, 'legal-documents.yaml');
    writeFileSync(path, 'updated: 2026-12-01\ndocuments:\n  - { id: 61-2018-nd-cp, type: Nghị định, number: 61/2018/NĐ-CP, issued: 2018-04-23, issuer: Chính phủ, subject: x, status: { value: het-hieu-luc, since: 2025-07-01 } }\n');
    expect(() => loadLegalRegistry(path)).toThrow(/legal-documents\.yaml: field "documents\.0\.status\.source" is missing.*Fix the registry/u);
  });
});

describe('the registry the archive ships', () => {
  it('holds the core of administrative reform', () => {
    const ids = new Set(registry.documents.map((document) => document.id));
    // cơ chế một cửa, kiểm soát TTHC, the two Chương trình tổng thể, dịch vụ công trực tuyến, chế độ báo cáo, đánh giá cán bộ
    for (const id of ['61-2018-nd-cp', '107-2021-nd-cp', '63-2010-nd-cp', '2011-30c-nq-cp', '2013-76-nq-cp', '2021-76-nq-cp', '42-2022-nd-cp', '09-2019-nd-cp', '90-2020-nd-cp']) expect(ids, id).toContain(id);
  });

  it.each(registry.documents.map((document) => [document.id, document] as const))('%s is the id a text citing it gets', (id, document) => {
    // Cited the way the texts cite it: `Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ`, `Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023`.
    const [year, month, day] = document.issued.split('-').map(Number);
    const named = document.name ?? `${document.type} số ${document.number}`;
    const text = `Căn cứ ${named} ngày ${day} tháng ${month} năm ${year} của ${document.issuer};\n`;
    const { legalRefs } = extractLegalReferences({ text, exclude: [], jurisdiction: undefined, issued: '2026-12-01' });
    expect(legalRefs.map((ref) => ref.id)).toEqual([id]);
  });
});
