import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The outputs of a split build moved into `out` (the part folders are scratch
 * and are emptied). Parts write different pages; what several parts write
 * (shared pages, scripts, styles, exports) must be the same bytes in each, or
 * the merge stops and names the file: a page that differs by part would be a
 * bug in how the build is split. Returns how many files the site has, how many
 * several parts wrote, and how many each part alone wrote.
 */
export function mergeParts(parts: readonly string[], out: string): { files: number; shared: number; own: number[] } {
  // File name → the part that wrote it first, or -1 once another part wrote it too.
  const writer = new Map<string, number>();
  for (const [index, part] of parts.entries()) {
    for (const file of filesIn(part)) {
      const name = relative(part, file);
      const target = join(out, name);
      const first = writer.get(name);
      if (first === undefined) {
        writer.set(name, index);
        mkdirSync(join(target, '..'), { recursive: true });
        // Moved, not copied: the parts are on the same disk.
        renameSync(file, target);
        continue;
      }
      if (!readFileSync(target).equals(readFileSync(file))) {
        throw new Error(`${name}: part ${first === -1 ? 'one of the earlier parts' : first + 1} and part ${index + 1} wrote different files; the parts of the build disagree about a page they both write.`);
      }
      writer.set(name, -1);
    }
  }
  const values = [...writer.values()];
  return { files: writer.size, shared: values.filter((value) => value === -1).length, own: parts.map((_, index) => values.filter((value) => value === index).length) };
}

/**
 * The files of `folder` moved into the site in `out`, which already holds
 * other files (the records, written while Astro built the pages, join the
 * pages). A file both have stops the move before anything moved, named: one
 * would hide the other. A folder the site lacks moves whole, in one rename (at
 * 100,000 texts, moving `/nguon/` file by file took 20 s). `folder` is
 * removed. Returns how many files and folders were moved in one rename each.
 */
export function moveInto(folder: string, out: string, what: string): number {
  // Pairs to rename: an entry of `folder` and where it goes, found before any moves.
  const moves: [string, string][] = [];
  const plan = (from: string, to: string, name: string) => {
    // One listing per folder instead of a lookup per file.
    const present = new Set(readdirSync(to));
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const shown = name ? `${name}/${entry.name}` : entry.name;
      const target = join(to, entry.name);
      if (!present.has(entry.name)) moves.push([join(from, entry.name), target]);
      else if (entry.isDirectory() && statSync(target).isDirectory()) plan(join(from, entry.name), target, shown);
      else throw new Error(`${shown}: the site's pages and ${what} both have this file; one would replace the other.`);
    }
  };
  mkdirSync(out, { recursive: true });
  plan(folder, out, '');
  for (const [from, to] of moves) renameOrCopy(from, to);
  rmSync(folder, { recursive: true, force: true });
  return moves.length;
}

function renameOrCopy(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
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
