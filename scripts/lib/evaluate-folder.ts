import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { scoreExtraction, type ExtractionScore, type ScoredText } from '../../src/ingest/evaluate/score-extraction.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import { annotationSchema } from '../../src/schemas/index.ts';
import { loadSource } from './load-sources.ts';

/**
 * Every text of the folders that has an annotation beside it (`NNN.txt` and
 * `NNN.json`), read through the whole ingest (the link stage included, as the
 * build reads them) and scored against its annotation.
 */
export function evaluateFolders(folders: readonly string[]): ExtractionScore & { failed: string[] } {
  const pairs = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json') && existsSync(join(folder, name.replace(/\.json$/u, '.txt'))))
      .sort()
      .map((name) => {
        const path = join(folder, name);
        const parsed = annotationSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        if (!parsed.success) throw new Error(`${path}: field "${parsed.error.issues[0]!.path.join('.')}" ${parsed.error.issues[0]!.message}. Fix the annotation.`);
        // Folders may share file names (`001.txt`), so each source is named by its folder too.
        const input = loadSource(path.replace(/\.json$/u, '.txt'));
        return { input: { ...input, file: `${folder}/${input.file}` }, annotation: parsed.data };
      }),
  );
  const corpus = ingestCorpus(
    pairs.map((pair) => pair.input),
    loadRegistry(),
  );
  const byFile = new Map(corpus.sources.map((source) => [source.file, source.record]));
  const texts: ScoredText[] = pairs.flatMap(({ input, annotation }) => {
    const record = byFile.get(input.file);
    return record ? [{ file: input.file, record, annotation }] : [];
  });
  return { ...scoreExtraction(texts), failed: corpus.failures.map((failure) => failure.file) };
}
