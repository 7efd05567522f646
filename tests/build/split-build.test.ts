import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { digests } from '../helpers/digests.ts';
import { EXTRA_DIR, ROOT, SEEDS_DIR } from '../helpers/fixtures.ts';

// `npm run build -- --parts 2`: each jurisdiction's pages built by one of two
// Astro builds side by side, merged, then one search index over the whole. It
// must give exactly the site one build gives, search index included.
const work = mkdtempSync(join(tmpdir(), 'split-build-'));
const sources = join(work, 'sources');
let whole = '';
let split = '';
let splitLog = '';
let matrix = '';

beforeAll(() => {
  // The seeds (Hải Phòng, Bình Định) and the extra fixtures (Hà Nội, no jurisdiction).
  mkdirSync(sources);
  for (const folder of [SEEDS_DIR, EXTRA_DIR]) for (const name of readdirSync(folder).filter((file) => file !== 'README.md')) copyFileSync(join(folder, name), join(sources, name));
  whole = join(work, 'whole');
  const one = buildSite({ sources, generated: join(work, 'generated-whole'), out: whole });
  expect(one.status, one.output).toBe(0);
  split = join(work, 'split');
  const two = buildSite({ sources, generated: join(work, 'generated-split'), out: split, args: ['--parts', '2'] });
  expect(two.status, two.output).toBe(0);
  splitLog = two.output;
  // As a CI matrix runs it (README "Scale"): ingest once, each part on its own runner from a copy of the
  // generated folder, then the parts merged, the records published and the index built on one.
  const generated = join(work, 'generated-matrix');
  const run = (script: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, `${script} ${args.join(' ')}\n${result.stdout}${result.stderr}`).toBe(0);
  };
  run('scripts/ingest.ts', '--sources', sources, '--generated', generated);
  for (const part of ['1', '2']) run('scripts/build-pages.ts', '--sources', sources, '--generated', generated, '--part', `${part}/2`, '--out', join(work, `part-${part}`));
  matrix = join(work, 'matrix');
  run('scripts/build-pages.ts', '--merge', join(work, 'part-1'), '--merge', join(work, 'part-2'), '--out', matrix);
  run('scripts/publish-records.ts', '--sources', sources, '--generated', generated, '--out', matrix);
  run('scripts/index-search.ts', matrix);
}, 360_000);


describe('a build split in two parts and merged', () => {
  it('built the pages in two parts, each writing its own share', () => {
    const merged = /merged 2 parts into .*: (\d+) files, (\d+) written by more than one part and identical in each; written by one part only: (\d+), (\d+)/u.exec(splitLog);
    expect(merged, splitLog).not.toBeNull();
    const [files, shared, first, second] = merged!.slice(1).map(Number) as [number, number, number, number];
    // Each part wrote pages the other did not: the work was split, not repeated.
    expect(first).toBeGreaterThan(10);
    expect(second).toBeGreaterThan(10);
    expect(first + second + shared).toBe(files);
    // Shared: the pages and assets that do not belong to a jurisdiction, identical in both.
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(files / 2);
  });

  it('is byte for byte the site one build gives, search index included', () => {
    const [one, two] = [digests(whole), digests(split)];
    expect(one.size).toBeGreaterThan(100);
    expect([...two.keys()]).toEqual([...one.keys()]);
    expect(two).toEqual(one);
  });

  it('is the same when the parts are built apart, as on the runners of a CI matrix, and merged', () => {
    expect(digests(matrix)).toEqual(digests(whole));
  });

  it.each([
    // one part of two: the site would miss the other's pages
    [['1/2'], /the parts given are 1\/2; every part from 1\/2 to 2\/2, once each, is needed/u],
    // the same part twice
    [['1/2', '1/2'], /the parts given are 1\/2, 1\/2/u],
    // a folder no --part wrote
    [[null], /not a part built with --part i\/N/u],
  ])('refuses to merge parts %j, naming what is missing', (marks, message) => {
    const folders = marks.map((mark) => {
      const folder = mkdtempSync(join(tmpdir(), 'part-'));
      if (mark) writeFileSync(join(folder, '.archive-part'), `${mark}\n`);
      return folder;
    });
    const result = spawnSync(process.execPath, ['scripts/build-pages.ts', ...folders.flatMap((folder) => ['--merge', folder]), '--out', mkdtempSync(join(tmpdir(), 'merged-'))], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a part folder inside the output, which the merge empties first', () => {
    const out = mkdtempSync(join(tmpdir(), 'merged-'));
    const part = join(out, 'p1');
    mkdirSync(part);
    writeFileSync(join(part, '.archive-part'), '1/1\n');
    const result = spawnSync(process.execPath, ['scripts/build-pages.ts', '--merge', part, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot be inside --out/u);
  });
});
