import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/fixtures.ts';

// The properties schema.org defines for each type the site uses, inherited ones
// included (schema.org vocabulary, https://schema.org/<Type>: Thing → CreativeWork →
// Legislation / Article → NewsArticle; Thing → Organization → GovernmentOrganization;
// Thing → Person; Thing → Place → AdministrativeArea / Country).
const THING = ['name', 'url', 'description', 'identifier', 'sameAs', 'alternateName', 'image'];
const CREATIVE_WORK = [...THING, 'about', 'author', 'citation', 'dateCreated', 'dateModified', 'datePublished', 'headline', 'inLanguage', 'isBasedOn', 'keywords', 'mentions', 'publisher', 'text', 'isPartOf', 'spatialCoverage', 'temporalCoverage', 'license'];
const ORGANIZATION = [...THING, 'areaServed', 'address', 'parentOrganization', 'subOrganization', 'memberOf', 'location', 'legalName'];
const PROPERTIES: Record<string, string[]> = {
  Legislation: [...CREATIVE_WORK, 'legislationIdentifier', 'legislationDate', 'legislationPassedBy', 'legislationType', 'legislationJurisdiction', 'legislationLegalForce', 'legislationChanges', 'legislationApplies', 'legislationConsolidates', 'legislationResponsible', 'jurisdiction'],
  NewsArticle: [...CREATIVE_WORK, 'articleBody', 'articleSection', 'wordCount', 'dateline', 'printSection'],
  GovernmentOrganization: ORGANIZATION,
  Organization: ORGANIZATION,
  Person: [...THING, 'jobTitle', 'worksFor', 'affiliation', 'givenName', 'familyName'],
  AdministrativeArea: [...THING, 'containedInPlace', 'geo'],
  Country: [...THING, 'containedInPlace'],
};

function jsonLdOf(path: string): Record<string, unknown> {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu)];
  expect(blocks.length, path).toBe(1);
  return JSON.parse(blocks[0]![1]!) as Record<string, unknown>;
}

/** Every property of every typed node must be one schema.org defines for its type. */
function undefinedProperties(node: unknown, at = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => undefinedProperties(item, `${at}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const object = node as Record<string, unknown>;
  const type = object['@type'] as string | undefined;
  const allowed = type ? PROPERTIES[type] : undefined;
  const problems = type && !allowed ? [`${at}: unknown type ${type}`] : [];
  for (const [key, value] of Object.entries(object)) {
    if (key.startsWith('@')) continue;
    if (allowed && !allowed.includes(key)) problems.push(`${at}.${key} is not a ${type} property`);
    problems.push(...undefinedProperties(value, `${at}.${key}`));
  }
  return problems;
}

describe('schema.org structured data', () => {
  it.each([
    // [page, type, properties it must have]
    ['van-ban/2021-08-tb-ubnd-hai-phong', 'Legislation', ['legislationIdentifier', 'legislationDate', 'legislationPassedBy', 'legislationType', 'legislationJurisdiction', 'citation']],
    ['van-ban/2020-149-tb-ubnd-hai-phong', 'Legislation', ['legislationIdentifier', 'legislationDate', 'legislationPassedBy', 'legislationType', 'legislationJurisdiction']],
    ['tin-tuc/2020-12-17-so-ngoai-vu-tang-cuong-ung-dung-thong-tin-trong-giai', 'NewsArticle', ['headline', 'datePublished', 'about', 'mentions']],
    ['co-quan/so-ngoai-vu-hai-phong', 'GovernmentOrganization', ['name', 'url', 'areaServed']],
    ['nhan-vat/le-anh-quan', 'Person', ['name', 'jobTitle', 'url']],
  ])('%s is a %s with only the properties schema.org defines', (path, type, required) => {
    const data = jsonLdOf(path);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe(type);
    for (const property of required) expect(data[property], property).toBeDefined();
    expect(undefinedProperties(data)).toEqual([]);
  });

  it('says what the record says: number, date, issuer, jurisdiction', () => {
    const data = jsonLdOf('van-ban/2021-08-tb-ubnd-hai-phong');
    expect([data['legislationIdentifier'], data['legislationDate'], data['legislationType'], (data['legislationJurisdiction'] as { name: string }).name]).toEqual(['08/TB-UBND', '2021-01-06', 'Thông báo', 'Hải Phòng']);
    expect((data['legislationPassedBy'] as { name: string }).name).toBe('Ủy ban nhân dân thành phố Hải Phòng');
  });

  it('cannot be closed early by the text: < is escaped', () => {
    const html = readFileSync(join(DIST, 'van-ban/2021-08-tb-ubnd-hai-phong/index.html'), 'utf8');
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(html)![1]!;
    expect(block).not.toContain('<');
  });
});
