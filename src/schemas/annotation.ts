import { z } from 'astro/zod';

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

export const annotationSchema = z.object({
  sourceUrl: z.string().nullable().optional(),
  kind: z.enum(['document', 'news']),
  docType: z.string().nullable(),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  jurisdiction: z.string().nullable(),
  place: z.string().nullable(),
  issued: z.iso.date().nullable(),
  title: z.string().nullable(),
  signer: z.object({ name: z.string(), position: z.string().nullable() }).nullable(),
  legalRefs: z.array(annotatedRefSchema),
  notes: z.string().optional(),
});

export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotatedRef = z.infer<typeof annotatedRefSchema>;
