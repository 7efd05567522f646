import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCache } from '../../scripts/lib/ingest-cache.ts';
import type { CachedSource } from '../../src/ingest/ingest-corpus.ts';

const key = (n: number) => n.toString(16).padStart(64, '0');
// A result as the cache sees it: only its shape matters here, with Vietnamese text to count bytes, not characters.
const value = (n: number) => ({ ok: true, file: `${n}.txt`, text: `Quyết định số ${n}/QĐ-UBND về cải cách hành chính ${'đ'.repeat(n % 50)}` }) as unknown as CachedSource;

describe('the ingest cache file', () => {
  it('gives back what a run stored, reading lines by their place across chunk edges, and keeps only what the next run used', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cache-'));
    const first = fileCache(folder, 'v1');
    for (let n = 0; n < 200; n++) first.set(key(n), value(n));
    // the same entry twice is written once
    first.set(key(7), value(7));
    await first.save();
    expect(readFileSync(join(folder, 'results.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(200);

    // A chunk of 97 bytes: every line crosses a chunk edge somewhere.
    const second = fileCache(folder, 'v1', 97);
    for (const n of [0, 13, 199, 100]) expect(second.get(key(n))).toEqual(value(n));
    expect(second.get(key(500))).toBeUndefined();
    expect([second.hits, second.misses]).toEqual([4, 1]);
    await second.save();
    // stale entries dropped out
    const third = fileCache(folder, 'v1', 97);
    expect(third.get(key(13))).toEqual(value(13));
    expect(third.get(key(14))).toBeUndefined();
    await third.save();
  });

  it('reads a source again when its line was cut short by an interrupted run', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cache-'));
    const first = fileCache(folder, 'v1');
    first.set(key(1), value(1));
    await first.save();
    // half a line at the end, with no line end
    appendFileSync(join(folder, 'results.ndjson'), `{"key":"${key(2)}","value":{"ok":tr`);
    const second = fileCache(folder, 'v1');
    expect(second.get(key(1))).toEqual(value(1));
    expect(second.get(key(2))).toBeUndefined();
    await second.save();
  });
});
