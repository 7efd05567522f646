import type { SourceRecord } from '../schemas/index.ts';
import { originalPath, recordHeading, recordPath } from './format.ts';

/**
 * schema.org structured data for each page family, as JSON-LD: Legislation for
 * official documents, NewsArticle for news, GovernmentOrganization for
 * agencies, Person for people. Only what the record knows is said.
 */
export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

function organization(name: string, id: string | undefined, site: URL): JsonLd {
  return compact({ '@type': 'GovernmentOrganization', name, url: id ? new URL(`/co-quan/${id}/`, site).href : undefined });
}

export function recordJsonLd(record: SourceRecord, site: URL): JsonLd {
  const url = new URL(recordPath(record), site).href;
  const issuer = record.agencies.find((agency) => agency.roles.includes('issuer'));
  const citations = record.legalRefs.map((ref) => compact({ '@type': 'Legislation', name: ref.canonical, legislationIdentifier: ref.number ?? undefined, url: new URL(`/can-cu/${ref.id}/`, site).href }));
  if (record.kind === 'news') {
    return compact({
      '@context': CONTEXT,
      '@type': 'NewsArticle',
      headline: recordHeading(record).slice(0, 110),
      name: recordHeading(record),
      url,
      inLanguage: 'vi',
      datePublished: record.published ?? record.issued ?? undefined,
      publisher: record.portal ? compact({ '@type': 'Organization', name: record.portal }) : undefined,
      about: record.agencies.filter((agency) => agency.roles.includes('subject')).map((agency) => organization(agency.name, agency.id, site)),
      mentions: record.people.map((person) => compact({ '@type': 'Person', name: person.name, url: new URL(`/nhan-vat/${person.id}/`, site).href })),
      citation: citations,
      isBasedOn: new URL(originalPath(record), site).href,
    });
  }
  return compact({
    '@context': CONTEXT,
    '@type': 'Legislation',
    name: recordHeading(record),
    url,
    inLanguage: 'vi',
    legislationIdentifier: record.number ?? undefined,
    legislationDate: record.issued ?? undefined,
    legislationType: record.docType ?? undefined,
    legislationPassedBy: issuer ? organization(issuer.name, issuer.id, site) : record.issuer ? organization(record.issuer, undefined, site) : undefined,
    legislationJurisdiction: record.jurisdiction ? { '@type': 'AdministrativeArea', name: record.jurisdiction } : undefined,
    citation: citations,
    isBasedOn: new URL(originalPath(record), site).href,
  });
}

export function agencyJsonLd(agency: { id: string; name: string; jurisdiction: string | null }, site: URL): JsonLd {
  return compact({
    '@context': CONTEXT,
    ...organization(agency.name, agency.id, site),
    areaServed: agency.jurisdiction ? { '@type': 'AdministrativeArea', name: agency.jurisdiction } : { '@type': 'Country', name: 'Việt Nam' },
  });
}

export function personJsonLd(person: { id: string; name: string; position: string | null }, site: URL): JsonLd {
  return compact({ '@context': CONTEXT, '@type': 'Person', name: person.name, jobTitle: person.position ?? undefined, url: new URL(`/nhan-vat/${person.id}/`, site).href });
}

/** JSON for a <script type="application/ld+json">: `<` escaped, so no text can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}
