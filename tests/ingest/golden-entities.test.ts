import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jurisdictionByName } from '../../src/ingest/extract/jurisdictions.ts';
import type { SourceRecord } from '../../src/schemas/index.ts';
import { DIRECTORY, GOLDEN_DIR, ROOT, SEEDS_DIR } from '../helpers/fixtures.ts';

interface Golden {
  source: string;
  jurisdiction: string;
  agencies: { name: string; roles: string[] }[];
  people: { name: string; position: string }[];
  events: { kind: string; date: string; at: string | null; leader: string }[];
  tasks?: { lead: string; partners: string[] }[];
  relatedSources?: string[];
  reportingYear: number;
}

const goldenFiles = readdirSync(GOLDEN_DIR).filter((name) => name.endsWith('.json')).sort();
// One run of the public command over all seeds together, so sources can be related.
const records: SourceRecord[] = JSON.parse(
  execFileSync(process.execPath, ['scripts/extract.ts', ...goldenFiles.map((name) => join(SEEDS_DIR, name.replace(/\.json$/u, '.txt')))], { cwd: ROOT, encoding: 'utf8' }),
);

/** A golden name canonicalised the way the ingest does: the registry's id in the document's jurisdiction. */
function idOf(name: string, jurisdiction: string): string {
  const match = DIRECTORY.find(name, jurisdictionByName(jurisdiction)).find((candidate) => candidate.start === 0 && candidate.end === name.length);
  if (!match) throw new Error(`the golden agency "${name}" is not a name the registry knows`);
  return match.agency.id;
}

describe.each(goldenFiles)('npm run extract on %s gives the golden entities', (file) => {
  const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')) as Golden;
  const record = records.find((candidate) => candidate.source === golden.source)!;
  const ours = new Map(record.agencies.map((agency) => [agency.id, agency.roles as string[]]));
  // The golden tasks name partners its agency list leaves out (003: Sở Nội vụ is a partner of a task); they count.
  const fromTasks = new Map<string, string[]>();
  for (const task of golden.tasks ?? []) {
    for (const partner of task.partners.filter((name) => !name.startsWith('các '))) fromTasks.set(idOf(partner, golden.jurisdiction), ['partner']);
  }

  it('every golden agency, with its roles', () => {
    for (const agency of golden.agencies) {
      const id = idOf(agency.name, golden.jurisdiction);
      expect(ours.has(id), `${agency.name} (${id})`).toBe(true);
      const roles = agency.roles.filter((role) => role !== 'mentioned');
      expect(ours.get(id)!.filter((role) => role !== 'mentioned').sort(), agency.name).toEqual(expect.arrayContaining(roles));
    }
  });

  it('no role the golden file does not give', () => {
    const goldenRoles = new Map(golden.agencies.map((agency) => [idOf(agency.name, golden.jurisdiction), agency.roles]));
    for (const [id, roles] of ours) {
      const allowed = [...(goldenRoles.get(id) ?? []), ...(fromTasks.get(id) ?? [])];
      // Extra agencies are allowed only as mentions: the golden `mentioned` lists are not consistent
      // across seeds (002 lists Chính phủ and Thủ tướng Chính phủ; 003 names them and leaves them out).
      expect(roles.filter((role) => role !== 'mentioned' && !allowed.includes(role)), id).toEqual([]);
    }
  });

  it('people, with their position at the time', () => {
    const people = record.people.map((person) => ({ name: person.name, position: person.position }));
    expect(people.sort((a, b) => a.name.localeCompare(b.name))).toEqual([...golden.people].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('events', () => {
    expect(record.events.map(({ kind, date, at, leader }) => ({ kind, date, at, leader }))).toEqual(golden.events);
  });

  it('reporting year', () => {
    expect(record.reportingYear).toBe(golden.reportingYear);
  });

  it('related sources, both ways', () => {
    if (golden.relatedSources) expect(record.relatedSources).toEqual(golden.relatedSources);
    for (const other of records.filter((candidate) => candidate.relatedSources.includes(record.source))) expect(record.relatedSources).toContain(other.source);
  });
});

describe('the same event, linked both ways with the reason', () => {
  it('000 (the notice) and 001 (the news item)', () => {
    const notice = records.find((record) => record.source.startsWith('000_'))!;
    const news = records.find((record) => record.source.startsWith('001_'))!;
    expect(notice.related).toEqual([expect.objectContaining({ id: news.id, kind: 'same-event' })]);
    expect(news.related).toEqual([expect.objectContaining({ id: notice.id, kind: 'same-event' })]);
    expect(news.related[0]!.reason).toBe('Cùng sự kiện: kiểm tra ngày 17/12/2020 tại Sở Ngoại vụ, trưởng đoàn Lê Anh Quân.');
  });
});

describe('agencies of different provinces stay apart', () => {
  it('Sở Ngoại vụ of Hải Phòng (000) is not Sở Ngoại vụ of Bình Định (002)', () => {
    const haiPhong = records.find((record) => record.source.startsWith('000_'))!.agencies.find((agency) => agency.name.startsWith('Sở Ngoại vụ'))!;
    const binhDinh = records.find((record) => record.source.startsWith('002_'))!.agencies.find((agency) => agency.name.startsWith('Sở Ngoại vụ'))!;
    expect([haiPhong.id, binhDinh.id]).toEqual(['so-ngoai-vu-hai-phong', 'so-ngoai-vu-binh-dinh']);
  });
});
