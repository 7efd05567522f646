import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticLabel } from '../../src/lib/diagnostic-labels.ts';
import { ROOT } from '../helpers/fixtures.ts';

// Every message the ingest can give must be explained where archivists look:
// the README's "Troubleshooting sources" and, in Vietnamese, /chat-luong/.
function codesIn(folder: string): string[] {
  const codes = new Set<string>();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/code: (?:[^,}]*?\? )?'(?<code>[a-z]+(?:-[a-z0-9]+)+)'(?: : '(?<other>[a-z]+(?:-[a-z0-9]+)+)')?/gu)) {
      codes.add(match.groups!['code']!);
      if (match.groups!['other']) codes.add(match.groups!['other']);
    }
  }
  return [...codes].sort();
}

const codes = codesIn(join(ROOT, 'src/ingest'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const troubleshooting = readme.slice(readme.indexOf('## Troubleshooting sources'), readme.indexOf('\n## ', readme.indexOf('## Troubleshooting sources') + 5));

describe('every ingest message code', () => {
  it('is found in the code', () => expect(codes.length).toBeGreaterThan(20));
  it.each(codes)('%s is in the README troubleshooting section', (code) => expect(troubleshooting).toContain(`\`${code}\``));
  it.each(codes)('%s has a Vietnamese explanation for /chat-luong/', (code) => expect(diagnosticLabel(code)).not.toBe(code));
});
