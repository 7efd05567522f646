// npm run bench [-- --docs 1000 --seed 1 --json <file> --parts N --rounds R --plain-minutes M]
// Builds the archive from N synthetic texts and, on the same texts, the plain
// alternative a team would build without it: a bare Astro + @astrojs/mdx site with
// one MDX page per text, and Pagefind. Prints a table and writes JSON: wall time
// and peak memory (RSS of the whole process tree) per stage, pages, dist/ size and
// files, search index size, and the ratios ours/plain. With --rounds R both are
// built R times from scratch, taking turns (ours first, then plain first), and the
// table gives each stage's median: this machine's speed drifts between runs. With
// --plain-minutes M the plain site is stopped after M minutes a stage and reported as
// not finished (at 100,000 texts it runs out of memory after some 20 minutes).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { moveInto } from './lib/merge-parts.ts';
import { runMeasuredTogether, type Measured } from './lib/process-tree.ts';
import { synthCorpus } from './lib/synth.ts';

const { values } = parseArgs({ options: { docs: { type: 'string' }, seed: { type: 'string' }, json: { type: 'string' }, keep: { type: 'boolean' }, parts: { type: 'string' }, rounds: { type: 'string' }, 'plain-minutes': { type: 'string' } } });
const plainLimitMs = values['plain-minutes'] === undefined ? Infinity : Number(values['plain-minutes']) * 60_000;
const docs = Number(values.docs ?? 1000);
const rounds = Number(values.rounds ?? 1);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`bench: --rounds must be a whole number of at least 1, not ${JSON.stringify(values.rounds)}.`);
  process.exit(2);
}
const seed = Number(values.seed ?? 1);
const root = resolve('.');
// The plain site lives inside the project so it resolves the same node_modules.
const work = join(root, '.bench', `${docs}-${seed}`);
rmSync(work, { recursive: true, force: true });
const sources = join(work, 'sources');
mkdirSync(sources, { recursive: true });
const files = synthCorpus(docs, seed, 0.002);
for (const file of files) writeFileSync(join(sources, file.name), file.bytes);
console.error(`bench: ${files.length} synthetic texts (seed ${seed}) in ${sources}`);

const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

interface Stage extends Measured {
  name: string;
  /** Why the stage did not finish, when it did not (allowed for the plain site only). */
  failed?: string;
}
// Files written just before a stage (the corpus, the plain site's pages, the last
// stage's output) are flushed to disk first, so the stage does not pay for them.
function settle(): void {
  spawnSync('sync');
}

async function stage(name: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeLimitMs?: number; mayFail?: boolean } = {}): Promise<Stage> {
  // Ingest exits 1 when some sources fail (the synthetic corpus has a few bad ones on purpose).
  return stagesTogether(name, [{ args, cwd: options.cwd ?? root, env: options.env ?? process.env }], name.includes('ingest') ? [0, 1] : [0], options);
}

async function stagesTogether(name: string, commands: { args: string[]; cwd?: string; env?: NodeJS.ProcessEnv }[], succeeded: number[] = [0], options: { timeLimitMs?: number; mayFail?: boolean } = {}): Promise<Stage> {
  settle();
  console.error(`bench: ${name}…`);
  const measured = await runMeasuredTogether(
    commands.map(({ args, cwd, env }) => ({ command: node, args, cwd: cwd ?? root, env: env ?? process.env })),
    options.timeLimitMs,
  );
  if (options.mayFail && (measured.timedOut || !succeeded.includes(measured.status ?? -1))) {
    const failed = measured.timedOut ? `stopped after ${(measured.seconds / 60).toFixed(1)} min` : `failed (exit ${measured.status}): ${measured.output.trim().split('\n').filter((line) => /error|memory|killed/iu.test(line)).at(-1) ?? ''}`;
    console.error(`bench: ${name} did not finish: ${failed}, peak ${(measured.peakRssBytes / 2 ** 30).toFixed(2)} GiB`);
    return { name, ...measured, failed };
  }
  if (!succeeded.includes(measured.status ?? -1)) {
    console.error(measured.output);
    throw new Error(`bench: ${name} failed with exit code ${measured.status}`);
  }
  console.error(`bench: ${name} took ${measured.seconds.toFixed(1)} s, peak ${(measured.peakRssBytes / 2 ** 30).toFixed(2)} GiB`);
  return { name, ...measured };
}

// Ours: the real build, stage by stage (what npm run build runs).
const oursOut = join(work, 'ours-dist');
const generated = join(work, 'ours-generated');
const env = { ...process.env, ARCHIVE_GENERATED_DIR: generated, ARCHIVE_SOURCES_DIR: sources, ARCHIVE_CACHE_DIR: join(generated, '.astro-cache') };
async function buildOurs(): Promise<Stage[]> {
  const ingest = await stage('ours: ingest', ['scripts/ingest.ts', '--sources', sources, '--generated', generated], { cwd: root });
  // As npm run build runs them: the records are copied while Astro builds the pages, then join them.
  const records = `${oursOut}.records`;
  const publish = { args: ['scripts/publish-records.ts', '--sources', sources, '--generated', generated, '--out', records] };
  const pages =
    values.parts && values.parts !== '1'
      ? // --parts N: the pages in N Astro builds side by side, as `npm run build -- --parts N`.
        await stagesTogether(`ours: astro build, ${values.parts} parts + publish records`, [{ args: ['scripts/build-pages.ts', '--sources', sources, '--generated', generated, '--out', oursOut, '--parts', values.parts] }, publish])
      : await stagesTogether('ours: astro build + publish records', [{ args: [astro, 'build', '--outDir', oursOut], env }, publish]);
  const moving = performance.now();
  moveInto(records, oursOut, 'the published records');
  const moved = (performance.now() - moving) / 1000;
  const search = await stage('ours: records moved in + pagefind', ['scripts/index-search.ts', oursOut]);
  return [ingest, pages, { ...search, seconds: search.seconds + moved }];
}

// Plain: one MDX page per text, a minimal layout, Pagefind over the result.
const plain = join(work, 'plain');
mkdirSync(join(plain, 'src/pages'), { recursive: true });
mkdirSync(join(plain, 'src/layouts'), { recursive: true });
writeFileSync(join(plain, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache', integrations: [mdx()] });\n");
writeFileSync(join(plain, 'src/layouts/Plain.astro'), '---\nconst { frontmatter } = Astro.props;\n---\n<html lang="vi"><head><meta charset="utf-8"><title>{frontmatter.title}</title></head><body><main data-pagefind-body><h1>{frontmatter.title}</h1><slot /></main></body></html>\n');
const toMdx = unified().use(remarkMdx).use(remarkStringify);
for (const name of readdirSync(sources).filter((file) => file.endsWith('.txt'))) {
  const text = readFileSync(join(sources, name), 'utf8');
  // The text's paragraphs as Markdown, escaped by remark so MDX compiles it.
  const tree: Root = { type: 'root', children: text.split(/\n\s*\n/u).filter((part) => part.trim() !== '').map((part) => ({ type: 'paragraph', children: [{ type: 'text', value: part.trim() }] })) };
  const title = JSON.stringify(text.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 120) ?? name);
  writeFileSync(join(plain, 'src/pages', `${basename(name, '.txt')}.mdx`), `---\nlayout: ../layouts/Plain.astro\ntitle: ${title}\n---\n\n${toMdx.stringify(tree)}`);
}
async function buildPlain(): Promise<Stage[]> {
  const built = await stage('plain: astro build', [astro, 'build'], { cwd: plain, timeLimitMs: plainLimitMs, mayFail: true });
  if (built.failed) return [built];
  return [built, await stage('plain: pagefind', [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], { cwd: plain, timeLimitMs: plainLimitMs, mayFail: true })];
}

// Each round starts both from scratch: no ingest cache, no Astro cache, no output.
const oursRounds: Stage[][] = [];
const plainRounds: Stage[][] = [];
let rerun: Stage | undefined;
for (let round = 0; round < rounds; round++) {
  for (const folder of [generated, oursOut, join(plain, 'dist'), join(plain, '.astro-cache')]) rmSync(folder, { recursive: true, force: true });
  if (rounds > 1) console.error(`bench: round ${round + 1} of ${rounds}`);
  // Taking turns, so neither side always runs on a machine the other has just warmed or tired.
  if (round % 2 === 0) {
    oursRounds.push(await buildOurs());
    plainRounds.push(await buildPlain());
  } else {
    plainRounds.push(await buildPlain());
    oursRounds.push(await buildOurs());
  }
  if (round === 0) {
    // Touch one source and ingest again: the other sources must not be redone.
    const touched = join(sources, readdirSync(sources).find((name) => name.endsWith('.txt'))!);
    const before = readFileSync(touched);
    writeFileSync(touched, `${before.toString('utf8')}\nDòng thêm để thử chạy lại.\n`);
    rerun = await stage('ours: ingest after one source changed', ['scripts/ingest.ts', '--sources', sources, '--generated', generated], { cwd: root });
    // The next rounds build the same texts as the first.
    writeFileSync(touched, before);
  }
}
// Each stage's median over the rounds (the upper one of an even count).
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianStages = (all: Stage[][]): Stage[] => all[0]!.map((first, index) => ({ ...first, seconds: median(all.map((stages) => stages[index]!.seconds)), peakRssBytes: median(all.map((stages) => stages[index]!.peakRssBytes)) }));
const ours = medianStages(oursRounds);
// The plain site may not finish at a large size (--plain-minutes): it is then reported as it ended in the first round.
const plainFinished = plainRounds.every((stages) => stages.length === 2 && stages.every((item) => !item.failed));
const plainStages = plainFinished ? medianStages(plainRounds) : plainRounds[0]!;

const sum = (stages: Stage[]) => stages.reduce((total, item) => total + item.seconds, 0);
const peak = (stages: Stage[]) => Math.max(...stages.map((item) => item.peakRssBytes));
const site = (folder: string) => ({ ...folderStats(folder), pages: countFiles(folder, '.html'), largestPage: largestHtml(folder), searchIndexBytes: readdirSync(folder).filter((name) => name.startsWith('pagefind')).reduce((total, name) => total + folderStats(join(folder, name)).bytes, 0) });
const oursSite = site(oursOut);
const plainSite = plainFinished ? site(join(plain, 'dist')) : undefined;
const result = {
  docs: files.length,
  seed,
  machine: { cpus: (await import('node:os')).cpus().length, memoryGiB: Math.round((await import('node:os')).totalmem() / 2 ** 30), node: process.version },
  rounds,
  ours: { stages: ours.map(({ name, seconds, peakRssBytes }) => ({ name, seconds, peakRssBytes })), seconds: sum(ours), peakRssBytes: peak(ours), ...oursSite, ingestDocsPerSecond: files.length / ours[0]!.seconds, rerunIngestSeconds: rerun!.seconds },
  plain: { finished: plainFinished, stages: plainStages.map(({ name, seconds, peakRssBytes, failed }) => ({ name, seconds, peakRssBytes, ...(failed ? { failed } : {}) })), seconds: sum(plainStages), peakRssBytes: peak(plainStages), ...plainSite },
  // Every round as measured: whole-build seconds, ours and plain, and their ratio.
  eachRound: oursRounds.map((stages, round) => ({ ours: sum(stages), plain: sum(plainRounds[round]!), ratio: sum(stages) / sum(plainRounds[round]!), ingestDocsPerSecond: files.length / stages[0]!.seconds })),
  ratios: plainSite
    ? {
        time: sum(ours) / sum(plainStages),
        peakMemory: peak(ours) / peak(plainStages),
        distBytes: oursSite.bytes / plainSite.bytes,
        pages: oursSite.pages / plainSite.pages,
        searchIndexBytes: oursSite.searchIndexBytes / plainSite.searchIndexBytes,
      }
    : undefined,
};

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ratio = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));
const unfinished = 'did not finish';
const rows = [
  ['', 'ours', 'plain Astro+MDX', 'ours/plain'],
  ['build time (all stages)', `${result.ours.seconds.toFixed(1)} s`, plainFinished ? `${result.plain.seconds.toFixed(1)} s` : unfinished, ratio(result.ratios?.time)],
  ...ours.map((item) => [`  ${item.name}`, `${item.seconds.toFixed(1)} s · ${gib(item.peakRssBytes)}`, '', '']),
  ...plainStages.map((item) => [`  ${item.name}`, '', `${item.seconds.toFixed(1)} s · ${gib(item.peakRssBytes)}${item.failed ? ` · ${item.failed}` : ''}`, '']),
  ['peak memory (process tree)', gib(result.ours.peakRssBytes), gib(result.plain.peakRssBytes), ratio(result.ratios?.peakMemory)],
  ['pages written', String(oursSite.pages), plainSite ? String(plainSite.pages) : unfinished, ratio(result.ratios?.pages)],
  ['largest HTML page', `${(oursSite.largestPage.bytes / 1024).toFixed(0)} KB ${oursSite.largestPage.path}`, plainSite ? `${(plainSite.largestPage.bytes / 1024).toFixed(0)} KB` : unfinished, ''],
  ['dist/ size · files', `${mib(oursSite.bytes)} · ${oursSite.files}`, plainSite ? `${mib(plainSite.bytes)} · ${plainSite.files}` : unfinished, ratio(result.ratios?.distBytes)],
  ['search index', mib(oursSite.searchIndexBytes), plainSite ? mib(plainSite.searchIndexBytes) : unfinished, ratio(result.ratios?.searchIndexBytes)],
  ['ingest rate', `${result.ours.ingestDocsPerSecond.toFixed(0)} docs/s`, '', ''],
  ['ingest again, one source changed', `${rerun!.seconds.toFixed(1)} s`, '', ''],
  ...(rounds > 1 ? result.eachRound.map((item, round) => [`round ${round + 1}`, `${item.ours.toFixed(1)} s · ${item.ingestDocsPerSecond.toFixed(0)} docs/s`, `${item.plain.toFixed(1)} s`, item.ratio.toFixed(2)]) : []),
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
console.log(`bench: ${files.length} synthetic texts, seed ${seed}, ${result.machine.cpus} cores, Node ${process.version}${rounds > 1 ? `; medians of ${rounds} rounds` : ''}`);
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | '));
const jsonPath = resolve(values.json ?? join(root, '.bench', `bench-${docs}-${seed}${values.parts && values.parts !== '1' ? `-parts-${values.parts}` : ''}.json`));
writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
console.log(`bench: JSON written to ${jsonPath}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });

function folderStats(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    count++;
  }
  return { bytes, files: count };
}

/** The heaviest HTML page of a built site, and where it is. */
function largestHtml(folder: string): { bytes: number; path: string } {
  let largest = { bytes: 0, path: '' };
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    if (bytes > largest.bytes) largest = { bytes, path: `/${path.slice(folder.length + 1)}` };
  }
  return largest;
}

function countFiles(folder: string, extension: string): number {
  return readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith(extension)).length;
}
