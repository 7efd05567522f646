import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource } from '../../scripts/lib/load-sources.ts';
import type { SourceInput } from '../../src/ingest/ingest-source.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SEEDS_DIR = join(ROOT, 'content/sources');
export const GOLDEN_DIR = join(ROOT, 'tests/fixtures/golden');
export const EXTRA_DIR = join(ROOT, 'tests/fixtures/sources');
export const HOSTILE_DIR = join(ROOT, 'tests/fixtures/hostile');
/** Real texts with hand annotations: the development set's official and state-portal texts, and texts added for missing layouts. */
export const REAL_DIR = join(ROOT, 'tests/fixtures/real');
export const REAL_ADDED_DIR = join(ROOT, 'tests/fixtures/real-added');
/** The whole development set, outside the repository (absent on a fresh clone). */
export const SHARED_REAL_DIR = join(ROOT, '../shared/corpus/real');
/** Sources the ingest must refuse with a clear message (legacy encodings, broken sidecars). */
export const REFUSED_DIR = join(ROOT, 'tests/fixtures/refused');

/** The sources of a folder (sidecars attached), by file name. */
export function sourcesIn(folder: string): SourceInput[] {
  return readdirSync(folder)
    .filter((name) => !name.endsWith('.meta.yaml') && !name.startsWith('.') && name !== 'README.md' && !name.endsWith('.json'))
    .sort()
    .map((name) => loadSource(join(folder, name)));
}

/** Every real text the tests know: the archive's sources and the extra fixtures. */
export function allFixtureSources(): SourceInput[] {
  return [...sourcesIn(SEEDS_DIR), ...sourcesIn(EXTRA_DIR), ...sourcesIn(HOSTILE_DIR), ...sourcesIn(REAL_DIR), ...sourcesIn(REAL_ADDED_DIR)];
}

/** The built site the tests read (the global setup builds it). */
export const DIST = process.env['ARCHIVE_DIST'] ?? join(ROOT, 'dist');

import { loadRegistry } from '../../src/lib/load-registry.ts';
import { AgencyDirectory } from '../../src/ingest/extract/agency-directory.ts';

/** The archive's agency registry, as the commands load it. */
export const REGISTRY = loadRegistry(join(ROOT, 'content/registry/agencies.yaml'));
export const DIRECTORY = new AgencyDirectory(REGISTRY);
