import type { Diagnostic, Signer } from '../../../schemas/index.ts';
import { AUTHORITY_LINE } from '../../patterns/document-parts.ts';
import type { DocumentSegments, Segments } from '../../segment/segments.ts';
import { issuerByCode } from '../issuer-codes.ts';
import { findJurisdictionIn, type Jurisdiction } from '../jurisdictions.ts';
import { nearJurisdiction } from '../near-jurisdiction.ts';
import { recaseName } from '../recase.ts';
import type { AnnexNote } from './read-annex-note.ts';
import { readEnactingVoice } from './read-enacting-voice.ts';
import { fromRefs, nothing, type Reading } from './reading.ts';

// ỦY BAN NHÂN DÂN · HỘI ĐỒNG NHÂN DÂN (the head of a province's own body), and what follows it.
const LOCAL_HEAD = /^(?<head>(?:ỦY|UỶ|UỸ|Ủy|Uỷ)\s*BAN\s*NHÂN\s*DÂN|HỘI\s*ĐỒNG\s*NHÂN\s*DÂN)(?<rest>.*)$/iu;
// A body below the province: its name is not the province's.
const LOWER_LEVEL = /(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường)(?![\p{L}])/iu;

export interface IssuerSources {
  /** The issuing body's code in the symbol. */
  issuerCode: string | null;
  jurisdiction: Jurisdiction | undefined;
  signer: Signer | null;
  annex: AnnexNote | undefined;
  text: string;
}

/**
 * The issuer of a document: its issuer lines, else the body coded in its symbol
 * in its jurisdiction, checked against the signing block; else what the note of
 * an annex or the enacting sentence of an excerpt says. A body it cannot name is
 * reported.
 */
export function readIssuer(segments: Segments, { issuerCode, jurisdiction, signer, annex, text }: IssuerSources): Reading<string | null> {
  if (segments.kind !== 'document') return nothing(null);
  const derived = deriveIssuer(segments, issuerCode, jurisdiction, signer, text);
  const voice = derived.value === null && !annex?.issuer && segments.document.issuerLines.length === 0 ? readEnactingVoice(segments, text) : undefined;
  if (derived.value === null && annex?.issuer) {
    const named = expandIssuer(annex.issuer);
    return { value: (jurisdiction ? localIssuer(named, jurisdiction) : undefined) ?? named, fields: { issuer: annex.provenance }, diagnostics: [] };
  }
  if (voice) return { value: expandIssuer(voice.who, false), fields: { issuer: voice.provenance }, diagnostics: [] };
  return derived;
}

/** The issuer the header gives: its lines, else the code in the symbol with the jurisdiction. */
function deriveIssuer(segments: DocumentSegments, issuerCode: string | null, jurisdiction: Jurisdiction | undefined, signer: Signer | null, text: string): Reading<string | null> {
  const lines = segments.document.issuerLines;
  if (lines.length > 0) {
    const written = lines.map((ref) => ref.text).join(' ').replace(/\s+/gu, ' ').trim();
    const local = jurisdiction ? localIssuer(written, jurisdiction) : undefined;
    if (local && local.toLocaleLowerCase('vi') !== recaseIssuer(written).toLocaleLowerCase('vi')) {
      return { value: local, fields: { issuer: { ...fromRefs(lines, text), note: `dòng cơ quan ban hành ghi "${written}"; tên đầy đủ theo địa bàn ${jurisdiction!.name}` } }, diagnostics: [] };
    }
    return { value: recaseIssuer(written), fields: { issuer: fromRefs(lines, text) }, diagnostics: [] };
  }
  const body = issuerCode ? issuerByCode(issuerCode) : undefined;
  if (!body) {
    return {
      value: null,
      fields: {},
      diagnostics: [
        {
          code: 'issuer-unknown',
          severity: 'warning',
          message: issuerCode ? `The issuing body coded "${issuerCode}" in the symbol is not one the archive knows, and no issuer line survives.` : 'No issuer line survives and the number gives no issuing body.',
          hint: 'Add the issuer code to src/ingest/extract/issuer-codes.ts, or restore the issuer lines at the top of the source.',
        },
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (signer?.onBehalfOf && !signer.onBehalfOf.toLocaleLowerCase('vi').startsWith(body.name.toLocaleLowerCase('vi')) && signer.form !== 'KT.') {
    diagnostics.push({
      code: 'issuer-signer-mismatch',
      severity: 'info',
      message: `The symbol names ${body.name} but the signing block signs for ${signer.onBehalfOf}.`,
      hint: 'Usually harmless (a body signing by order of another); check if in doubt.',
    });
  }
  if (body.scope === 'central') return { value: body.name, fields: { issuer: { from: 'derived', note: `mã cơ quan ${issuerCode} trong số ký hiệu` } }, diagnostics };
  if (!jurisdiction) {
    diagnostics.push({
      code: 'issuer-unresolved',
      severity: 'warning',
      message: `The symbol names a local body (${body.name}) but the jurisdiction is unknown, so which one stays open.`,
      hint: 'Add "jurisdiction: <province>" to a sidecar next to the source.',
    });
    return { value: null, fields: {}, diagnostics };
  }
  const confirmed = signer?.onBehalfOf ? `, khối chữ ký ${signer.form ?? ''} ${signer.onBehalfOf}`.replace(/\s+/gu, ' ') : '';
  return {
    value: `${body.name} ${jurisdiction.level} ${jurisdiction.name}`,
    fields: { issuer: { from: 'derived', note: `mã cơ quan ${issuerCode} trong số ký hiệu, địa bàn ${jurisdiction.name}${confirmed}` } },
    diagnostics,
  };
}

// UBND tỉnh Long An → Ủy ban nhân dân tỉnh Long An; Chủ tịch Ủy ban nhân dân tỉnh → Ủy ban nhân dân tỉnh (an office-holder's body).
function expandIssuer(text: string, toBody = true): string {
  return (toBody ? text.replace(/^(?:(?:Phó\s+)?Chủ\s+tịch|Bộ\s+trưởng(?=\s+Bộ)|Giám\s+đốc(?=\s+Sở))\s+/iu, '') : text)
    .replace(/(?<![\p{L}])UBND(?![\p{L}])/u, 'Ủy ban nhân dân')
    .replace(/(?<![\p{L}])HĐND(?![\p{L}])/u, 'Hội đồng nhân dân')
    .replace(/\s+/gu, ' ');
}

/**
 * The full name of a province's People's Committee or Council when the issuer
 * lines give it short (`ỦY BAN NHÂN DÂN |`), glued (`ỦY BAN NHÂN DÂNTỈNH HÀ GIANG`)
 * or garbled (`THÀNH PH ĐÀ NNG`); undefined for any other body, or one below the province.
 */
function localIssuer(written: string, jurisdiction: Jurisdiction): string | undefined {
  const match = LOCAL_HEAD.exec(written);
  if (!match?.groups) return undefined;
  const rest = match.groups['rest']!.trim();
  const head = /^H/iu.test(match.groups['head']!) ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân';
  const full = `${head} ${jurisdiction.level} ${jurisdiction.name}`;
  if (rest === '') return full;
  if (LOWER_LEVEL.test(rest)) return undefined;
  const named = findJurisdictionIn(rest)?.jurisdiction ?? nearJurisdiction(rest);
  return named === jurisdiction ? full : undefined;
}

// ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG → Ủy ban nhân dân thành phố Hải Phòng
// VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ → Văn phòng Chính phủ - Bộ Nội vụ: each body of a joint text on its own
// (not `TỈNH BÀ RỊA - VŨNG TÀU`, one name with a dash).
function recaseIssuer(text: string): string {
  const parts = text.replace(/\*/gu, '').split(/\s+[-–]\s+/u);
  const joint = parts.length > 1 && parts.slice(1).every((part) => AUTHORITY_LINE.test(part.trim()));
  return joint ? parts.map((part) => recaseName(part.trim())).join(' - ') : recaseName(parts.join(' - '));
}
