import { z } from 'astro/zod';

/** The levels an agency can sit at, for grouping pages and reading roles. */
export const agencyLevelSchema = z.enum(['central', 'ministry', 'provincial', 'department', 'district', 'unit', 'press', 'party']);

const renameSchema = z.strictObject({
  /** When the change took effect, `YYYY-MM-DD`. */
  date: z.iso.date(),
  /** The agency it became: an id (central, specific) or a local key. */
  to: z.string(),
  how: z.enum(['renamed', 'merged', 'split', 'dissolved']),
});

// A form texts write: `Sở Nội vụ`. Spaces at its ends would be matched as part
// of it (` Sở` only after a space), which no registry entry means.
const formSchema = z.string().regex(/^\S(?:.*\S)?$/su, 'must not be empty or start or end with a space; remove the spaces around it');

const common = {
  name: formSchema,
  level: agencyLevelSchema,
  /** Other ways texts write it: abbreviations, short forms. */
  aliases: z.array(formSchema).default([]),
  renamed: z.array(renameSchema).default([]),
};

export const agencyRegistrySchema = z.strictObject({
  /** Abbreviations readers type (`CCHC` ↔ `cải cách hành chính`); search expands them both ways. */
  abbreviations: z.array(z.strictObject({ short: z.string().min(1), long: z.string().min(1) })).default([]),
  /** National bodies, one each. */
  central: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/u), ...common, parent: z.string().optional() })),
  /**
   * Kinds of body every province has. A text's `Sở Nội vụ` is the one of its own
   * jurisdiction: the id is `<key>-<jurisdiction slug>`.
   */
  local: z.array(
    z.strictObject({
      key: z.string().regex(/^[a-z0-9-]+$/u),
      ...common,
      /** Parent kind (a key), in the same jurisdiction. */
      parent: z.string().optional(),
      /** False when the bare name is also a common word (`Thanh tra`): it then names the body only as `Thanh tra thành phố`. */
      bareName: z.boolean().default(true),
      /** Forms that only name it inside a list with the head noun distributed: `Các Sở, ngành: Nội vụ, Tài chính`. */
      short: z.array(formSchema).default([]),
    }),
  ),
  /** Bodies of one jurisdiction: a newspaper, a district. */
  specific: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/u),
      ...common,
      jurisdiction: z.string(),
      parent: z.string().optional(),
      /** A district's UBND: found in `Ủy ban nhân dân các quận, huyện: Hồng Bàng, …`. */
      district: z.strictObject({ kind: z.enum(['quận', 'huyện', 'thị xã', 'thành phố']), name: z.string() }).optional(),
    }),
  ),
});

export type AgencyRegistry = z.infer<typeof agencyRegistrySchema>;
export type AgencyLevel = z.infer<typeof agencyLevelSchema>;
