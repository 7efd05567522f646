import type { Diagnostic, Provenance, Sidecar, Signer, Span } from '../../schemas/index.ts';
import { DATE_ONLY_LINE, NUMERIC_DATE, PLACE_DATE_LINE, SPELLED_DATE } from '../patterns/dates.ts';
import { AUTHORITY_LINE, NUMBER_LINE } from '../patterns/document-parts.ts';
import { readPublicationTime } from '../segment/read-news-header.ts';
import type { Segments, TextRef } from '../segment/segments.ts';
import type { CleanLine } from '../types.ts';
import { parseDocumentNumber, type DocumentNumber } from './document-number.ts';
import { documentTypeByCode, documentTypeByHeading } from './document-types.ts';
import { extractSigner } from './extract-signer.ts';
import { issuerByCode } from './issuer-codes.ts';
import { findJurisdictionIn, jurisdictionByName, jurisdictionOfPlace, type Jurisdiction } from './jurisdictions.ts';
import { joinRefs } from './joined-refs.ts';
import { nearJurisdiction } from './near-jurisdiction.ts';
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

// Người ký: Phan Đình Trạc · | Người ký: | Nguyễn Văn Quang | · Loại văn bản:Quyết địnhNgười ký:Nguyễn Hữu Hoài
// (a legal library's metadata block); the name stops before the next label. A joint text's
// `Người ký: Đinh Trung Tụng, Lê Quý Vương, Phạm Lê Tuấn` names no one signer.
const METADATA_SIGNER = /Người\s+ký\s*:?\s*\|?\s*(?<name>\p{Lu}\p{Ll}*(?:\s+(?!(?:Ngày|Lĩnh\s+vực|Tình\s+trạng|Số|Loại|Nơi|Cơ\s+quan|Áp\s+dụng)(?![\p{L}]))\p{Lu}\p{Ll}*){1,4})(?<after>.?)/u;

// (TTV) · (CLO) · TCCS - : a wire or paper's code before a headline or lede.
const WIRE_PREFIX = /^(?:\(\p{Lu}{2,6}\)|\p{Lu}{3,6}\s+[-–])\s*[-–]?\s*/u;

// (Ban hành kèm theo Quyết định số 01/2012/QĐ-UBND ngày 04 /01/2012 của UBND tỉnh Long An)
const ANNEX_OF = new RegExp(String.raw`^\(\s*(?:Ban\s+hành\s+)?kèm\s+theo\s.*?(?:[Nn]gày\s+${NUMERIC_DATE}|${SPELLED_DATE}).*?(?:của\s+(?<issuer>[^)]+?))?\s*\)?\s*$`, 'su');

/** The date and issuer of the document a headerless annex is attached to, from the note under its heading. */
function readAnnexNote(segments: Segments, text: string): { issued: string | null; issuer: string | null; provenance: Provenance } | undefined {
  const block = segments.body[0];
  if (!block) return undefined;
  const span = { start: block.refs[0]!.span.start, end: block.refs.at(-1)!.span.end };
  const note = text.slice(span.start, span.end);
  const match = ANNEX_OF.exec(note.replace(/\s+/gu, ' '));
  if (!match?.groups) return undefined;
  const parts = datePartsFrom(match.groups);
  return {
    issued: parts ? toIsoDate(parts) : null,
    issuer: match.groups['issuer']?.trim() ?? null,
    provenance: { from: 'derived', text: note, span, line: block.refs[0]!.line, note: 'văn bản kèm theo: ngày và cơ quan của văn bản ban hành nó' },
  };
}

// UBND tỉnh Long An → Ủy ban nhân dân tỉnh Long An; Chủ tịch Ủy ban nhân dân tỉnh → Ủy ban nhân dân tỉnh (an office-holder's body).
function expandIssuer(text: string, toBody = true): string {
  return (toBody ? text.replace(/^(?:(?:Phó\s+)?Chủ\s+tịch|Bộ\s+trưởng(?=\s+Bộ)|Giám\s+đốc(?=\s+Sở))\s+/iu, '') : text)
    .replace(/(?<![\p{L}])UBND(?![\p{L}])/u, 'Ủy ban nhân dân')
    .replace(/(?<![\p{L}])HĐND(?![\p{L}])/u, 'Hội đồng nhân dân')
    .replace(/\s+/gu, ' ');
}

// Who speaks in the enacting sentence of a body-only excerpt, before its verb:
//   …, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở … thực hiện các nội dung sau:
//   Thanh tra tỉnh triển khai xây dựng Vị trí việc làm … như sau:
const ENACTING_VOICE = /(?:^|[,;]\s*)(?<who>(?:(?:Phó\s+)?Chủ\s+tịch\s+|Ban\s+Thường\s+vụ\s+|Thường\s+trực\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Thanh\s+tra|Sở|Bộ|Văn\s+phòng|Tỉnh\s+ủy|Thành\s+ủy|Ban)(?:\s+\p{L}+){0,4}?)\s+(?:yêu\s+cầu|triển\s+khai|chỉ\s+đạo|quyết\s+định|ban\s+hành|thông\s+báo|hướng\s+dẫn|giao)(?![\p{L}])[^:]*(?:như|nội\s+dung|nhiệm\s+vụ|việc)\s+sau\s*:$/u;
// Its paragraph stands in the opening of the excerpt.
const VOICE_BLOCKS = 6;

function readEnactingVoice(segments: Segments, text: string): { who: string; provenance: Provenance } | undefined {
  for (const block of segments.body.slice(0, VOICE_BLOCKS)) {
    if (block.type !== 'paragraph') continue;
    const start = block.refs[0]!.span.start;
    const paragraph = text.slice(start, block.refs.at(-1)!.span.end);
    const match = ENACTING_VOICE.exec(paragraph.replace(/\n/gu, ' '));
    if (!match?.groups) continue;
    const who = match.groups['who']!;
    const at = start + match.index + match[0].indexOf(who);
    return { who, provenance: { from: 'text', text: text.slice(at, at + who.length), span: { start: at, end: at + who.length }, line: block.refs[0]!.line, note: 'chủ thể của câu ban hành (văn bản không còn phần đầu)' } };
  }
  return undefined;
}

// A derived title stops at a word boundary near this many characters.
const DERIVED_TITLE_LENGTH = 110;

/** The start of the first sentence of the body: a title for a text that has none. */
function firstSentence(segments: Segments, text: string): { title: string; span: Span; line: number } | undefined {
  const block = segments.body.find((candidate) => candidate.type === 'paragraph' || candidate.type === 'heading');
  if (!block) return undefined;
  const start = block.refs[0]!.span.start;
  const paragraph = text.slice(start, block.refs.at(-1)!.span.end);
  const end = /[.!?…](?:\s|$)/u.exec(paragraph)?.index ?? paragraph.length;
  let sentence = paragraph.slice(0, end).replace(/\s+/gu, ' ').trim();
  if (isFragment(sentence)) return undefined;
  if (sentence.length > DERIVED_TITLE_LENGTH) sentence = `${sentence.slice(0, sentence.lastIndexOf(' ', DERIVED_TITLE_LENGTH)).replace(/[,;:]$/u, '')} …`;
  return { title: sentence, span: { start, end: start + end }, line: block.refs[0]!.line };
}

/** A subject cut off by the end of an excerpt (`HƯ`, `HƯỚN`) is no title. */
function isFragment(text: string): boolean {
  return text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length < 3;
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
  const numberRefs = segments.document.number;
  if (numberRefs.length > 0) {
    const joined = joinRefs(numberRefs);
    const value = NUMBER_LINE.exec(joined.text)?.groups?.['value'] ?? '';
    parsedNumber = parseDocumentNumber(value);
    const line = numberRefs[0]!.line;
    if (parsedNumber) {
      number = parsedNumber.canonical;
      const span = joined.spanOf(joined.text.lastIndexOf(value), value.length);
      fields['number'] = { from: 'text', text: text.slice(span.start, span.end), span, line };
    } else {
      const blank = /^\s*\/|^\s*$/u.test(value);
      diagnostics.push({
        code: blank ? 'number-blank' : 'number-unreadable',
        severity: 'warning',
        line,
        message: blank ? `The number line "${joined.text}" has no number (a draft?).` : `The number line "${joined.text}" is not a number and symbol the archive can read.`,
        hint: 'Check the source against the published document; the number stays unknown until then.',
      });
    }
  }

  if (kind === 'document' && segments.document.issuerLines.length === 0 && numberRefs.length === 0 && segments.document.placeDate.length === 0) {
    diagnostics.push({
      code: 'no-header',
      severity: 'warning',
      message: segments.document.type
        ? `The text starts at its heading "${segments.document.type.text}" (an attached text?): no issuer, number or date line of its own.`
        : 'The text reads as an official document (its body has "Căn cứ", "Kính gửi", articles or an enacting formula) but no header was found: issuer, number and date stay unknown unless the body says them.',
      hint: 'Copy the document from its first line (the issuer and the motto), or add what is known in a sidecar.',
    });
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
  const placeRefs = kind === 'document' ? segments.document.placeDate : segments.news.dateline ? [segments.news.dateline] : [];
  let placeProvenance: Provenance | undefined;
  if (placeRefs.length > 0) {
    const joined = joinRefs(placeRefs);
    const line = placeRefs[0]!.line;
    const match = PLACE_DATE_LINE.exec(joined.text) ?? DATE_ONLY_LINE.exec(joined.text);
    const placeText = match?.groups?.['place']?.trim();
    if (placeText) {
      const span = joined.spanOf(0, placeText.length);
      // A place a copy garbled (`Đà Nng`) is read as the province it stands for; the text keeps what is written.
      const garbled = jurisdictionOfPlace(placeText) ? undefined : nearJurisdiction(placeText);
      place = garbled?.name ?? placeText;
      placeProvenance = { from: 'text', text: text.slice(span.start, span.end), span, line, ...(garbled ? { note: `ghi sai thành "${placeText}"` } : {}) };
      fields['place'] = placeProvenance;
    }
    const parts = datePartsFrom(match?.groups);
    const iso = parts ? toIsoDate(parts) : null;
    if (iso) {
      issued = iso;
      fields['issued'] = fromRefs(placeRefs);
    } else {
      diagnostics.push({
        code: parts ? 'date-impossible' : 'date-blank',
        severity: 'warning',
        line,
        message: parts ? `"${joined.text}" gives a date that does not exist.` : `"${joined.text}" leaves the date blank or incomplete.`,
        hint: 'The date stays unknown; correct the source if the published document has one.',
      });
    }
  }

  // An attached text without a header of its own takes its date from the note under its heading.
  const annex = kind === 'document' && placeRefs.length === 0 && numberRefs.length === 0 ? readAnnexNote(segments, text) : undefined;
  if (annex?.issued) {
    issued = annex.issued;
    fields['issued'] = annex.provenance;
  }

  // Publication time (news): the time line, else the dateline.
  let published: string | null = null;
  if (kind === 'news') {
    const timeRef = segments.news.time;
    const time = timeRef ? readPublicationTime(timeRef.text) : undefined;
    const parts = datePartsFrom(time?.groups);
    const day = parts ? toIsoDate(parts) : null;
    if (timeRef && day) {
      const clock = clockFrom(time?.groups);
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
  const found = findJurisdiction(segments, place, placeProvenance, parsedNumber, chrome, text);
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
  if (jurisdiction === null && nationalBody(segments, parsedNumber)) {
    fields['jurisdiction'] = { from: 'derived', note: 'văn bản của cơ quan trung ương: không thuộc tỉnh, thành phố nào' };
  } else if (jurisdiction === null) {
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
  let signer = signed?.signer ?? null;
  if (signed?.refs.name) fromText('signer', signed.refs.name);
  else if (kind === 'document') {
    // A legal library's metadata block names the signer when the excerpt stops before the signature.
    const listed = chrome.map((line) => ({ line, match: METADATA_SIGNER.exec(line.text) })).find(({ match }) => match && match.groups?.['after'] !== ',');
    if (listed?.match?.groups) {
      signer = { name: listed.match.groups['name']!, position: signer?.position ?? null, form: signer?.form ?? null, onBehalfOf: signer?.onBehalfOf ?? null };
      fields['signer'] = { from: 'chrome', text: listed.line.text.trim(), line: listed.line.no, note: 'khối thuộc tính văn bản của trang (Người ký)' };
    }
  }

  // Issuer: an issuer line, else the symbol with the jurisdiction, checked against the signing block.
  let issuer: string | null = null;
  if (kind === 'document') {
    const derived = deriveIssuer(segments, parsedNumber?.issuerCode ?? null, jurisdictionRecord, signer, fromRefs);
    issuer = derived.issuer;
    if (derived.provenance) fields['issuer'] = derived.provenance;
    const voice = issuer === null && !annex?.issuer && segments.document.issuerLines.length === 0 ? readEnactingVoice(segments, text) : undefined;
    if (issuer === null && annex?.issuer) {
      const named = expandIssuer(annex.issuer);
      issuer = (jurisdictionRecord ? localIssuer(named, jurisdictionRecord) : undefined) ?? named;
      fields['issuer'] = annex.provenance;
    } else if (voice) {
      issuer = expandIssuer(voice.who, false);
      fields['issuer'] = voice.provenance;
    } else diagnostics.push(...derived.diagnostics);
  }

  // Title: the subject, the headline, else what the page chrome kept of it.
  let title: string | null = null;
  const subjectText = segments.document.subject.map((ref) => ref.text).join(' ');
  if (kind === 'document' && segments.document.subject.length > 0 && !isFragment(subjectText)) {
    const subject = segments.document.subject;
    // The trích yếu as written, `V/v` of a công văn included.
    title = subject.map((ref) => ref.text).join(' ').replace(/\s+/gu, ' ').trim();
    fields['title'] = fromRefs(subject);
  } else if (kind === 'news' && segments.news.headline) {
    // `(TTV) Văn bản chỉ đạo …`: the wire's code is not part of the headline.
    const headline = segments.news.headline;
    const wire = WIRE_PREFIX.exec(headline.text)?.[0].length ?? 0;
    title = headline.text.slice(wire);
    fromText('title', headline, { start: headline.span.start + wire, end: headline.span.end }, title);
  } else {
    const qr = chrome.map((line) => ({ line, match: QR_TITLE.exec(line.text.trim()) })).find(({ match }) => match);
    if (qr?.match?.groups) {
      title = qr.match.groups['title']!.trim();
      fields['title'] = { from: 'chrome', text: qr.line.text.trim(), line: qr.line.no, note: 'trang không có dòng tiêu đề; tiêu đề còn trong dòng mã QR' };
    } else {
      diagnostics.push({
        code: 'title-missing',
        severity: 'warning',
        message: 'No headline or subject line was found; the page is titled from the first sentence.',
        hint: 'Put the headline on the first line of the source, or check that it is not taken for page chrome.',
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

  let derivedTitle: string | null = null;
  if (title === null) {
    const derived = firstSentence(segments, text);
    if (derived) {
      derivedTitle = derived.title;
      fields['derivedTitle'] = { from: 'derived', text: text.slice(derived.span.start, derived.span.end), span: derived.span, line: derived.line, note: 'không có tiêu đề: lấy phần đầu câu đầu tiên' };
    }
  }

  return {
    header: { kind, docType, number, issuer, jurisdiction, place, issued, published, title, derivedTitle, signer, author, portal },
    fields,
    diagnostics,
  };
}

// BỘ NỘI VỤ · CHÍNH PHỦ · THỦ TƯỚNG CHÍNH PHỦ · VĂN PHÒNG CHÍNH PHỦ · BỘ CHÍNH TRỊ: bodies of the whole country.
const CENTRAL_BODY = /^(?:BỘ\s+(?!MÁY)|Bộ\s+\p{Lu}|CHÍNH\s+PHỦ|Chính\s+phủ|THỦ\s+TƯỚNG|Thủ\s+tướng|VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|Văn\s+phòng\s+Chính\s+phủ|QUỐC\s+HỘI|Quốc\s+hội|BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG|BAN\s+BÍ\s+THƯ|TỔNG\s+CỤC|THANH\s+TRA\s+CHÍNH\s+PHỦ)/u;
// How many body blocks of a document are searched for the province when the header does not name it.
const JURISDICTION_BODY_BLOCKS = 6;

/** The document is a central body's: its place (Hà Nội) is not a jurisdiction. */
function nationalBody(segments: Segments, parsedNumber: DocumentNumber | null): boolean {
  if (segments.kind !== 'document') return false;
  const code = parsedNumber?.issuerCode ? issuerByCode(parsedNumber.issuerCode) : undefined;
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
function findJurisdiction(
  segments: Segments,
  place: string | null,
  placeProvenance: Provenance | undefined,
  parsedNumber: DocumentNumber | null,
  chrome: readonly CleanLine[],
  text: string,
): { jurisdiction: Jurisdiction; provenance: Provenance } | undefined {
  const inRefs = (refs: readonly TextRef[]) => {
    if (refs.length === 0) return undefined;
    const joined = joinRefs(refs);
    const hit = findJurisdictionIn(joined.text);
    if (!hit) return undefined;
    const span = joined.spanOf(hit.index, hit.length);
    return { jurisdiction: hit.jurisdiction, provenance: { from: 'text', text: text.slice(span.start, span.end), span, line: refs[0]!.line } satisfies Provenance };
  };
  const national = nationalBody(segments, parsedNumber);
  const byIssuer = inRefs(segments.document.issuerLines);
  if (byIssuer) return byIssuer;
  const byPlace = place && !national ? (jurisdictionOfPlace(place) ?? nearJurisdiction(place)) : undefined;
  if (byPlace && placeProvenance) return { jurisdiction: byPlace, provenance: placeProvenance };
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

function deriveIssuer(
  segments: Segments,
  issuerCode: string | null,
  jurisdiction: Jurisdiction | undefined,
  signer: Signer | null,
  fromRefs: (refs: readonly TextRef[]) => Provenance,
): { issuer: string | null; provenance?: Provenance; diagnostics: Diagnostic[] } {
  const lines = segments.document.issuerLines;
  if (lines.length > 0) {
    const written = lines.map((ref) => ref.text).join(' ').replace(/\s+/gu, ' ').trim();
    const local = jurisdiction ? localIssuer(written, jurisdiction) : undefined;
    if (local && local.toLocaleLowerCase('vi') !== recaseIssuer(written).toLocaleLowerCase('vi')) {
      return { issuer: local, provenance: { ...fromRefs(lines), note: `dòng cơ quan ban hành ghi "${written}"; tên đầy đủ theo địa bàn ${jurisdiction!.name}` }, diagnostics: [] };
    }
    return { issuer: recaseIssuer(written), provenance: fromRefs(lines), diagnostics: [] };
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

// ỦY BAN NHÂN DÂN · HỘI ĐỒNG NHÂN DÂN (the head of a province's own body), and what follows it.
const LOCAL_HEAD = /^(?<head>(?:ỦY|UỶ|UỸ|Ủy|Uỷ)\s*BAN\s*NHÂN\s*DÂN|HỘI\s*ĐỒNG\s*NHÂN\s*DÂN)(?<rest>.*)$/iu;
// A body below the province: its name is not the province's.
const LOWER_LEVEL = /(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường)(?![\p{L}])/iu;

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
  const named = findJurisdictionIn(rest) ?? (nearJurisdiction(rest) ? { jurisdiction: nearJurisdiction(rest)! } : undefined);
  return named?.jurisdiction === jurisdiction ? full : undefined;
}

// ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG → Ủy ban nhân dân thành phố Hải Phòng
// VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ → Văn phòng Chính phủ - Bộ Nội vụ: each body of a joint text on its own
// (not `TỈNH BÀ RỊA - VŨNG TÀU`, one name with a dash).
function recaseIssuer(text: string): string {
  const parts = text.replace(/\*/gu, '').split(/\s+[-–]\s+/u);
  const joint = parts.length > 1 && parts.slice(1).every((part) => AUTHORITY_LINE.test(part.trim()));
  return joint ? parts.map((part) => recaseName(part.trim())).join(' - ') : recaseName(parts.join(' - '));
}

