import { formatCount } from '../../src/lib/progress.ts';

/** One problem the ingest found, as printed: `warning content/sources/a.txt:3: jurisdiction-unknown: …`. */
export interface Problem {
  severity: string;
  code: string;
  line: string;
}

/**
 * The problems as the console shows them: every line while there are few
 * (a reader fixing a handful of sources wants each); past `limit`, one line per
 * severity and code with its count and a first example, most frequent first
 * (100,000 sources gave 62,000 warning lines, which no one reads). The full
 * list is in the ingest report either way; `where` says so.
 */
export function summariseProblems(problems: readonly Problem[], limit: number, where: string): string[] {
  if (problems.length <= limit) return problems.map((problem) => problem.line);
  const groups = new Map<string, { severity: string; code: string; count: number; first: string }>();
  for (const problem of problems) {
    const key = `${problem.severity}\0${problem.code}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { severity: problem.severity, code: problem.code, count: 1, first: problem.line });
  }
  const order = (severity: string) => (severity === 'error' ? 0 : 1);
  const sorted = [...groups.values()].sort((a, b) => order(a.severity) - order(b.severity) || b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return [
    `ingest: ${formatCount(problems.length)} problems, by kind (each in full in ${where}):`,
    ...sorted.map((group) => `${group.severity.padEnd(7)} ${group.code} ×${formatCount(group.count)}, first: ${group.first.replace(/^\S+\s+/u, '')}`),
  ];
}
