// Loads a folder of generated MDX files as the site does (src/lib/documents.ts), outside Astro:
// tests/site/documents.test.ts runs it under a low open-file limit. Prints how many records it read.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocuments } from '../../src/lib/documents.ts';

const root = new URL('../../', import.meta.url).pathname;
const documents = await loadDocuments({ root, documents: process.argv[2]!, cache: mkdtempSync(join(tmpdir(), 'bodies-')) });
process.stdout.write(`${documents.records.length}\n`);
