import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { agencyRegistrySchema, legalRegistrySchema, type AgencyRegistry, type LegalRegistry } from '../schemas/index.ts';

export const REGISTRY_PATH = 'content/registry/agencies.yaml';
export const LEGAL_REGISTRY_PATH = 'content/registry/legal-documents.yaml';

const loaded = new Map<string, unknown>();

/** The agency registry, validated; an invalid one is an error naming the file and the field. */
export function loadRegistry(path: string = REGISTRY_PATH): AgencyRegistry {
  return loadYaml(agencyRegistrySchema, path);
}

/** The registry of national legal documents, validated the same way. */
export function loadLegalRegistry(path: string = LEGAL_REGISTRY_PATH): LegalRegistry {
  return loadYaml(legalRegistrySchema, path);
}

/** A registry file's data, or an error naming the file, the field and what is wrong with it. */
export function parseRegistry<Schema extends z.ZodType>(schema: Schema, path: string, text: string): z.infer<Schema> {
  const result = schema.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${path}: field "${issue.path.join('.')}" ${issue.message}. Fix the registry and run again.`);
  }
  return result.data;
}

function loadYaml<Schema extends z.ZodType>(schema: Schema, path: string): z.infer<Schema> {
  if (!loaded.has(path)) loaded.set(path, parseRegistry(schema, path, readFileSync(path, 'utf8')));
  return loaded.get(path) as z.infer<Schema>;
}
