import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metric, SourceRecord } from '../../src/schemas/index.ts';
import { GOLDEN_DIR, ROOT, SEEDS_DIR } from '../helpers/fixtures.ts';

interface GoldenTask {
  lead: string;
  partners: string[];
  topic: string;
  due: string | null;
}
interface GoldenMetric {
  value?: number;
  of?: number;
  percent?: number;
  unit?: string;
  from?: number;
  to?: number;
  about: string;
}

const goldenFiles = readdirSync(GOLDEN_DIR).filter((name) => name.endsWith('.json')).sort();
// The public command, as a reader would run it.
const records: SourceRecord[] = JSON.parse(
  execFileSync(process.execPath, ['scripts/extract.ts', ...goldenFiles.map((name) => join(SEEDS_DIR, name.replace(/\.json$/u, '.txt')))], { cwd: ROOT, encoding: 'utf8' }),
);
const words = (text: string) => new Set(text.toLocaleLowerCase('vi').match(/[\p{L}\p{N}/-]+/gu) ?? []);

describe.each(goldenFiles)('npm run extract on %s gives the golden tasks and figures', (file) => {
  const parsed = JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')) as { source: string; tasks?: GoldenTask[]; metrics?: GoldenMetric[] };
  const golden = { source: parsed.source, tasks: parsed.tasks ?? [], metrics: parsed.metrics ?? [] };
  const record = records.find((candidate) => candidate.source === golden.source)!;

  it('finds each task with its lead, partners and deadline, in order', () => {
    expect(record.tasks.map((task) => ({ lead: task.lead, partners: task.partners, due: task.due }))).toEqual(golden.tasks.map(({ lead, partners, due }) => ({ lead, partners, due })));
  });

  // The golden topics are an archivist's summaries; each must be made of the words of the sentence the task was read from.
  it('reads each task from the sentence its golden topic summarises', () => {
    golden.tasks.forEach((task, i) => {
      const sentence = words(record.tasks[i]!.sentence.text);
      expect([...words(task.topic)].filter((word) => !sentence.has(word)), task.topic).toEqual([]);
    });
  });

  it('finds every golden figure as a result, with its numbers and unit', () => {
    const results = record.metrics.filter((metric) => !metric.target);
    for (const expected of golden.metrics) {
      const numbers = (metric: Partial<Metric> | GoldenMetric) => [metric.value ?? null, metric.of ?? null, metric.percent ?? null, metric.unit ?? null, metric.from ?? null, metric.to ?? null];
      expect(results.map(numbers), expected.about).toContainEqual(numbers(expected));
    }
  });
});

// Figures the golden files leave out that the extraction keeps, each a real figure of the text.
// [source, the figure as written, why it is one]
const BEYOND_GOLDEN: [string, string, string][] = [
  ['001_b06a170867cd1cfc.txt', '100%', 'staff who signed the no-harassment pledge (`100% cán bộ, công chức, viên chức Sở ký cam kết`)'],
  ['002_168c2ee5fea02012.txt', '4 TTHC', 'procedures whose internal process was rebuilt'],
  ['002_168c2ee5fea02012.txt', '6/7 TTHC', 'procedures online at level 3'],
  ['002_168c2ee5fea02012.txt', '4/7 TTHC', 'procedures registered for level 4'],
  ['002_168c2ee5fea02012.txt', '100 %', 'the department did not complete 100% (a negated result)'],
  ['002_168c2ee5fea02012.txt', '100 %', 'tasks completed though some late'],
];

describe('figures beyond the golden files', () => {
  it('are exactly the documented ones', () => {
    const extra: [string, string][] = [];
    for (const file of goldenFiles) {
      const parsed = JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')) as { source: string; metrics?: GoldenMetric[] };
      const golden = { source: parsed.source, metrics: parsed.metrics ?? [] };
      const record = records.find((candidate) => candidate.source === golden.source)!;
      const results = record.metrics.filter((metric) => !metric.target);
      // Each golden figure accounts for one of ours.
      const unmatched = [...results];
      for (const expected of golden.metrics) {
        const at = unmatched.findIndex((metric) => (metric.value ?? undefined) === expected.value && (metric.percent ?? undefined) === expected.percent && (metric.from ?? undefined) === expected.from);
        if (at !== -1) unmatched.splice(at, 1);
      }
      extra.push(...unmatched.map((metric) => [golden.source, metric.text] as [string, string]));
    }
    expect(extra).toEqual(BEYOND_GOLDEN.map(([source, text]) => [source, text]));
  });
});
