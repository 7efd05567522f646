import { z } from 'astro/zod';
import { DIAGNOSTIC_CODES } from './diagnostic-codes.ts';

/** The formats a source can come in, by the extension of its file (`.txt`…, `.html`/`.htm`, `.docx`, `.doc`, `.pdf`). */
export const SOURCE_FORMATS = ['text', 'html', 'docx', 'doc', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

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
  /** `metadata`: the saved page's own facts (`<title>`, `og:title`, `article:published_time`, canonical URL, author). */
  from: z.enum(['text', 'chrome', 'sidecar', 'derived', 'metadata']),
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
  /** Stable machine code: `jurisdiction-unknown`, `id-collision`… (the list: diagnostic-codes.ts) */
  code: z.enum(DIAGNOSTIC_CODES),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** What a person can do about it. */
  hint: z.string().optional(),
  line: z.int().positive().optional(),
});

/** One place a reference stands in the citing text. */
export const referenceOccurrenceSchema = z.strictObject({
  /** The reference as written: `Nghị định số 61/2018/NĐ-CP`. */
  text: z.string(),
  span: spanSchema,
  /** The sentence around it, for the citing passage on the legal-basis page. */
  sentence: z.strictObject({ text: z.string(), span: spanSchema }),
  /** How the citing text relies on it: `Căn cứ` basis, `Thực hiện` implementation, `theo quy định tại` compliance, else mention. */
  relation: z.enum(['basis', 'implementation', 'compliance', 'mention']),
  /** The part cited: `khoản 2 Điều 3`. */
  part: z.string().optional(),
  /** `Quyết định nêu trên`: points back to this reference; not counted as a mention. */
  backReference: z.boolean().optional(),
  /** Anchor of this place in the citing page (`tc-3` → `/van-ban/<id>/#tc-3`), set by the link stage. */
  anchor: z.string().regex(/^tc-\d+$/u).optional(),
});

/** A document the source refers to, with every place it does. Shapes follow `legalRefs` of the golden files. */
export const legalRefSchema = z.strictObject({
  /** Canonical id of the referenced document across the archive; `/can-cu/<id>/`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  /** `Nghị định`, `Quyết định`, `Văn bản`, `Luật`… */
  type: z.string(),
  /** Canonical number and symbol (`61/2018/NĐ-CP`); null for a law cited by name. */
  number: z.string().nullable(),
  /** Canonical form for display: `Nghị định số 61/2018/NĐ-CP`, `Luật Tổ chức chính quyền địa phương`. */
  canonical: z.string(),
  /** Year of the referenced document: from its number, else its date. */
  year: z.int().nullable(),
  date: z.iso.date().nullable(),
  issuer: z.string().nullable(),
  subject: z.string().optional(),
  /** How many times the text cites it directly (back-references not counted). */
  mentions: z.int().positive(),
  /** The first inconsistency found, as in the golden files: `number-year-date-mismatch`. */
  warning: z.string().optional(),
  /** False when the document cannot be pinned down (no date for a yearless number, unknown jurisdiction). */
  resolved: z.boolean(),
  unresolvedReason: z.string().optional(),
  /** The id of the referenced document's own page, when it is in the archive. */
  target: z.string().optional(),
  occurrences: z.array(referenceOccurrenceSchema).min(1),
});

/**
 * What one document does to another, as a text says it (src/ingest/extract/legal-relations.ts):
 * `Nghị định số 107/2020/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP`.
 */
export const relationKindSchema = z.enum(['amends', 'replaces', 'repeals', 'implements']);

export const legalRelationSchema = z.strictObject({
  kind: relationKindSchema,
  /** The document that acts: the `id` of one of the record's `legalRefs`, or null for the record's own text. */
  agent: z.string().nullable(),
  /** The document acted on: the `id` of one of the record's `legalRefs`. */
  object: z.string(),
  /** The verb as written: `sửa đổi, bổ sung`. */
  verb: z.strictObject({ text: z.string(), span: spanSchema }),
  /** Only some articles: `một số điều`, `Điều 5 của`. */
  partial: z.boolean(),
  /** The sentence that says it. */
  passage: z.strictObject({ text: z.string(), span: spanSchema }),
  /** When the record's own change takes effect (`có hiệu lực từ ngày …`), if the sentence says. */
  effective: z.iso.date().nullable(),
  /** The object's attachment the change goes through (`… của Quy chế hoạt động … ban hành kèm theo Quyết định số 84/QĐ-SNgV`): its title and span. */
  attachment: z.strictObject({ text: z.string(), span: spanSchema }).nullable().default(null),
});

/**
 * A document issued with another (`ban hành kèm theo`, src/ingest/extract/attachments.ts): a Quy chế, a Kế hoạch,
 * a Biểu mẫu, known by its title and the document it comes with, having no number of its own.
 */
export const attachmentSchema = z.strictObject({
  title: z.strictObject({ text: z.string(), span: spanSchema }),
  /** The document it is issued with: the `id` of one of the record's `legalRefs`, or null for the record's own text. */
  of: z.string().nullable(),
  /** The sentence that says so. */
  passage: z.strictObject({ text: z.string(), span: spanSchema }),
});

/** An agency a source names, with what it is in this document. */
export const agencyRefSchema = z.strictObject({
  /** Canonical id across the archive: `so-ngoai-vu-hai-phong`; `chua-dang-ky-…` for one the registry lacks. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  /** Full name with its jurisdiction: `Sở Ngoại vụ thành phố Hải Phòng`. */
  name: z.string(),
  level: z.string(),
  jurisdiction: z.string().nullable(),
  /** issuer, subject (inspected or discussed), recipient, participant, assignee, partner, mentioned. */
  roles: z.array(z.enum(['issuer', 'subject', 'recipient', 'participant', 'assignee', 'partner', 'commended', 'mentioned'])).min(1),
  /** The registry knows it; otherwise it is reported so the registry can grow. */
  registered: z.boolean(),
  /** How the text wrote it, first time. */
  text: z.string(),
  span: spanSchema.optional(),
});

/** A person with the position they held in this document. */
export const personSchema = z.strictObject({
  /** One id across documents: `le-anh-quan`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  name: z.string(),
  /** As the text writes it: `Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố`. */
  position: z.string().nullable(),
  roles: z.array(z.enum(['official', 'signer', 'recipient'])).min(1),
  span: spanSchema.optional(),
});

/** An inspection or meeting the source reports. */
export const eventSchema = z.strictObject({
  kind: z.enum(['inspection', 'meeting']),
  date: z.iso.date().nullable(),
  /** Where, as an agency name when it is one: `Sở Ngoại vụ`. */
  at: z.string().nullable(),
  /** Id of that agency, when it is one. */
  atAgency: z.string().nullable(),
  /** The person who led it, or the position when the text names none (`Giám đốc Sở Ngoại vụ`). */
  leader: z.string().nullable(),
  leaderId: z.string().nullable(),
  /** The sentence it was read from. */
  sentence: z.strictObject({ text: z.string(), span: spanSchema }),
});

/** An assignment: who is to do what, with whom, by when (`Giao Sở Nội vụ chủ trì, phối hợp với …`). */
export const taskSchema = z.strictObject({
  /** The lead agency as written: `Sở Nội vụ` (`Giám đốc Sở Nội vụ` stands for it). */
  lead: z.string(),
  leadId: z.string(),
  /** Partner agencies as written, or a named class of bodies (`các cơ quan báo chí`). */
  partners: z.array(z.string()),
  /** Their agency ids; null for a class of bodies. */
  partnerIds: z.array(z.string().nullable()),
  /** A short topic: the item's heading (`sắp xếp các đơn vị sự nghiệp`) or the action's first clause. */
  topic: z.string(),
  /** What is to be done, as written after the lead and partners. */
  action: z.string(),
  /** Deadline, when the sentence gives one (`trước ngày 25/3/2020`). */
  due: z.iso.date().nullable(),
  dueText: z.string().nullable(),
  /** The sentence (with its item heading) it was read from, in the normalised text. */
  sentence: z.strictObject({ text: z.string(), span: spanSchema }),
  /** Ids of the legal references the sentence cites (what the task implements). */
  legalRefs: z.array(z.string()),
});

/** A figure of reform results: `hoàn thành 119/133 nhiệm vụ = 89,47%`, `thứ 5/20 sở, ngành`, `từ 15 ngày xuống 7 ngày`. */
export const metricSchema = z.strictObject({
  kind: z.enum(['ratio', 'rank', 'change', 'percent', 'count']),
  value: z.number().nullable(),
  /** The total: `133` in `119/133`, `20` in `thứ 5/20`. */
  of: z.number().nullable(),
  /** Decimal comma read: `89,47%` → 89.47. */
  percent: z.number().nullable(),
  /** What is counted: `nhiệm vụ`, `hồ sơ`, `ngày`, `biên chế`, `sở, ngành`. */
  unit: z.string().nullable(),
  /** A change: `từ 15 ngày xuống 7 ngày`. */
  from: z.number().nullable(),
  to: z.number().nullable(),
  /** A goal the text sets (`Trong thời gian tới … 100%`), not a result. */
  target: z.boolean(),
  /** The clause the figure measures, as written. */
  about: z.string(),
  /** The agency the sentence credits, as written, and its id. */
  agency: z.string().nullable(),
  agencyId: z.string().nullable(),
  /** The reporting year it belongs to. */
  year: z.int().nullable(),
  text: z.string(),
  span: spanSchema,
  sentence: z.strictObject({ text: z.string(), span: spanSchema }),
});

/** Another source of the archive this one is related to, and why. */
export const relatedSchema = z.strictObject({
  id: z.string(),
  source: z.string(),
  reason: z.string(),
  kind: z.enum(['same-event']),
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
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258']),
  /** The format of the source file: plain text, or a saved web page (its text read from the page's structure). */
  format: z.enum(SOURCE_FORMATS),
  /** Size of the source file in bytes (the original is published byte for byte at `/nguon/<id>.<extension>`). */
  sourceSize: z.int().nonnegative(),
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
  /**
   * When the text has no title (no trích yếu, no headline): the start of its first
   * sentence, so its page and lists can name it. Marked `derived` in `fields`; never a chrome line.
   */
  derivedTitle: z.string().nullable().optional(),
  signer: signerSchema.nullable().optional(),
  author: z.string().nullable().optional(),
  portal: z.string().nullable().optional(),
  sourceUrl: z.string().nullable(),
  retrieved: isoDate.nullable(),
  /** Provenance of each header field that has a value. */
  fields: z.record(z.string(), provenanceSchema),
  /** Recipient lines of `Nơi nhận`, as written without the leading dash. */
  recipients: z.array(z.string()),
  people: z.array(personSchema),
  events: z.array(eventSchema),
  legalRefs: z.array(legalRefSchema),
  standards: z.array(z.string()),
  /** Relations between documents the text states (before the link stage, agent and object are canonical forms). */
  relations: z.array(legalRelationSchema).default([]),
  /** Documents issued with this text or with one it cites (before the link stage, `of` is a canonical form). */
  attachments: z.array(attachmentSchema).default([]),
  agencies: z.array(agencyRefSchema),
  tasks: z.array(taskSchema),
  metrics: z.array(metricSchema),
  /** Source files of related records, as in the golden files; `related` says why. */
  relatedSources: z.array(z.string()),
  related: z.array(relatedSchema),
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
export type ReferenceOccurrence = z.infer<typeof referenceOccurrenceSchema>;
export type LegalRef = z.infer<typeof legalRefSchema>;
export type LegalRelation = z.infer<typeof legalRelationSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type AgencyRef = z.infer<typeof agencyRefSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Person = z.infer<typeof personSchema>;
export type SourceEvent = z.infer<typeof eventSchema>;
export type Related = z.infer<typeof relatedSchema>;
