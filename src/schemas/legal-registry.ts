import { z } from 'astro/zod';
import { relationKindSchema } from './record.ts';

/**
 * The registry of national legal documents (`content/registry/legal-documents.yaml`):
 * what the archive knows of a basis beyond what its texts say, its subject, dates,
 * the official text and whether it is still in force. A status is a legal fact a
 * civil servant acts on, so every one names where it comes from, and the schema
 * refuses one that does not.
 */

// The basis page id the reference extractor gives the document: `61-2018-nd-cp`, `2013-76-nq-cp`,
// `luat-to-chuc-chinh-quyen-dia-phuong-2015` (tests/site/legal-registry.test.ts checks each).
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'must be the basis id, lower-case letters, digits and hyphens (`61-2018-nd-cp`)');

/**
 * Where a fact comes from: the document that changed it, with its own words and
 * where they stand; or the official database page that states it, and the day it was read.
 */
export const legalSourceSchema = z.union([
  z.strictObject({
    /** The id of the document that says it: another registry entry. */
    document: idSchema,
    /** Where in that document: `Điều 1`, `trích yếu`. */
    where: z.string().min(1),
    /** Its words, as the official text has them; left out when no faithful copy was at hand. */
    passage: z.string().min(1).optional(),
    /**
     * Where the fact was read when not in the official text itself: `bản sao trên hoidapphapluat.co`. The page
     * then says it is not yet checked against the official database.
     */
    copy: z.string().min(1).optional(),
  }),
  z.strictObject({
    url: z.url({ protocol: /^https$/u }),
    /** The day the page was read: `YYYY-MM-DD`. */
    checked: z.iso.date(),
  }),
]);

/** What another document did to this one: the timeline of its page. */
const changeSchema = z.strictObject({
  kind: relationKindSchema,
  /** The document that did it (an id of this registry). */
  by: idSchema,
  /** Only some articles (`sửa đổi, bổ sung một số điều`, `bãi bỏ Điều 5`). */
  partial: z.boolean().default(false),
  /** From when it applies: the acting document's effective date, when known. */
  effective: z.iso.date().optional(),
  source: legalSourceSchema,
});

export const LEGAL_STATUSES = ['con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc'] as const;

const statusSchema = z
  .strictObject({
    value: z.enum(LEGAL_STATUSES),
    /** Since when: required once a document has lost force, wholly or partly. */
    since: z.iso.date().optional(),
    /** The document that changed it (an id of this registry). */
    by: idSchema.optional(),
    // Optional in the type only so that its absence gets the message below rather than zod's "Required".
    source: legalSourceSchema.optional(),
  })
  .superRefine((status, context) => {
    if (!status.source) context.addIssue({ code: 'custom', path: ['source'], message: 'is missing: a status needs the document that changed it or the official database page that states it; without one, leave the status out' });
    if (status.value !== 'con-hieu-luc' && !status.since) context.addIssue({ code: 'custom', path: ['since'], message: 'is missing: say from when the document lost force' });
    if (status.value === 'con-hieu-luc' && status.source && 'document' in status.source)
      context.addIssue({ code: 'custom', path: ['source'], message: 'cannot be a document for "còn hiệu lực": only the official database page can say a document is still in force, with the day it was read' });
  });

export const legalDocumentSchema = z
  .strictObject({
  id: idSchema,
  type: z.string().min(1),
  /** `61/2018/NĐ-CP`; a law has none the texts cite it by (`Luật Giao dịch điện tử`). */
  number: z.string().min(1).optional(),
  /** The law's name, as texts cite it: `Luật Tổ chức chính quyền địa phương`. */
  name: z.string().min(1).optional(),
  issued: z.iso.date(),
  issuer: z.string().min(1),
  /** Its official subject (trích yếu). */
  subject: z.string().min(1),
  effective: z.iso.date().optional(),
  /** The address of the official text (an https page of a state database or the issuing body). */
  official: z.url({ protocol: /^https$/u }).optional(),
  changes: z.array(changeSchema).default([]),
  status: statusSchema.optional(),
})
  .refine((document) => document.number !== undefined || document.name !== undefined, { message: 'needs a number or, for a law texts cite by name, a name', path: ['number'] });

export const legalRegistrySchema = z
  .strictObject({
    /** The day the registry's facts were last reviewed: what "cập nhật ngày …" says. */
    updated: z.iso.date(),
    documents: z.array(legalDocumentSchema),
  })
  .superRefine((registry, context) => {
    const ids = new Set<string>();
    registry.documents.forEach((document, index) => {
      if (ids.has(document.id)) context.addIssue({ code: 'custom', path: ['documents', index, 'id'], message: `is listed twice (${document.id}); keep one entry` });
      ids.add(document.id);
    });
    const issued = new Map(registry.documents.map((document) => [document.id, document.issued]));
    registry.documents.forEach((document, index) => {
      // A status changed by a document is backed by that document's replacement or repeal among the changes.
      const status = document.status;
      const backing = status?.by ? document.changes.find((change) => change.by === status.by && (change.kind === 'replaces' || change.kind === 'repeals')) : undefined;
      if (status?.by && status.value !== 'con-hieu-luc' && !backing)
        context.addIssue({ code: 'custom', path: ['documents', index, 'status', 'by'], message: `names ${status.by}, but no change says it replaces or repeals this document; add that change with its source` });
      // … and agrees with it: the same day, and a whole loss only from a whole replacement or repeal.
      if (status && backing?.effective && status.since && status.since !== backing.effective)
        context.addIssue({ code: 'custom', path: ['documents', index, 'status', 'since'], message: `is ${status.since}, but the change by ${backing.by} takes effect on ${backing.effective}; make them agree` });
      if (status?.value === 'het-hieu-luc' && backing?.partial)
        context.addIssue({ code: 'custom', path: ['documents', index, 'status', 'value'], message: `says the document lost all force, but the change by ${backing.by} is partial; use het-hieu-luc-mot-phan or correct the change` });
      // A change cannot take effect before the document that makes it was issued.
      document.changes.forEach((change, at) => {
        const actingIssued = issued.get(change.by);
        if (change.effective && actingIssued && change.effective < actingIssued)
          context.addIssue({ code: 'custom', path: ['documents', index, 'changes', at, 'effective'], message: `is before ${change.by} was issued (${actingIssued}); check both dates` });
      });
    });
    // A change or a status names a document the registry describes, so its page can link to it.
    registry.documents.forEach((document, index) => {
      const named = [
        ...document.changes.flatMap((change, at) => [{ id: change.by, path: ['changes', at, 'by'] }, ...sourceDocument(change.source, ['changes', at, 'source', 'document'])]),
        ...(document.status?.by ? [{ id: document.status.by, path: ['status', 'by'] }] : []),
        ...(document.status?.source ? sourceDocument(document.status.source, ['status', 'source', 'document']) : []),
      ];
      for (const { id, path } of named)
        if (!ids.has(id))
          context.addIssue({ code: 'custom', path: ['documents', index, ...path], message: `names ${id}, which is not in the registry; add its entry` });
    });
  });

function sourceDocument(source: z.infer<typeof legalSourceSchema>, path: (string | number)[]): { id: string; path: (string | number)[] }[] {
  return 'document' in source ? [{ id: source.document, path }] : [];
}

export type LegalRegistry = z.infer<typeof legalRegistrySchema>;
export type LegalDocument = z.infer<typeof legalDocumentSchema>;
export type LegalSource = z.infer<typeof legalSourceSchema>;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
