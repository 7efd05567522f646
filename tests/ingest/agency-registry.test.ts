import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgencyDirectory } from '../../src/ingest/extract/agency-directory.ts';
import { loadRegistry, REGISTRY_PATH } from '../../src/lib/load-registry.ts';
import { ROOT } from '../helpers/fixtures.ts';

const REAL = readFileSync(join(ROOT, REGISTRY_PATH), 'utf8');
// The registry line the rows below edit: `Văn phòng Chính phủ`, alias `VPCP`.
const LINE = '{ id: van-phong-chinh-phu, name: Văn phòng Chính phủ, level: ministry, parent: chinh-phu, aliases: [VPCP] }';

function registryWith(edited: string): string {
  expect(REAL).toContain(LINE);
  const path = join(mkdtempSync(join(tmpdir(), 'registry-')), 'agencies.yaml');
  writeFileSync(path, REAL.replace(LINE, edited));
  return path;
}

describe('the agency registry', () => {
  it('loads as committed, and its forms are found in a text', () => {
    const directory = new AgencyDirectory(loadRegistry(join(ROOT, REGISTRY_PATH)));
    expect(directory.find('Gửi Văn phòng Chính phủ và VPCP.', undefined).map((match) => match.agency.id)).toEqual(['van-phong-chinh-phu', 'van-phong-chinh-phu']);
  });

  it.each([
    // A quoted alias with a space in front: it would only match after a space, and searching for its empty first word never ended.
    ['an alias that starts with a space', LINE.replace('[VPCP]', '[" VPCP"]'), 'central.2.aliases.0'],
    // A trailing space: the form would need a space after it.
    ['an alias that ends with a space', LINE.replace('[VPCP]', '["VPCP "]'), 'central.2.aliases.0'],
    // A name that is all spaces.
    ['a name of spaces', LINE.replace('name: Văn phòng Chính phủ', 'name: "  "'), 'central.2.name'],
  ])('refuses %s, naming the field and what to do', (_what, edited, field) => {
    const path = registryWith(edited);
    let message = "";
    try {
      loadRegistry(path);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`${path}: field "${field}" must not be empty or start or end with a space; remove the spaces`);
  });
});
