import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { AgencyRegistry, Attachment, LegalRelation, SourceRecord } from '../schemas/index.ts';
import { AgencyDirectory } from './extract/agency-directory.ts';
import { relateSources } from './link/relate-sources.ts';
import { resultMarks } from './emit/result-marks.ts';
import { referenceMarks } from './emit/reference-marks.ts';
import { toMdast } from './emit/to-mdast.ts';
import { ingestSource, sourceLines, validateRecord, type FailedSource, type IngestedSource, type SourceInput, type SourceResult } from './ingest-source.ts';
import { assignIds } from './link/assign-ids.ts';
import type { Segments } from './segment/segments.ts';
import type { StyledSpan } from './read/inline-styles.ts';
import { ArchiveIndex, resolveReferences } from './link/resolve-references.ts';

export interface LinkedSource extends IngestedSource {
  /** The page body, with every reference a link. */
  body: Root;
}

/**
 * Per-source results kept between runs (scripts/lib/ingest-cache.ts): a source
 * whose name, bytes and sidecar are unchanged, read by an unchanged pipeline
 * (`version`), is not read again. Only the link stage sees the whole corpus.
 */
export interface SourceCache {
  version: string;
  get(key: string): CachedSource | undefined;
  set(key: string, value: CachedSource): void;
}

/** What the cache keeps: the lines are cheaper to split again than to store. */
export type CachedSource = Omit<IngestedSource, 'lines'>;

/** The cache key of a source: what its per-source result depends on. */
export function sourceKey(input: SourceInput, version: string): string {
  const hash = createHash('sha256').update(version).update('\0').update(input.file).update('\0').update(input.bytes);
  if (input.sidecar) hash.update('\0').update(input.sidecar.file).update('\0').update(input.sidecar.text);
  return hash.digest('hex');
}

export interface Corpus {
  /** Ingested sources with unique ids, ordered by id. */
  sources: LinkedSource[];
  failures: FailedSource[];
}

/**
 * Every source through the per-source stages, then the link stage, the only
 * one that sees the whole corpus: unique ids, collisions reported.
 */
export function ingestCorpus(inputs: readonly SourceInput[], registry: AgencyRegistry, cache?: SourceCache): Corpus {
  const { results, misses, keys } = fromCache(inputs, cache);
  const read = readSources(misses.map((index) => inputs[index]!), registry);
  // Cached results come without their lines; the corpus gives each source its lines.
  return linkCorpus(withFresh(keys, results, misses, read, cache).map((result) => (result.ok ? { ...result, lines: (result as Partial<IngestedSource>).lines ?? sourceLines(result.text, result.record.kind, formatChromeOf(result.record)) } : result)));
}

/** A source's result without its lines, as the cache and the worker threads give it back: the link stage and the MDX writer do not need them. */
export type StoredResult = CachedSource | FailedSource;

/** Sources through the per-source stages on this thread (the agency directory is built only if one is read, once per registry). */
export function readSources(inputs: readonly SourceInput[], registry: AgencyRegistry): SourceResult[] {
  let directory: AgencyDirectory | undefined;
  return inputs.map((input) => ingestSource(input, (directory ??= directoryOf(registry))));
}

// Building a directory compiles the registry's names into patterns: a run that reads in several batches builds it once.
const DIRECTORIES = new WeakMap<AgencyRegistry, AgencyDirectory>();
function directoryOf(registry: AgencyRegistry): AgencyDirectory {
  let directory = DIRECTORIES.get(registry);
  if (!directory) DIRECTORIES.set(registry, (directory = new AgencyDirectory(registry)));
  return directory;
}

/**
 * The results the cache has, and the indexes of the inputs it lacks: those go
 * through `ingestSource` (here, or on worker threads: scripts/lib/run-ingest.ts)
 * and back through `withFresh`. `keys` are the inputs' cache keys (none without
 * a cache), hashed once here for whatever else needs them.
 */
export function fromCache(inputs: readonly SourceInput[], cache: SourceCache | undefined): { results: (CachedSource | undefined)[]; misses: number[]; keys: string[] } {
  const results: (CachedSource | undefined)[] = [];
  const misses: number[] = [];
  const keys = cache ? inputs.map((input) => sourceKey(input, cache.version)) : [];
  inputs.forEach((_input, index) => {
    const cached = cache?.get(keys[index]!);
    if (cached) results.push(cached);
    else {
      results.push(undefined);
      misses.push(index);
    }
  });
  return { results, misses, keys };
}

/** Every result, the fresh ones (`read[i]` for input `misses[i]`) put in place and cached under `keys` (from `fromCache`). */
export function withFresh(keys: readonly string[], results: readonly (CachedSource | undefined)[], misses: readonly number[], read: readonly StoredResult[], cache: SourceCache | undefined): StoredResult[] {
  const all: (StoredResult | undefined)[] = [...results];
  misses.forEach((index, i) => {
    const result = read[i]!;
    all[index] = result;
    if (cache && result.ok) {
      const { lines: _lines, ...kept } = result as IngestedSource;
      cache.set(keys[index]!, kept);
    }
  });
  return all.map((result) => result!);
}

/**
 * The link stage, the only one that sees the whole corpus: unique ids (collisions
 * reported), references resolved, related sources, the page bodies.
 */
export function linkCorpus(results: readonly SourceResult[]): Corpus {
  const { sources, failures } = linkRecords(results);
  return {
    sources: sources.map((source) => {
      const record = validateRecord(source.record);
      return { ...source, record, body: bodyOf(record, source.segments, source.text, source.styles) };
    }),
    failures,
  };
}

/** Linked records before their per-source ends: sources ordered by id, failures by file. */
export interface LinkedRecords<Source extends CachedSource = CachedSource> {
  sources: Source[];
  failures: FailedSource[];
}

/** Relations with the ids of the references they join (extracted with canonical forms); one whose reference is gone is dropped. */
function linkRelations(relations: readonly LegalRelation[], idOf: ReadonlyMap<string, string>): LegalRelation[] {
  return relations.flatMap((relation) => {
    const object = idOf.get(relation.object);
    const agent = relation.agent === null ? null : idOf.get(relation.agent);
    return object === undefined || agent === undefined ? [] : [{ ...relation, agent, object }];
  });
}

// An attachment of a cited document whose reference was left out (the text's own number) is dropped, as a relation is.
function linkAttachments(attachments: readonly Attachment[], idOf: ReadonlyMap<string, string>): Attachment[] {
  return attachments.flatMap((attachment) => {
    const of = attachment.of === null ? null : idOf.get(attachment.of);
    return of === undefined ? [] : [{ ...attachment, of }];
  });
}

/**
 * `linkCorpus` without its per-source ends (the record's validation, the page
 * body), which scripts/lib/run-ingest.ts leaves to its worker threads:
 * sources ordered by id, failures by file.
 */
export function linkRecords<Source extends CachedSource>(results: readonly (Source | FailedSource)[]): LinkedRecords<Source> {
  const ingested = results.filter((result): result is Source => result.ok);
  const failures = results.filter((result): result is FailedSource => !result.ok);
  const { ids, diagnostics } = assignIds(ingested.map((source) => source.record));
  const archive = ingested.map((source) => ({ ...source.record, id: ids.get(source.file)! }));
  const related = relateSources(archive);
  const archiveIndex = new ArchiveIndex(archive);
  const sources = ingested.map((source): Source => {
    const extra = diagnostics.get(source.file) ?? [];
    const all = [...source.record.diagnostics, ...extra];
    const id = ids.get(source.file)!;
    const legalRefs = resolveReferences(id, source.references, archiveIndex);
    // Relations and attachments name their documents by canonical form until here.
    const idOf = new Map(legalRefs.map((ref) => [ref.canonical, ref.id]));
    const record: SourceRecord = {
      ...source.record,
      id,
      legalRefs,
      relations: linkRelations(source.record.relations, idOf),
      attachments: linkAttachments(source.record.attachments, idOf),
      // A task implements what its sentence cites.
      tasks: source.record.tasks.map((task) => ({
        ...task,
        legalRefs: legalRefs.filter((ref) => ref.occurrences.some((occurrence) => occurrence.span.start >= task.sentence.span.start && occurrence.span.end <= task.sentence.span.end)).map((ref) => ref.id),
      })),
      related: related.get(id) ?? [],
      relatedSources: (related.get(id) ?? []).map((item) => item.source),
      diagnostics: all,
      warnings: all.filter((item) => item.severity !== 'info').map((item) => `${item.code}: ${item.message}`),
    };
    return { ...source, record };
  });
  sources.sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { sources, failures };
}

/** The page body of a linked record: its text's blocks, every reference a link, every figure and task marked, bold and italics as the source had them. */
export function bodyOf(record: SourceRecord, segments: Segments, text: string, styles: readonly StyledSpan[] = []): Root {
  return toMdast(segments, [...referenceMarks(record.legalRefs), ...resultMarks(record, text)], styles);
}

/** The lines a format's reader marked as chrome, as the record keeps them (`html-nav`, `html-footer`…). */
function formatChromeOf(record: SourceRecord): { line: number; reason: string }[] {
  return record.removed.filter((item) => item.reason.startsWith('html-')).map((item) => ({ line: item.line, reason: item.reason }));
}
