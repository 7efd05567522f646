import { z } from 'astro/zod';
import { LEGAL_STATUSES } from './legal-registry.ts';
import { recordSchema, relationKindSchema } from './record.ts';

/**
 * The bulk exports at /du-lieu/. Their JSON Schemas are generated from these
 * (src/pages/du-lieu/schema/[name].json.ts), never written by hand. `version`
 * changes when a format changes in a way a reader's code would notice.
 */
export const EXPORT_VERSION = 2;

export const archiveExportSchema = z.strictObject({
  version: z.literal(EXPORT_VERSION),
  /** The record format's own version (`schemaVersion` of each record). */
  recordSchemaVersion: z.literal(1),
  count: z.int().nonnegative(),
  records: z.array(recordSchema),
});

/** One row of references.csv: a document citing a legal basis. */
export const referenceRowSchema = z.strictObject({
  document_id: z.string(),
  document_number: z.string(),
  document_date: z.string(),
  reference_id: z.string(),
  type: z.string(),
  number: z.string(),
  canonical: z.string(),
  reference_date: z.string(),
  issuer: z.string(),
  relation: z.string(),
  mentions: z.string(),
  resolved: z.enum(['true', 'false']),
  in_archive: z.string(),
  /** The referenced document's status as the archive knows it (`het-hieu-luc`…), empty when unknown; see /can-cu/<reference_id>/ for its source. */
  status: z.union([z.enum(LEGAL_STATUSES), z.literal('')]),
  status_since: z.string(),
});

/** One row of relations.csv: what one document does to another, as a text of the archive says it. */
export const relationRowSchema = z.strictObject({
  /** The record whose text says so. */
  stated_in: z.string(),
  /** The document that acts: a legal basis id, or the stating record's id when it says it of itself. */
  agent_id: z.string(),
  agent: z.string(),
  kind: relationKindSchema,
  object_id: z.string(),
  object: z.string(),
  partial: z.enum(['true', 'false']),
  /** The object's attachment the change goes through (`Quy chế …` issued with it), empty when none. */
  attachment: z.string(),
  effective: z.string(),
  passage: z.string(),
});

/** One row of agencies.csv. */
export const agencyRowSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  jurisdiction: z.string(),
  registered: z.enum(['true', 'false']),
  documents: z.string(),
  roles: z.string(),
});

/** citation-graph.json: documents and legal bases, and who cites what. */
export const citationGraphSchema = z.strictObject({
  version: z.literal(EXPORT_VERSION),
  nodes: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(['document', 'news', 'legal-basis']),
      label: z.string(),
      url: z.string(),
      /** A legal basis that is itself a document of the archive: its record id. */
      archived: z.string().nullable(),
      /** A legal basis's status as the archive knows it, with the document that changed it; null when unknown or not a basis. */
      status: z.strictObject({ value: z.enum(LEGAL_STATUSES), since: z.iso.date().nullable(), by: z.string().nullable() }).nullable(),
    }),
  ),
  edges: z.array(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      relation: z.string(),
      mentions: z.int().positive(),
    }),
  ),
  /**
   * What one document does to another: `from` amends, replaces, repeals or implements `to`, one entry per
   * source that says it. A text of the archive says it (`statedIn` is that record; when it says it of itself,
   * `from` is the basis it is, or the record when no other text cites it), or the legal registry does
   * (`statedIn` null, `source` where the registry has it from).
   */
  relations: z.array(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      kind: relationKindSchema,
      statedIn: z.string().nullable(),
      /** Where the registry has it from: the acting document's id and where in it, or the official database page and the day it was read. */
      source: z
        .union([
          /** `copy`: where the registry read it when not in the official text (then not yet checked against it), or null. */
          z.strictObject({ document: z.string(), where: z.string(), copy: z.string().nullable() }),
          z.strictObject({ url: z.string(), checked: z.iso.date() }),
        ])
        .nullable(),
      passage: z.string().nullable(),
      effective: z.iso.date().nullable(),
      /** The object's attachment the change goes through (`Quy chế …` issued with it), or null. */
      attachment: z.string().nullable(),
    }),
  ),
});

export const EXPORT_SCHEMAS = {
  record: recordSchema,
  archive: archiveExportSchema,
  'references-row': referenceRowSchema,
  'relations-row': relationRowSchema,
  'agencies-row': agencyRowSchema,
  'citation-graph': citationGraphSchema,
} as const;
