import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/lib/run-ingest.ts';
import { EXTRA_DIR, HOSTILE_DIR, REFUSED_DIR, ROOT, SEEDS_DIR } from '../helpers/fixtures.ts';

const ingest = (args: string[]) => spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const filesOf = (folder: string) => Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name))]));

describe('npm run ingest', () => {
  it('writes the same files and the same report on worker threads as on one thread, failures included', async () => {
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    for (const folder of [SEEDS_DIR, EXTRA_DIR, HOSTILE_DIR, REFUSED_DIR]) {
      for (const name of readdirSync(folder).filter((file) => file !== 'README.md')) copyFileSync(join(folder, name), join(sources, name));
    }
    // Word and PDF files convert while the others are read, and are read after them: in the same places either way.
    for (const name of ['001-quyet-dinh.docx', '031-ke-hoach.pdf', 'corrupt.pdf']) copyFileSync(join(ROOT, 'tests/fixtures/binary', name), join(sources, name));
    const runs = [];
    for (const threads of [0, 2]) {
      const generated = mkdtempSync(join(tmpdir(), `generated-${threads}-`));
      const lines: string[] = [];
      const report = await runIngest({ sources, generated }, (line) => lines.push(line.replace(generated, '<generated>')), { threads });
      // The cache's lines come in the order the run used them: the same lines either way, not in the same order.
      runs.push({ report, lines, files: filesOf(join(generated, 'documents')), bodies: filesOf(join(generated, '.astro-cache/bodies')), cache: readFileSync(join(generated, '.ingest-cache/results.ndjson'), 'utf8').split('\n').sort() });
    }
    const [one, many] = runs;
    // The refused fixtures fail the same way, with their messages and lines.
    expect(one!.report.failures.length).toBeGreaterThan(0);
    expect(many!.report).toEqual(one!.report);
    expect(many!.lines).toEqual(one!.lines);
    expect(Object.keys(one!.files).length).toBeGreaterThan(10);
    expect(many!.files).toEqual(one!.files);
    // Each body's HTML is rendered for the site beside its file, under the same name either way.
    expect(Object.keys(one!.bodies)).toHaveLength(Object.keys(one!.files).length);
    expect(many!.bodies).toEqual(one!.bodies);
    expect(one!.report.failures.map((failure) => failure.file)).toContain('corrupt.pdf');
    expect(Object.values(one!.files).filter((file) => /^ "source": "(?:001-quyet-dinh\.docx|031-ke-hoach\.pdf)",$/mu.test(file.toString()))).toHaveLength(2);
    // The threads' cache lines are reused from what they sent back: the same cache either way.
    expect(many!.cache).toEqual(one!.cache);
  }, 60_000);

  it('gives byte-identical generated files when run twice', () => {
    const runs = [mkdtempSync(join(tmpdir(), 'ingest-a-')), mkdtempSync(join(tmpdir(), 'ingest-b-'))];
    for (const generated of runs) expect(ingest(['--sources', SEEDS_DIR, '--generated', generated]).status).toBe(0);
    const [first, second] = runs.map((generated) => filesOf(join(generated, 'documents')));
    expect(Object.keys(first!)).toHaveLength(5);
    expect(second).toEqual(first);
  });

  it('does not read unchanged sources again: a second run takes them from the cache and writes the same files', () => {
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    const generated = mkdtempSync(join(tmpdir(), 'generated-'));
    for (const name of readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.txt') || file.endsWith('.yaml'))) copyFileSync(join(SEEDS_DIR, name), join(sources, name));
    const first = ingest(['--sources', sources, '--generated', generated]);
    expect(first.stderr).not.toMatch(/from the cache/u);
    const before = filesOf(join(generated, 'documents'));
    const second = ingest(['--sources', sources, '--generated', generated]);
    expect(second.stderr).toMatch(/ingest: 5 source\(s\) unchanged since the last run, read from the cache; 0 MDX file\(s\) written anew\./u);
    expect(filesOf(join(generated, 'documents'))).toEqual(before);
    // One source changes: only it is read again.
    const changed = join(sources, '004_0a156840bfcc35ce.txt');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nThêm một dòng.\n`);
    const third = ingest(['--sources', sources, '--generated', generated]);
    expect(third.stderr).toMatch(/ingest: 4 source\(s\) unchanged since the last run, read from the cache; [1-5] MDX file\(s\) written anew\./u);
    expect(readFileSync(join(generated, 'documents', Object.keys(before).find((name) => name.startsWith('2019-09-21'))!), 'utf8')).toContain('Thêm một dòng.');
  });

  it('processes every source, names the bad one with its line and what to do, and exits non-zero', () => {
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    const generated = mkdtempSync(join(tmpdir(), 'generated-'));
    for (const name of ['000_2c6a36017fc38c98.txt', '001_b06a170867cd1cfc.txt']) copyFileSync(join(SEEDS_DIR, name), join(sources, name));
    // Line 2 was saved in a legacy 8-bit encoding: `Hà` as 0x48 0xE0.
    writeFileSync(join(sources, 'hong.txt'), Buffer.concat([Buffer.from('Số: 1/TB-UBND\n'), Buffer.from([0x48, 0xe0, 0x20])]));
    writeFileSync(join(sources, 'lac.meta.yaml'), 'jurisdiction: Hải Phòng\n');
    const run = ingest(['--sources', sources, '--generated', generated]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error {3}.*hong\.txt:2: is not valid UTF-8 .*Save the file as UTF-8/u);
    expect(run.stderr).toMatch(/warning .*lac\.meta\.yaml: a sidecar without a source/u);
    expect(run.stderr).toMatch(/ingest: 2 of 3 sources written .*; 1 failed;/u);
    expect(readdirSync(join(generated, 'documents'))).toHaveLength(2);
    const report = JSON.parse(readFileSync(join(generated, 'ingest-report.json'), 'utf8'));
    expect(report.failures).toEqual([expect.objectContaining({ file: 'hong.txt', code: 'encoding-unreadable', line: 2 })]);
  });

  it('writes again a generated file that was deleted, and only that one', () => {
    const generated = mkdtempSync(join(tmpdir(), 'generated-'));
    expect(ingest(['--sources', SEEDS_DIR, '--generated', generated]).status).toBe(0);
    const before = filesOf(join(generated, 'documents'));
    const [gone] = Object.keys(before);
    rmSync(join(generated, 'documents', gone!));
    const again = ingest(['--sources', SEEDS_DIR, '--generated', generated]);
    expect(again.stderr).toMatch(/5 source\(s\) unchanged since the last run, read from the cache; 1 MDX file\(s\) written anew\./u);
    expect(filesOf(join(generated, 'documents'))).toEqual(before);
  });

  it('removes generated files whose source is gone', () => {
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    const generated = mkdtempSync(join(tmpdir(), 'generated-'));
    copyFileSync(join(SEEDS_DIR, '000_2c6a36017fc38c98.txt'), join(sources, 'a.txt'));
    copyFileSync(join(SEEDS_DIR, '003_e8cb68ce351b253a.txt'), join(sources, 'b.txt'));
    execFileSync(process.execPath, ['scripts/ingest.ts', '--sources', sources, '--generated', generated], { cwd: ROOT });
    writeFileSync(join(sources, 'b.txt'), '');
    ingest(['--sources', sources, '--generated', generated]);
    expect(readdirSync(join(generated, 'documents'))).toEqual(['2021-08-tb-ubnd-hai-phong.mdx']);
  });
});
