import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeParts, moveInto } from '../../scripts/lib/merge-parts.ts';

// Two part folders as Astro would write them: a file name → its text.
function parts(...contents: Record<string, string>[]): { folders: string[]; out: string } {
  const work = mkdtempSync(join(tmpdir(), 'merge-parts-'));
  const folders = contents.map((files, index) => {
    const folder = join(work, String(index + 1));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
    return folder;
  });
  return { folders, out: join(work, 'dist') };
}

describe('mergeParts', () => {
  it('puts every part’s pages in one site and counts what each part wrote alone', () => {
    const { folders, out } = parts(
      { 'van-ban/a/index.html': 'A', 'index.html': 'home', '_astro/site.css': 'css' },
      { 'van-ban/b/index.html': 'B', 'co-quan/x/index.html': 'X', 'index.html': 'home', '_astro/site.css': 'css' },
    );
    expect(mergeParts(folders, out)).toEqual({ files: 5, shared: 2, own: [1, 2] });
    expect(readFileSync(join(out, 'van-ban/b/index.html'), 'utf8')).toBe('B');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home');
  });

  it('stops, naming the file, when two parts write it differently', () => {
    const { folders, out } = parts({ 'index.html': 'home, 5 documents' }, { 'index.html': 'home, 3 documents' });
    expect(() => mergeParts(folders, out)).toThrow(/^index\.html: part 1 and part 2 wrote different files/u);
  });
});

describe('moveInto', () => {
  // The records, copied while Astro built the pages, join them in the site's folder.
  it('moves every file into the site beside its pages and removes the folder', () => {
    const { folders, out } = parts({ 'van-ban/a/index.html': 'A', 'index.html': 'home' }, { 'van-ban/a.json': '{}', 'nguon/a.txt': 'văn bản', 'du-lieu/archive.ndjson': '{}\n' });
    mergeParts([folders[0]!], out);
    // van-ban/a.json alone (the site has van-ban/), nguon/ and du-lieu/ whole (it has neither)
    expect(moveInto(folders[1]!, out, 'the published records')).toBe(3);
    expect(readFileSync(join(out, 'van-ban/a.json'), 'utf8')).toBe('{}');
    expect(readFileSync(join(out, 'van-ban/a/index.html'), 'utf8')).toBe('A');
    expect(readFileSync(join(out, 'nguon/a.txt'), 'utf8')).toBe('văn bản');
    expect(existsSync(folders[1]!)).toBe(false);
  });

  // A record named like a page would hide it: the move stops and says which file.
  it('stops, naming the file, when the site already has it', () => {
    const { folders, out } = parts({ 'du-lieu/index.html': 'page', 'van-ban/a/index.html': 'A' }, { 'nguon/a.txt': 'văn bản', 'du-lieu/index.html': 'record', 'van-ban/a.json': '{}' });
    mergeParts([folders[0]!], out);
    expect(() => moveInto(folders[1]!, out, 'the published records')).toThrow(/^du-lieu\/index\.html: the site's pages and the published records both have this file/u);
    expect(readFileSync(join(out, 'du-lieu/index.html'), 'utf8')).toBe('page');
    // Nothing moved before the clash was found: the site is as Astro left it.
    expect(existsSync(join(out, 'nguon'))).toBe(false);
    expect(existsSync(join(out, 'van-ban/a.json'))).toBe(false);
  });
});
