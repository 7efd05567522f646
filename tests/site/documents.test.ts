import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { runIngest } from '../../scripts/lib/run-ingest.ts';
import { synthCorpus } from '../../scripts/lib/synth.ts';
import { renderGeneratedMdx } from '../../src/lib/render-generated-mdx.ts';
import { HOSTILE_DIR, REAL_DIR, ROOT, SEEDS_DIR } from '../helpers/fixtures.ts';

// The documents are loaded by src/lib/documents.ts: each record validated by the shared schema,
// each body rendered on threads into a cache the document pages read.
function astroBuild(generated: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', mkdtempSync(join(tmpdir(), 'dist-'))], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_GENERATED_DIR: generated, ARCHIVE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'astro-cache-')), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Without terminal colours, which CI turns on and which split the message's words.
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '') };
}

describe('a generated file edited by hand stops the site build, named', () => {
  let generated = '';
  let names: string[] = [];
  beforeAll(() => {
    generated = mkdtempSync(join(tmpdir(), 'generated-'));
    expect(spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', SEEDS_DIR, '--generated', generated], { cwd: ROOT }).status).toBe(0);
    names = readdirSync(join(generated, 'documents')).sort();
  });

  const tamper = (name: string, edit: (text: string) => string) => {
    const path = join(generated, 'documents', name);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, edit(original));
    return () => writeFileSync(path, original);
  };

  it.each([
    // The record says it is another document than its file name.
    ['a record whose id is not its file name', (text: string) => text.replace(/"id": "[^"]+"/u, '"id": "van-ban-khac"'), /its record's id is "van-ban-khac", not its file name/u],
    // A field the schema does not allow: the collection's zod schema names it.
    ['a record with a kind the schema does not know', (text: string) => text.replace(/"kind": "[a-z]+"/u, '"kind": "bai-bao"'), /does not match the record schema \(kind: Invalid option/u],
  ])('%s', (_what, edit, message) => {
    // The last file, so that the ones before it are rendered and validated first.
    const name = names[names.length - 1]!;
    const restore = tamper(name, edit);
    try {
      const run = astroBuild(generated);
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(name.replace(/\.mdx$/u, ''));
      expect(run.output).toMatch(message);
    } finally {
      restore();
    }
  }, 120_000);

  it('builds when the files are as ingest wrote them', () => {
    expect(astroBuild(generated).status).toBe(0);
  }, 120_000);
});

describe('the documents with more files than the process may open at once', () => {
  // At 100,000 files, reading every file at once failed with EMFILE whatever the limit; they are read a chunk at a time.
  it('stores every file under an open-file limit of 128', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'generated-'));
    expect(spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', SEEDS_DIR, '--generated', seeds], { cwd: ROOT }).status).toBe(0);
    const [first] = readdirSync(join(seeds, 'documents')).sort();
    const template = readFileSync(join(seeds, 'documents', first!), 'utf8');
    const folder = join(mkdtempSync(join(tmpdir(), 'many-')), 'documents');
    mkdirSync(folder);
    const count = 600;
    for (let i = 0; i < count; i++) {
      const id = `van-ban-${String(i).padStart(4, '0')}`;
      writeFileSync(join(folder, `${id}.mdx`), template.replace(/"id": "[^"]+"/u, `"id": "${id}"`));
    }
    const run = spawnSync('sh', ['-c', 'ulimit -n 128 && exec "$0" tests/helpers/load-generated.ts "$1"', process.execPath, folder], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/EMFILE/u);
    expect(run.stdout.trim()).toBe(String(count));
    expect(run.status).toBe(0);
  }, 120_000);
});

describe('the rendered bodies kept between builds', () => {
  // A body is kept under the digest of its file: a text changed and changed back, with a failed build
  // between, shows what it says now, never a body rendered for the other text.
  it('show the text as it is, after an edit, a failed build and the edit undone', async () => {
    const { loadDocuments } = await import('../../src/lib/documents.ts');
    const generated = mkdtempSync(join(tmpdir(), 'generated-'));
    expect(spawnSync(process.execPath, ['scripts/ingest.ts', '--sources', SEEDS_DIR, '--generated', generated], { cwd: ROOT }).status).toBe(0);
    const folders = { root: ROOT, documents: join(generated, 'documents'), cache: mkdtempSync(join(tmpdir(), 'bodies-')) };
    const [first] = readdirSync(folders.documents).sort();
    const path = join(folders.documents, first!);
    const original = readFileSync(path, 'utf8');
    const id = first!.replace(/\.mdx$/u, '');
    const before = (await loadDocuments(folders)).bodyHtml(id);
    // an edit inside the body, then a file that fails the build
    writeFileSync(path, original.replace(/<section class="doc-body">\n/u, '<section class="doc-body">\n  ĐOẠN THÊM VÀO\n\n'));
    writeFileSync(join(folders.documents, 'zzz.mdx'), original);
    await expect(loadDocuments(folders)).rejects.toThrow(/zzz/u);
    // the edit undone, the bad file gone
    writeFileSync(path, original);
    rmSync(join(folders.documents, 'zzz.mdx'));
    const after = (await loadDocuments(folders)).bodyHtml(id);
    expect(after).toBe(before);
    expect(after).not.toContain('ĐOẠN THÊM VÀO');
  }, 60_000);
});

describe('the bodies ingest renders', () => {
  // Ingest renders each body from the tree it writes the file from; the site then renders none itself,
  // and shows byte for byte what it would have rendered from the file.
  it('are the ones the site would render from the files, and the site renders none again', async () => {
    const { loadDocuments } = await import('../../src/lib/documents.ts');
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    for (const folder of [SEEDS_DIR, HOSTILE_DIR, REAL_DIR]) {
      for (const name of readdirSync(folder).filter((file) => file !== 'README.md')) copyFileSync(join(folder, name), join(sources, name));
    }
    // linked references (<LegalRef>) in every shape the synthetic corpus writes
    for (const file of synthCorpus(40, 7, 0)) writeFileSync(join(sources, file.name), file.bytes);
    // bold and italics from a saved page and a Word file
    for (const name of ['html/library-001.html', 'binary/001-quyet-dinh.docx']) copyFileSync(join(ROOT, 'tests/fixtures', name), join(sources, name.replace(/^.*\//u, '')));
    const generated = mkdtempSync(join(tmpdir(), 'generated-'));
    await runIngest({ sources, generated }, () => undefined, { threads: 2 });
    const folders = { root: ROOT, documents: join(generated, 'documents'), cache: join(generated, '.astro-cache') };
    const documents = await loadDocuments(folders);
    expect(documents.records.length).toBeGreaterThan(100);
    expect(documents.rendered).toBe(0);
    for (const record of documents.records) {
      const file = join(folders.documents, `${record.id}.mdx`);
      expect(documents.bodyHtml(record.id), record.id).toBe(renderGeneratedMdx(readFileSync(file, 'utf8'), file).html);
    }
    const all = documents.records.map((record) => documents.bodyHtml(record.id)).join('');
    expect(all).toMatch(/<strong>[^<]+<\/strong>/u);
    expect(all).toMatch(/<a class="legal-ref"[^>]* href="\/can-cu\/[^"]+\/">/u);
    // A cache emptied since: the site renders them all itself.
    rmSync(join(folders.cache, 'bodies'), { recursive: true });
    expect((await loadDocuments(folders)).rendered).toBe(documents.records.length);
  }, 120_000);
});
