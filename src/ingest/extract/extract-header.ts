import type { Diagnostic, Provenance, Sidecar, Signer, Span } from '../../schemas/index.ts';
import { PLACE_DATE_LINE, PUBLICATION_TIME_LINE } from '../patterns/dates.ts';
import { NUMBER_LINE, SUBJECT_VV } from '../patterns/document-parts.ts';
import type { Segments, TextRef } from '../segment/segments.ts';
import type { CleanLine } from '../types.ts';
import { parseDocumentNumber } from './document-number.ts';
import { documentTypeByCode, documentTypeByHeading } from './document-types.ts';
import { extractSigner } from './extract-signer.ts';
import { issuerByCode } from './issuer-codes.ts';
import { findJurisdictionIn, jurisdictionByName, type Jurisdiction } from './jurisdictions.ts';
import { clockFrom, datePartsFrom, toIsoDate } from './parse-date.ts';
import { recaseName } from './recase.ts';

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
  signer: Signer | null;
  author: string | null;
  portal: string | null;
}

export interface HeaderResult {
  header: Header;
  fields: Record<string, Provenance>;
  diagnostics: Diagnostic[];
}

// QR CODE: Sở Ngoại vụ tăng cường ứng dụng thông tin trong giải quyết thủ tục hành chính
const QR_TITLE = /^QR CODE\s*:\s*(?<title>\S.*)$/iu;
// Tác giả bài viết: Thu Hiền
const AUTHOR = /^(?:Tác giả bài viết|Tác giả|Người viết)\s*:\s*(?<author>\S.*?)\s*$/iu;
// Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng
const PORTAL = /Cổng\s+(?:tin tức|thông tin điện tử|TTĐT|thông tin)\s+(?:(?:thành phố|tỉnh|TP\.?)\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*/iu;

/** Header fields of a segmented source, each with where it came from. */
export function extractHeader(segments: Segments, lines: readonly CleanLine[], sidecar: Sidecar, text: string): HeaderResult {
  const fields: Record<string, Provenance> = {};
  const diagnostics: Diagnostic[] = [];
  const fromText = (field: string, ref: TextRef, span: Span = ref.span, text: string = ref.text) => {
    fields[field] = { from: 'text', text, span, line: ref.line };
  };
  const chrome = lines.filter((line) => line.role === 'chrome');
  // A field read from several lines: the span covers them all, the text is what it covers.
  const fromRefs = (refs: readonly TextRef[]): Provenance => {
    const span = { start: refs[0]!.span.start, end: refs.at(-1)!.span.end };
    return { from: 'text', text: text.slice(span.start, span.end), span, line: refs[0]!.line };
  };

  const kind = segments.kind;
  fields['kind'] = sidecar.kind
    ? { from: 'sidecar' }
    : { from: 'derived', note: kind === 'document' ? 'có dòng số ký hiệu hoặc tên loại văn bản' : 'không có dòng số ký hiệu, không có tên loại văn bản' };

  // Number and symbol.
  let number: string | null = null;
  let parsedNumber: ReturnType<typeof parseDocumentNumber> = null;
  const numberRef = segments.document.number;
  if (numberRef) {
    const value = NUMBER_LINE.exec(numberRef.text)?.groups?.['value'] ?? '';
    parsedNumber = parseDocumentNumber(value);
    if (parsedNumber) {
      number = parsedNumber.canonical;
      const offset = numberRef.text.indexOf(value);
      fromText('number', numberRef, { start: numberRef.span.start + offset, end: numberRef.span.start + offset + value.length }, value);
    } else {
      diagnostics.push({
        code: /^\s*\/|^\s*$/u.test(value) ? 'number-blank' : 'number-unreadable',
        severity: 'warning',
        line: numberRef.line,
        message: /^\s*\/|^\s*$/u.test(value) ? `The number line "${numberRef.text}" has no number (a draft?).` : `The number line "${numberRef.text}" is not a number and symbol the archive can read.`,
        hint: 'Check the source against the published document; the number stays unknown until then.',
      });
    }
  }

  // Document type: the heading, else the code in the symbol.
  let docType: string | null = null;
  if (kind === 'document') {
    const heading = segments.document.type ? documentTypeByHeading(segments.document.type.text) : undefined;
    const byCode = parsedNumber?.typeCode ? documentTypeByCode(parsedNumber.typeCode) : undefined;
    if (heading && segments.document.type) {
      docType = heading.name;
      fromText('docType', segments.document.type);
    } else if (byCode) {
      docType = byCode.name;
      fields['docType'] = { from: 'derived', note: `mã loại ${parsedNumber!.typeCode} trong số ký hiệu` };
    } else if (parsedNumber && parsedNumber.typeCode === null) {
      docType = 'Công văn';
      fields['docType'] = { from: 'derived', note: 'ký hiệu không có mã loại, như công văn' };
    }
    if (heading && byCode && heading.name !== byCode.name) {
      diagnostics.push({
        code: 'type-mismatch',
        severity: 'warning',
        line: segments.document.type!.line,
        message: `The heading says ${heading.name} but the symbol ${number} says ${byCode.name}.`,
        hint: 'Check the source; the heading is used.',
      });
    }
  }

  // Place and date (documents), dateline (news).
  let place: string | null = null;
  let issued: string | null = null;
  const placeRef = kind === 'document' ? segments.document.placeDate : segments.news.dateline;
  if (placeRef) {
    const match = PLACE_DATE_LINE.exec(placeRef.text);
    const placeText = match?.groups?.['place']?.trim();
    if (placeText) {
      place = placeText;
      fromText('place', placeRef, { start: placeRef.span.start, end: placeRef.span.start + placeText.length }, placeText);
    }
    const parts = datePartsFrom(match?.groups);
    const iso = parts ? toIsoDate(parts) : null;
    if (iso) {
      issued = iso;
      fromText('issued', placeRef);
    } else {
      diagnostics.push({
        code: parts ? 'date-impossible' : 'date-blank',
        severity: 'warning',
        line: placeRef.line,
        message: parts ? `"${placeRef.text}" gives a date that does not exist.` : `"${placeRef.text}" leaves the date blank.`,
        hint: 'The date stays unknown; correct the source if the published document has one.',
      });
    }
  }

  // Publication time (news): the time line, else the dateline.
  let published: string | null = null;
  if (kind === 'news') {
    const timeRef = segments.news.time;
    const match = timeRef ? PUBLICATION_TIME_LINE.exec(timeRef.text) : null;
    const parts = datePartsFrom(match?.groups);
    const day = parts ? toIsoDate(parts) : null;
    if (timeRef && day) {
      const clock = clockFrom(match?.groups);
      published = clock ? `${day}T${clock}` : day;
      fromText('published', timeRef);
    } else if (issued) {
      published = issued;
      fields['published'] = { ...fields['issued']! };
    }
    if (day && !issued) {
      issued = day;
      fields['issued'] = { from: 'derived', note: 'ngày đăng tin' };
    }
  }

  // Jurisdiction: from the text, else the sidecar, else unknown and reported.
  const found = findJurisdiction(segments, place, chrome);
  let jurisdiction: string | null = found?.jurisdiction.name ?? null;
  if (found) fields['jurisdiction'] = found.provenance;
  if (sidecar.jurisdiction) {
    const fromSidecar = jurisdictionByName(sidecar.jurisdiction);
    if (!found) {
      jurisdiction = fromSidecar?.name ?? sidecar.jurisdiction;
      fields['jurisdiction'] = { from: 'sidecar' };
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
  if (jurisdiction === null) {
    diagnostics.push({
      code: 'jurisdiction-unknown',
      severity: 'warning',
      message: 'The text does not say which province or city it belongs to, and there is no sidecar saying it.',
      hint: 'Add "jurisdiction: <province>" to a <name>.meta.yaml sidecar next to the source.',
    });
  }
  const jurisdictionRecord = found?.jurisdiction ?? (jurisdiction ? jurisdictionByName(jurisdiction) : undefined);

  // Signer.
  const signed = kind === 'document' ? extractSigner(segments.signature) : null;
  const signer = signed?.signer ?? null;
  if (signed?.refs.name) fromText('signer', signed.refs.name);

  // Issuer: an issuer line, else the symbol with the jurisdiction, checked against the signing block.
  let issuer: string | null = null;
  if (kind === 'document') {
    const derived = deriveIssuer(segments, parsedNumber?.issuerCode ?? null, jurisdictionRecord, signer, fromRefs);
    issuer = derived.issuer;
    if (derived.provenance) fields['issuer'] = derived.provenance;
    diagnostics.push(...derived.diagnostics);
  }

  // Title: the subject, the headline, else what the page chrome kept of it.
  let title: string | null = null;
  if (kind === 'document' && segments.document.subject.length > 0) {
    const subject = segments.document.subject;
    title = subject.map((ref) => ref.text).join(' ').replace(SUBJECT_VV, '$<subject>').trim();
    fields['title'] = fromRefs(subject);
  } else if (kind === 'news' && segments.news.headline) {
    title = segments.news.headline.text;
    fromText('title', segments.news.headline);
  } else {
    const qr = chrome.map((line) => ({ line, match: QR_TITLE.exec(line.text.trim()) })).find(({ match }) => match);
    if (qr?.match?.groups) {
      title = qr.match.groups['title']!.trim();
      fields['title'] = { from: 'chrome', text: qr.line.text.trim(), line: qr.line.no, note: 'trang không có dòng tiêu đề; tiêu đề còn trong dòng mã QR' };
    } else {
      diagnostics.push({
        code: 'title-missing',
        severity: 'warning',
        message: 'No headline or subject line was found.',
        hint: 'Put the headline on the first line of the source.',
      });
    }
  }

  // Author and portal of news, from the lines kept as chrome.
  let author: string | null = null;
  let portal: string | null = null;
  for (const line of chrome) {
    const text = line.text.trim();
    const byline = AUTHOR.exec(text);
    if (byline?.groups && author === null) {
      author = byline.groups['author']!;
      fields['author'] = { from: 'chrome', text, line: line.no };
    }
    const site = PORTAL.exec(text);
    if (site && portal === null) {
      portal = site[0];
      fields['portal'] = { from: 'chrome', text, line: line.no };
    }
  }
  if (portal === null && sidecar.portal) {
    portal = sidecar.portal;
    fields['portal'] = { from: 'sidecar' };
  }

  return {
    header: { kind, docType, number, issuer, jurisdiction, place, issued, published, title, signer, author, portal },
    fields,
    diagnostics,
  };
}

function findJurisdiction(
  segments: Segments,
  place: string | null,
  chrome: readonly CleanLine[],
): { jurisdiction: Jurisdiction; provenance: Provenance } | undefined {
  const placeRef = segments.document.placeDate ?? segments.news.dateline;
  const byPlace = place ? jurisdictionByName(place) : undefined;
  if (byPlace && placeRef) return { jurisdiction: byPlace, provenance: { from: 'text', text: place!, line: placeRef.line, span: { start: placeRef.span.start, end: placeRef.span.start + place!.length } } };
  for (const ref of segments.document.issuerLines) {
    const hit = findJurisdictionIn(ref.text);
    if (hit) return { jurisdiction: hit.jurisdiction, provenance: { from: 'text', text: ref.text.slice(hit.index, hit.index + hit.length), line: ref.line, span: { start: ref.span.start + hit.index, end: ref.span.start + hit.index + hit.length } } };
  }
  for (const line of chrome) {
    const portal = PORTAL.exec(line.text);
    const hit = portal ? findJurisdictionIn(portal[0]) : undefined;
    if (hit) return { jurisdiction: hit.jurisdiction, provenance: { from: 'chrome', text: line.text.trim(), line: line.no, note: 'tên cổng thông tin đăng bài' } };
  }
  return undefined;
}

function deriveIssuer(
  segments: Segments,
  issuerCode: string | null,
  jurisdiction: Jurisdiction | undefined,
  signer: Signer | null,
  fromRefs: (refs: readonly TextRef[]) => Provenance,
): { issuer: string | null; provenance?: Provenance; diagnostics: Diagnostic[] } {
  const lines = segments.document.issuerLines;
  if (lines.length > 0) {
    return {
      issuer: recaseIssuer(lines.map((ref) => ref.text).join(' ')),
      provenance: fromRefs(lines),
      diagnostics: [],
    };
  }
  const body = issuerCode ? issuerByCode(issuerCode) : undefined;
  if (!body) {
    return {
      issuer: null,
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
  if (body.scope === 'central') return { issuer: body.name, provenance: { from: 'derived', note: `mã cơ quan ${issuerCode} trong số ký hiệu` }, diagnostics };
  if (!jurisdiction) {
    diagnostics.push({
      code: 'issuer-unresolved',
      severity: 'warning',
      message: `The symbol names a local body (${body.name}) but the jurisdiction is unknown, so which one stays open.`,
      hint: 'Add "jurisdiction: <province>" to a sidecar next to the source.',
    });
    return { issuer: null, diagnostics };
  }
  const confirmed = signer?.onBehalfOf ? `, khối chữ ký ${signer.form ?? ''} ${signer.onBehalfOf}`.replace(/\s+/gu, ' ') : '';
  return {
    issuer: `${body.name} ${jurisdiction.level} ${jurisdiction.name}`,
    provenance: { from: 'derived', note: `mã cơ quan ${issuerCode} trong số ký hiệu, địa bàn ${jurisdiction.name}${confirmed}` },
    diagnostics,
  };
}

// ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG → Ủy ban nhân dân thành phố Hải Phòng
function recaseIssuer(text: string): string {
  return recaseName(text.replace(/\*/gu, ''));
}

