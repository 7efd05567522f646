import { createHash } from 'node:crypto';
import type { DiagnosticCode } from '../schemas/index.ts';
import { recordSchema, type Sidecar, type SourceRecord } from '../schemas/index.ts';
import { extractHeader } from './extract/extract-header.ts';
import { jurisdictionByName } from './extract/jurisdictions.ts';
import type { AgencyDirectory } from './extract/agency-directory.ts';
import { extractAgencies } from './extract/agencies.ts';
import { extractEvents, extractReportingYear } from './extract/events.ts';
import { extractTasks } from './extract/tasks.ts';
import { extractMetrics } from './extract/metrics.ts';
import { extractLegalReferences, type ExtractedRef } from './extract/legal-references.ts';
import { extractAttachments } from './extract/attachments.ts';
import { extractLegalRelations } from './extract/legal-relations.ts';
import { extractPeople } from './extract/people.ts';
import { separatePageChrome } from './normalise/separate-page-chrome.ts';
import { splitLines } from './normalise/split-lines.ts';
import { readSidecar } from './read/read-sidecar.ts';
import { readDocument } from './read/read-document.ts';
import type { StyledSpan } from './read/inline-styles.ts';
import { markFormatChrome } from './normalise/mark-format-chrome.ts';
import { LIST_MARKER } from './patterns/document-parts.ts';
import { segmentSource } from './segment/segment-source.ts';
import type { Segments } from './segment/segments.ts';
import { SourceError } from './source-error.ts';
import type { CleanLine } from './types.ts';

export interface SourceInput {
  /** File name in content/sources/, used in messages and the record. */
  file: string;
  bytes: Uint8Array;
  sidecar?: { file: string; text: string };
  /**
   * A Word or PDF file's text, converted at the edge (scripts/lib/convert-sources.ts: asynchronous
   * libraries, in a worker with a time and memory limit) before the pure stages read it; or why it
   * could not be. `bytes` stay the original's.
   */
  converted?: ConvertedSource;
}

/** What a binary source was converted to: HTML for Word's `.docx` (tables and emphasis survive), text for `.doc` and PDF. */
export type ConvertedSource =
  | { format: 'docx'; html: string }
  | { format: 'doc' | 'pdf'; text: string }
  | { format: 'docx' | 'doc' | 'pdf'; error: { code: DiagnosticCode; message: string; hint: string } };

export interface IngestedSource {
  ok: true;
  file: string;
  /** The record; its `id` is provisional until `ingestCorpus` makes ids unique. */
  record: SourceRecord;
  /** References as extracted; the link stage gives them ids and targets and puts them in the record. */
  references: ExtractedRef[];
  /** The normalised text all spans point into. */
  text: string;
  lines: CleanLine[];
  segments: Segments;
  /** Bold and italics a web page or Word file kept beside its text (outside page chrome), for the page body. */
  styles: StyledSpan[];
}

export interface FailedSource {
  ok: false;
  file: string;
  error: SourceError;
}

export type SourceResult = IngestedSource | FailedSource;

/** The lines of a normalised text, each marked as text or page chrome (a sidecar's `kind` decides how the opening is read, as it does in `ingestSource`). */
export function sourceLines(text: string, kind?: 'document' | 'news', formatChrome: readonly { line: number; reason: string }[] = []): CleanLine[] {
  return segmentSource(markFormatChrome(separatePageChrome(splitLines(text)), formatChrome), kind).lines;
}

/** Bold and italics outside page chrome (chrome is never shown); both lists in text order. */
function outside<Item extends { span: { start: number; end: number } }>(items: readonly Item[], chrome: readonly { start: number; end: number }[]): Item[] {
  let next = 0;
  return items.filter((item) => {
    while (next < chrome.length && chrome[next]!.end <= item.span.start) next++;
    const span = chrome[next];
    return span === undefined || span.start >= item.span.end;
  });
}

/** One source through read → normalise → segment → extract. Never throws for bad input. */
export function ingestSource(input: SourceInput, directory: AgencyDirectory): SourceResult {
  try {
    const sidecar: Sidecar = input.sidecar ? readSidecar(input.sidecar.text, input.sidecar.file) : {};
    const { text, encoding, format, chrome: formatChrome, metadata, styles } = readDocument(input);
    const { segments, lines } = segmentSource(markFormatChrome(separatePageChrome(splitLines(text)), formatChrome), sidecar.kind);
    const { header, fields, diagnostics } = extractHeader(segments, lines, sidecar, text, metadata);
    const chrome = lines.filter((line) => line.role === 'chrome').map((line) => ({ start: line.start, end: line.end }));
    const jurisdiction = header.jurisdiction ? jurisdictionByName(header.jurisdiction) : undefined;
    const references = extractLegalReferences({
      text,
      // Page chrome and the document's own number are not references.
      exclude: [...chrome, ...(segments.kind === 'document' ? segments.document.number.map((ref) => ref.span) : [])],
      jurisdiction,
      issued: header.issued,
    });
    const { people, positions } = extractPeople({ text, segments, exclude: chrome, signer: header.signer });
    const agencyMatches = directory.find(text, jurisdiction);
    const agencies = extractAgencies({ text, segments, exclude: chrome, jurisdiction, issuer: header.issuer, title: header.title, directory, agencyMatches, positions });
    const bodyStart = segments.body[0]?.refs[0]?.span.start ?? 0;
    const tasks = extractTasks({ text, blocks: segments.body, agencyMatches });
    const events = extractEvents({
      text,
      bodyStart,
      exclude: chrome,
      documentDate: header.issued,
      kind: header.kind,
      people,
      agencyMatches,
    });
    const reporting = extractReportingYear(text, bodyStart, header.issued);
    const subject = agencies.agencies.find((agency) => agency.roles.includes('subject'));
    const metrics = extractMetrics({ text, blocks: segments.body, agencyMatches, reportingYear: reporting.year, subject: subject ? { text: subject.text, id: subject.id } : null });
    if (reporting.year !== null) fields['reportingYear'] = reporting.from === 'text' ? { from: 'text' } : { from: 'derived', note: 'năm của văn bản (văn bản không nêu năm báo cáo)' };
    const removed = lines.flatMap((line) =>
      line.role === 'chrome'
        ? [{ line: line.no, text: line.text.trim(), reason: line.reason ?? 'chrome', span: line.contentSpan }]
        : line.fragments.map((fragment) => ({ line: line.no, text: fragment.text, reason: fragment.reason, span: fragment.span })),
    );
    removed.push(...segments.cutAway.map((fragment) => ({ line: fragment.line, text: fragment.text, reason: fragment.reason, span: fragment.span })));
    removed.sort((a, b) => a.span.start - b.span.start);
    // Bold and italics of page chrome are never shown.
    const shownStyles = outside(styles, chrome);
    const captions = segments.body
      .filter((block) => block.type === 'caption')
      .map((block) => block.refs.map((ref) => ref.text).join(' '));
    // The text's own number cited again (`(Ban hành kèm theo Quyết định số 7303/QĐ-UBND …)` over an annex) is not a reference;
    // a document of the same number and another date is.
    const cited = references.legalRefs.filter((ref) => !(header.number !== null && ref.number === header.number && (ref.date === null || ref.date === header.issued)));
    const record: SourceRecord = {
      schemaVersion: 1,
      id: 'pending',
      source: input.file,
      sourceSha256: createHash('sha256').update(input.bytes).digest('hex'),
      encoding,
      format,
      sourceSize: input.bytes.length,
      ...header,
      sourceUrl: sidecar.sourceUrl ?? (metadata.canonical && /^https?:\/\//u.test(metadata.canonical) ? metadata.canonical : null),
      retrieved: sidecar.retrieved ?? null,
      fields,
      recipients: segments.recipients?.items.map((item) => item.text.replace(LIST_MARKER, '')) ?? [],
      people,
      events: events.events,
      legalRefs: [],
      standards: references.standards,
      // Agent and object as canonical forms here; the link stage gives them the references' ids.
      relations: extractLegalRelations({ text, references: cited, selfIsDocument: header.kind === 'document' }),
      attachments: extractAttachments({ text, references: cited, selfIsDocument: header.kind === 'document' }),
      agencies: agencies.agencies,
      tasks,
      metrics,
      relatedSources: [],
      related: [],
      reportingYear: reporting.year,
      captions,
      boilerplate: removed.map((item) => item.text),
      removed,
      warnings: [],
      diagnostics: [...diagnostics, ...references.diagnostics, ...agencies.diagnostics, ...events.diagnostics],
    };
    return { ok: true, file: input.file, record, references: cited, text, lines, segments, styles: shownStyles };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, file: input.file, error };
    throw error;
  }
}

/** Checks a finished record against the shared schema; the error names the file and the field. */
export function validateRecord(record: SourceRecord): SourceRecord {
  const result = recordSchema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${record.source}: the record's field "${issue.path.join('.')}" is invalid: ${issue.message}. This is a bug in the ingest, not in the source.`);
}
