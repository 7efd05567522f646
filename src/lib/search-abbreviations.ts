import type { AgencyRegistry } from '../schemas/index.ts';
import type { Abbreviation } from './expand-query.ts';

/**
 * The abbreviations a query is read with (src/lib/expand-query.ts), both ways:
 * the registry's list and every agency alias written in capitals (`UBND`, `VP&ĐT`).
 * The search page and the precomputed answers read queries with the same list.
 */
export function searchAbbreviations(registry: AgencyRegistry): Abbreviation[] {
  return [
    ...registry.abbreviations,
    ...registry.local.flatMap((entry) => entry.aliases.filter((alias) => /^[\p{Lu}&]{2,}$/u.test(alias.replace(/\s+/gu, ''))).map((alias) => ({ short: alias, long: entry.name }))),
  ];
}
