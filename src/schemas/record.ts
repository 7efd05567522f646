import { z } from 'astro/zod';

/**
 * The public record of one source: what `npm run extract` prints and what
 * every generated MDX file carries as frontmatter. Field names and shapes follow
 * `shared/golden/*.json`; fields owned by later stages (references, agencies,
 * tasks, figures) are present and may be empty.
 */

const isoDate = z.iso.date();
/** `2020-12-17` or, for news with a time, `2020-12-17T16:30`. */
const isoDateOrMinute = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/u, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM');

/** A half-open range `[start, end)` of UTF-16 code units in the normalised text. */
export const spanSchema = z.strictObject({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});

/** Where a header field's value came from, so nothing is guessed silently. */
export const provenanceSchema = z.strictObject({
  from: z.enum(['text', 'chrome', 'sidecar', 'derived']),
  /** The text the value was read from, as written (for `text` and `chrome`). */
  text: z.string().optional(),
  span: spanSchema.optional(),
  /** 1-based line in the normalised text. */
  line: z.int().positive().optional(),
  /** How a derived value was obtained. */
  note: z.string().optional(),
});

export const signerSchema = z.strictObject({
  name: z.string().nullable(),
  position: z.string().nullable(),
  /** `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` or null when the block has no form. */
  form: z.enum(['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']).nullable(),
  onBehalfOf: z.string().nullable(),
});

export const removedLineSchema = z.strictObject({
  /** 1-based line number in the normalised text. */
  line: z.int().positive(),
  /** The removed text: the whole line, or the fragment of it that was chrome. */
  text: z.string(),
  /** Why it was taken for page chrome (`print-link`, `qr-block`, `rating`…). */
  reason: z.string(),
  span: spanSchema,
});

export const diagnosticSchema = z.strictObject({
  /** Stable machine code: `jurisdiction-unknown`, `id-collision`… */
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** What a person can do about it. */
  hint: z.string().optional(),
  line: z.int().positive().optional(),
});

export const recordSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** Stable ASCII id derived from the content; the page URL uses it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lowercase ASCII words joined by hyphens'),
  /** File name of the source in `content/sources/`. */
  source: z.string(),
  /** SHA-256 of the source bytes, hex. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** Encoding the source was read in. */
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be']),
  kind: z.enum(['document', 'news']),
  /** `Thông báo`, `Kế hoạch`… for official documents; null for news. */
  docType: z.string().nullable(),
  /** Number and symbol, normalised: `08/TB-UBND`. */
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  jurisdiction: z.string().nullable(),
  place: z.string().nullable(),
  issued: isoDate.nullable(),
  published: isoDateOrMinute.nullable().optional(),
  title: z.string().nullable(),
  signer: signerSchema.nullable().optional(),
  author: z.string().nullable().optional(),
  portal: z.string().nullable().optional(),
  sourceUrl: z.string().nullable(),
  retrieved: isoDate.nullable(),
  /** Provenance of each header field that has a value. */
  fields: z.record(z.string(), provenanceSchema),
  /** Recipient lines of `Nơi nhận`, as written without the leading dash. */
  recipients: z.array(z.string()),
  people: z.array(z.unknown()),
  events: z.array(z.unknown()),
  legalRefs: z.array(z.unknown()),
  standards: z.array(z.string()),
  agencies: z.array(z.unknown()),
  tasks: z.array(z.unknown()),
  metrics: z.array(z.unknown()),
  relatedSources: z.array(z.string()),
  reportingYear: z.int().nullable(),
  captions: z.array(z.string()),
  /** The text of every line (or fragment) removed as page chrome, in order. */
  boilerplate: z.array(z.string()),
  removed: z.array(removedLineSchema),
  /** `code: message`, as in the golden files. */
  warnings: z.array(z.string()),
  diagnostics: z.array(diagnosticSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Signer = z.infer<typeof signerSchema>;
export type RemovedLine = z.infer<typeof removedLineSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type SourceRecord = z.infer<typeof recordSchema>;
