import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeParts } from '../../scripts/lib/merge-parts.ts';

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
