import type { Diagnostic, Provenance, Sidecar, Signer } from '../../schemas/index.ts';
import type { Segments } from '../segment/segments.ts';
import type { PageMetadata } from '../read/read-html.ts';
import type { CleanLine } from '../types.ts';
import { readAnnexNote } from './header/read-annex-note.ts';
import { readDerivedTitle } from './header/read-derived-title.ts';
import { readDocType } from './header/read-doc-type.ts';
import { readIssuer } from './header/read-issuer.ts';
import { readJurisdiction } from './header/read-jurisdiction.ts';
import { readKind } from './header/read-kind.ts';
import { readNumber } from './header/read-number.ts';
import { readPageMetadata } from './header/read-page-metadata.ts';
import { readPlaceDate } from './header/read-place-date.ts';
import { readPublication } from './header/read-publication.ts';
import { readSigner } from './header/read-signer.ts';
import { readTitle } from './header/read-title.ts';

export interface Header {
  kind: 'document' | 'news';
  docType: string | null;
  number: string | null;
  issuer: string | null;
  jurisdiction: string | null;
  place: string | null;
  issued: string | null;
  published: string | null;
  title: string | null;
  derivedTitle: string | null;
  signer: Signer | null;
  author: string | null;
  portal: string | null;
}

export interface HeaderResult {
  header: Header;
  fields: Record<string, Provenance>;
  diagnostics: Diagnostic[];
}

/**
 * Header fields of a segmented source, each with where it came from. Each field
 * has its reader (`header/`); a reader gets what earlier ones read (the number's
 * codes give the type and the issuer, the place the jurisdiction).
 */
export function extractHeader(segments: Segments, lines: readonly CleanLine[], sidecar: Sidecar, text: string, page: PageMetadata = {}): HeaderResult {
  const chrome = lines.filter((line) => line.role === 'chrome');
  const kind = readKind(segments, sidecar);
  const number = readNumber(segments, text);
  const docType = readDocType(segments, number.value);
  const annex = readAnnexNote(segments, text);
  const placeDate = readPlaceDate(segments, text, annex);
  const publication = readPublication(segments, placeDate.value.issued, placeDate.fields.issued, page);
  const jurisdiction = readJurisdiction(segments, { place: placeDate.value.place, placeFrom: placeDate.fields.place, number: number.value, sidecar, chrome, text });
  const signer = readSigner(segments, chrome);
  const issuer = readIssuer(segments, { issuerCode: number.value?.issuerCode ?? null, jurisdiction: jurisdiction.value.jurisdiction, signer: signer.value, annex, text });
  const title = readTitle(segments, chrome, text, page);
  const pageFacts = readPageMetadata(chrome, sidecar, page);
  const derivedTitle = readDerivedTitle(segments, text, title.value, number.value?.canonical ?? null);
  // In the order they were read; a field read again (the date of a news item, from its time line) keeps its place.
  const fields: Record<string, Provenance> = {};
  for (const reading of [kind, number, docType, placeDate, publication, jurisdiction, signer, issuer, title, pageFacts, derivedTitle]) Object.assign(fields, reading.fields);

  return {
    header: {
      kind: kind.value,
      docType: docType.value,
      number: number.value?.canonical ?? null,
      issuer: issuer.value,
      jurisdiction: jurisdiction.value.name,
      place: placeDate.value.place,
      issued: publication.value.issued,
      published: publication.value.published,
      title: title.value,
      derivedTitle: derivedTitle.value,
      signer: signer.value,
      author: pageFacts.value.author,
      portal: pageFacts.value.portal,
    },
    fields,
    // Whether the text has a header at all is told after what its number line says.
    diagnostics: [number, kind, docType, placeDate, jurisdiction, issuer, title].flatMap((reading) => reading.diagnostics),
  };
}
