import { z } from 'astro/zod';
import { recordSchema } from './record.ts';

/**
 * A hand annotation of a real text (`../shared/corpus/real/NNN.json`,
 * `tests/fixtures/real/NNN.json`): what a reader finds in it. `npm run eval`
 * scores the extraction against these, field by field.
 */
export const annotatedRefSchema = z.object({
  type: z.string(),
  number: z.string().nullable(),
  /** A law cited by name, without a number. */
  name: z.string().nullable().optional(),
  date: z.iso.date().nullable(),
  issuer: z.string().nullable(),
});

// The header fields have the record's own types; a signer is a name and a position only.
export const annotationSchema = recordSchema
  .pick({ kind: true, docType: true, number: true, issuer: true, jurisdiction: true, place: true, issued: true, title: true })
  .extend({
    sourceUrl: z.string().nullable().optional(),
    signer: z.object({ name: z.string(), position: z.string().nullable() }).nullable(),
    legalRefs: z.array(annotatedRefSchema),
    notes: z.string().optional(),
  });

export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotatedRef = z.infer<typeof annotatedRefSchema>;
