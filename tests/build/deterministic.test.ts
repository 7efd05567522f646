import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { digests } from '../helpers/digests.ts';
import { SEEDS_DIR } from '../helpers/fixtures.ts';

// The same sources must give the same bytes: archives are diffed, cached and mirrored.
const builds: { generated: string; out: string }[] = [];

beforeAll(() => {
  for (let i = 0; i < 2; i++) {
    const work = mkdtempSync(join(tmpdir(), `deterministic-${i}-`));
    const paths = { sources: SEEDS_DIR, generated: join(work, 'generated'), out: join(work, 'dist') };
    // The second reads the pages for the search index on two threads, as a large archive does: the same bytes either way.
    const build = buildSite({ ...paths, env: i === 1 ? { ARCHIVE_SEARCH_THREADS: '2' } : {} });
    expect(build.status, build.output).toBe(0);
    builds.push(paths);
  }
}, 240_000);


describe('two builds of the same sources', () => {
  it('write byte-identical generated MDX', () => {
    const [first, second] = builds.map((build) => digests(join(build.generated, 'documents')));
    expect(first!.size).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  it('write byte-identical pages, data and search index', () => {
    const [first, second] = builds.map((build) => digests(build.out));
    expect([...first!.keys()].filter((path) => path.endsWith('.html')).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });
});
