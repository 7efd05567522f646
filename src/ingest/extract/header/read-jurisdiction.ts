import type { Diagnostic, Provenance, Sidecar } from '../../../schemas/index.ts';
import type { Segments, TextRef } from '../../segment/segments.ts';
import type { CleanLine } from '../../types.ts';
import type { DocumentNumber } from '../document-number.ts';
import { issuerByCode } from '../issuer-codes.ts';
import { joinRefs } from '../joined-refs.ts';
import { findJurisdictionIn, jurisdictionByName, jurisdictionOfPlace, type Jurisdiction } from '../jurisdictions.ts';
import { nearJurisdiction } from '../near-jurisdiction.ts';
import { PORTAL } from './read-page-metadata.ts';
import type { Reading } from './reading.ts';

// BỘ NỘI VỤ · Bộ Nội vụ · CHÍNH PHỦ · THỦ TƯỚNG CHÍNH PHỦ · VĂN PHÒNG CHÍNH PHỦ · BỘ CHÍNH TRỊ: bodies of the
// whole country, in capitals or not; a ministry by its name, not `BỘ MÁY` (the apparatus) that opens many a subject.
const CENTRAL_BODY = /^(?:bộ\s+(?!máy(?![\p{L}]))\p{L}|chính\s+phủ|thủ\s+tướng|văn\s+phòng\s+chính\s+phủ|quốc\s+hội|ban\s+chấp\s+hành\s+trung\s+ương|ban\s+bí\s+thư|tổng\s+cục|thanh\s+tra\s+chính\s+phủ)/iu;
// How many body blocks of a document are searched for the province when the header does not name it.
const JURISDICTION_BODY_BLOCKS = 6;

export interface JurisdictionSources {
  /** The place of the date line, as read, and where it was read. */
  place: string | null;
  placeFrom: Provenance | undefined;
  number: DocumentNumber | null;
  sidecar: Sidecar;
  chrome: readonly CleanLine[];
  text: string;
}

export interface HeaderJurisdiction {
  /** The province or city as the header gives it (the sidecar's spelling if the archive does not know it). */
  name: string | null;
  /** The province or city the archive knows by that name. */
  jurisdiction: Jurisdiction | undefined;
}

/**
 * The province or city: from the text, else the sidecar, else none for a
 * central body's document, else unknown and reported. A sidecar that names no
 * known province, or disagrees with the text, is reported.
 */
export function readJurisdiction(segments: Segments, sources: JurisdictionSources): Reading<HeaderJurisdiction> {
  const { sidecar } = sources;
  const national = nationalBody(segments, sources.number);
  const found = findJurisdiction(segments, sources, national);
  let name: string | null = found?.jurisdiction.name ?? null;
  let provenance = found?.provenance;
  const diagnostics: Diagnostic[] = [];
  if (sidecar.jurisdiction) {
    const fromSidecar = jurisdictionByName(sidecar.jurisdiction);
    if (!found) {
      name = fromSidecar?.name ?? sidecar.jurisdiction;
      provenance = { from: 'sidecar' };
      if (!fromSidecar) {
        diagnostics.push({
          code: 'jurisdiction-not-a-province',
          severity: 'warning',
          message: `The sidecar's jurisdiction "${sidecar.jurisdiction}" is not a province or centrally-run city the archive knows.`,
          hint: 'Write the province as in the list of provinces (for example "Bình Định", "Hải Phòng").',
        });
      }
    } else if (fromSidecar?.name !== found.jurisdiction.name) {
      diagnostics.push({
        code: 'jurisdiction-conflict',
        severity: 'warning',
        message: `The text places the source in ${found.jurisdiction.name} but the sidecar says ${sidecar.jurisdiction}; the text is used.`,
        hint: 'Correct the sidecar or the source.',
      });
    }
  }
  if (name === null && national) {
    provenance = { from: 'derived', note: 'văn bản của cơ quan trung ương: không thuộc tỉnh, thành phố nào' };
  } else if (name === null) {
    diagnostics.push({
      code: 'jurisdiction-unknown',
      severity: 'warning',
      message: 'The text does not say which province or city it belongs to, and there is no sidecar saying it.',
      hint: 'Add "jurisdiction: <province>" to a <name>.meta.yaml sidecar next to the source.',
    });
  }
  return {
    value: { name, jurisdiction: found?.jurisdiction ?? (name ? jurisdictionByName(name) : undefined) },
    fields: provenance ? { jurisdiction: provenance } : {},
    diagnostics,
  };
}

/** The document is a central body's: its place (Hà Nội) is not a jurisdiction. */
function nationalBody(segments: Segments, number: DocumentNumber | null): boolean {
  if (segments.kind !== 'document') return false;
  const code = number?.issuerCode ? issuerByCode(number.issuerCode) : undefined;
  if (code) return code.scope === 'central';
  const issuer = segments.document.issuerLines.map((ref) => ref.text).join(' ').trim();
  return CENTRAL_BODY.test(issuer);
}

/**
 * The province or city, from what the text says: the issuer's lines, the place
 * of the date line (a city inside a province counts: Vinh is in Nghệ An), the
 * subject and the opening of the body; for news the headline and body. A
 * central body's document belongs to none.
 */
function findJurisdiction(segments: Segments, { place, placeFrom, chrome, text }: JurisdictionSources, national: boolean): { jurisdiction: Jurisdiction; provenance: Provenance } | undefined {
  const inRefs = (refs: readonly TextRef[]) => {
    if (refs.length === 0) return undefined;
    const joined = joinRefs(refs);
    const hit = findJurisdictionIn(joined.text);
    if (!hit) return undefined;
    const span = joined.spanOf(hit.index, hit.length);
    return { jurisdiction: hit.jurisdiction, provenance: { from: 'text', text: text.slice(span.start, span.end), span, line: refs[0]!.line } satisfies Provenance };
  };
  const byIssuer = inRefs(segments.kind === 'document' ? segments.document.issuerLines : []);
  if (byIssuer) return byIssuer;
  const byPlace = place && !national ? (jurisdictionOfPlace(place) ?? nearJurisdiction(place)) : undefined;
  if (byPlace && placeFrom) return { jurisdiction: byPlace, provenance: placeFrom };
  if (national) return undefined;
  const blocks = segments.kind === 'document' ? [segments.document.subject, ...segments.body.slice(0, JURISDICTION_BODY_BLOCKS).map((block) => block.refs)] : [segments.news.headline ? [segments.news.headline] : [], ...segments.body.map((block) => block.refs)];
  for (const refs of blocks) {
    const hit = inRefs(refs);
    if (hit) return hit;
  }
  for (const line of chrome) {
    const portal = PORTAL.exec(line.text);
    const hit = portal ? findJurisdictionIn(portal[0]) : undefined;
    if (hit) return { jurisdiction: hit.jurisdiction, provenance: { from: 'chrome', text: line.text.trim(), line: line.no, note: 'tên cổng thông tin đăng bài' } };
  }
  return undefined;
}
