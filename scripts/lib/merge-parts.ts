import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The outputs of a split build merged into `out`. Parts write different pages;
 * what several parts write (shared pages, scripts, styles, exports) must be the
 * same bytes in each, or the merge stops and names the file: a page that
 * differs by part would be a bug in how the build is split.
 */
export function mergeParts(parts: readonly string[], out: string): { files: number; shared: number; own: number[] } {
  const seen = new Map<string, string>();
  let shared = 0;
  // Files only one part wrote, per part: what splitting saved.
  const writers = new Map<string, number>();
  for (const part of parts) {
    for (const file of filesIn(part)) {
      const name = relative(part, file);
      const first = seen.get(name);
      if (first !== undefined) {
        if (!readFileSync(first).equals(readFileSync(file))) throw new Error(`${name}: ${first} and ${file} differ, so the parts of the build disagree about a page they both write.`);
        if (writers.get(name) !== -1) shared++;
        writers.set(name, -1);
        continue;
      }
      seen.set(name, file);
      writers.set(name, parts.indexOf(part));
      mkdirSync(join(out, name, '..'), { recursive: true });
      copyFileSync(file, join(out, name));
    }
  }
  const own = parts.map((_, index) => [...writers.values()].filter((writer) => writer === index).length);
  return { files: seen.size, shared, own };
}

function filesIn(folder: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) files.push(...filesIn(path));
    else files.push(path);
  }
  return files;
}
