import { z } from 'astro/zod';

/**
 * What an archivist knows about a source that its text does not say.
 * Lives next to the text as `<name>.meta.yaml`; every field is optional.
 *
 *   # content/sources/002_168c2ee5fea02012.meta.yaml
 *   jurisdiction: Bình Định
 *   kind: news
 */
export const sidecarSchema = z
  .strictObject({
    /** Province or centrally-run city the source belongs to, as written in Vietnamese (`Bình Định`). */
    jurisdiction: z.string().trim().min(1).optional(),
    /** `document` for an official document (văn bản), `news` for a portal news item (tin tức). */
    kind: z.enum(['document', 'news']).optional(),
    /** Where the text was retrieved from: an absolute http(s) URL. */
    sourceUrl: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' })
      .optional(),
    /** The day the text was retrieved, `YYYY-MM-DD`. */
    retrieved: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
    /** Name of the portal the news item was published on, when the text does not give it. */
    portal: z.string().trim().min(1).optional(),
    /** Free notes; shown on the document page. */
    notes: z.string().optional(),
  });

export type Sidecar = z.infer<typeof sidecarSchema>;
