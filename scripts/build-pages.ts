// node scripts/build-pages.ts [--sources <dir> --generated <dir> --out <dir> --parts N]: the Astro
// step of npm run build. With --parts N the pages are built in N Astro builds side by side
// (ARCHIVE_PART=i/N, src/lib/build-part.ts), each jurisdiction in one part, then merged.
// On separate machines (a CI matrix, README "Scale"): `--part i/N --out <dir>` builds one part,
// and `--merge <dir> --merge <dir>… --out <dir>` merges the parts' folders.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseBuildPart } from '../src/lib/build-part.ts';
import { documentFolders } from '../src/lib/documents.ts';
import { mergeParts } from './lib/merge-parts.ts';
import { parsePaths } from './lib/parse-paths.ts';
import { runStep, runStepsTogether } from './lib/run-step.ts';

const options = parsePaths(process.argv.slice(2));
const { paths, out: outArg, parts } = options;
const out = resolve(outArg);
const astro = 'node_modules/astro/bin/astro.mjs';
// Written into a part's folder by --part: which part it is, checked and removed by --merge.
const PART_MARK = '.archive-part';

function fail(message: string): never {
  console.error(`build-pages: ${message}`);
  process.exit(2);
}
// Where ingest put the rendered bodies (src/lib/documents.ts).
const cache = documentFolders(process.cwd(), { ...process.env, ARCHIVE_GENERATED_DIR: resolve(paths.generated) }).cache;
const env = { ...process.env, ARCHIVE_GENERATED_DIR: resolve(paths.generated), ARCHIVE_CACHE_DIR: cache };

if (options.merge.length > 0 && (options.part !== undefined || parts > 1)) fail('--merge takes the folders of parts already built: give it neither --part nor --parts.');
if (options.part !== undefined && parts > 1) fail('--part i/N builds one part; --parts N builds all of them here: give one of the two.');

if (options.merge.length > 0) {
  const folders = options.merge.map((folder) => resolve(folder));
  for (const folder of folders) if (!relative(out, folder).startsWith('..')) fail(`--merge ${folder}: a part's folder cannot be inside --out ${out}, which the merge empties first.`);
  // Each part says which it is: a merge of some of the parts only would be a site with pages missing.
  const marks = folders.map((folder) => {
    try {
      return parseBuildPart(readFileSync(join(folder, PART_MARK), 'utf8').trim());
    } catch {
      return fail(`--merge ${folder}: not a part built with --part i/N (no ${PART_MARK} in it).`);
    }
  });
  const count = marks[0]!.count;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => marks.filter((mark) => mark.count === count && mark.index === index).length !== 1);
  if (marks.length !== count || missing.length > 0) fail(`--merge: the parts given are ${marks.map((mark) => `${mark.index}/${mark.count}`).join(', ')}; every part from 1/${count} to ${count}/${count}, once each, is needed.`);
  for (const folder of folders) rmSync(join(folder, PART_MARK));
  rmSync(out, { recursive: true, force: true });
  const merged = mergeParts(folders, out);
  console.error(`build: merged ${options.merge.length} parts into ${out}: ${merged.files} files, ${merged.shared} written by more than one part and identical in each; written by one part only: ${merged.own.join(', ')}`);
} else if (options.part !== undefined) {
  const { index, count } = parseBuildPart(options.part);
  const target = join(scratchFor(out), 'dist');
  await runStep({ step: `astro part ${index}/${count}`, args: [astro, 'build', '--outDir', target], env: { ...env, ARCHIVE_PART: `${index}/${count}` }, astroPages: true });
  writeFileSync(join(target, PART_MARK), `${index}/${count}\n`);
  moveFolder(target, out);
} else if (parts === 1) {
  const target = insideProject(out) ? out : join(scratchFor(out), 'dist');
  await runStep({ step: 'astro', args: [astro, 'build', '--outDir', target], env, astroPages: true });
  if (target !== out) moveFolder(target, out);
} else {
  // The documents are checked and their bodies rendered once; each part starts from a copy of that cache.
  await runStep({ step: 'documents', args: ['scripts/render-documents.ts'], env });
  const scratch = scratchFor(out);
  const folders = Array.from({ length: parts }, (_, i) => join(scratch, String(i + 1)));
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    cpSync(cache, join(folder, 'cache'), { recursive: true });
  }
  await runStepsTogether(
    folders.map((folder, i) => ({
      step: `astro part ${i + 1}/${parts}`,
      args: [astro, 'build', '--outDir', join(folder, 'dist')],
      env: { ...env, ARCHIVE_PART: `${i + 1}/${parts}`, ARCHIVE_CACHE_DIR: join(folder, 'cache') },
      astroPages: true,
    })),
  );
  rmSync(out, { recursive: true, force: true });
  const merged = mergeParts(
    folders.map((folder) => join(folder, 'dist')),
    out,
  );
  console.error(`build: merged ${parts} parts into ${out}: ${merged.files} files, ${merged.shared} written by more than one part and identical in each; written by one part only: ${merged.own.join(', ')}`);
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Astro writes intermediate files into the output folder when it is inside the
 * project, and under `.astro/` of the working directory when it is not, where two
 * builds at once would meet (and those files must stay in the project to import
 * its packages). So a build for an output elsewhere, and every part, works in a
 * folder of its own under `.astro/builds/`, named after the output.
 */
function scratchFor(output: string): string {
  const scratch = resolve('.astro/builds', createHash('sha256').update(output).digest('hex').slice(0, 12));
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  return scratch;
}

function insideProject(path: string): boolean {
  return !relative(process.cwd(), path).startsWith('..');
}

/** A built site moved to where it was asked for (copied when that is another disk). */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
  rmSync(dirname(from), { recursive: true, force: true });
}
