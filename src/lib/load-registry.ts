import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { agencyRegistrySchema, type AgencyRegistry } from '../schemas/index.ts';

export const REGISTRY_PATH = 'content/registry/agencies.yaml';

/** The agency registry, validated; an invalid one is an error naming the file and the field. */
const loaded = new Map<string, AgencyRegistry>();

export function loadRegistry(path: string = REGISTRY_PATH): AgencyRegistry {
  const cached = loaded.get(path);
  if (cached) return cached;
  const result = agencyRegistrySchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${path}: field "${issue.path.join('.')}" ${issue.message}. Fix the registry and run again.`);
  }
  loaded.set(path, result.data);
  return result.data;
}
