import type { Diagnostic, LegalRef, ReferenceOccurrence, Span } from '../../schemas/index.ts';
import { slugify } from '../link/slugify.ts';
import {
  BACK_REFERENCE,
  DATE_AFTER_NUMERIC,
  DATE_AFTER_SPELLED,
  ISSUER_AFTER,
  ISSUER_BEFORE,
  ISSUER_HEAD_AT,
  LAW_BY_NAME,
  LAW_YEAR,
  REFERENCE,
  RELATIONS,
  STANDARD,
  SUBJECT_AFTER,
  SUBJECT_END,
  TYPE_WORDS,
} from '../patterns/legal-references.ts';
import { parseDocumentNumber, type DocumentNumber } from './document-number.ts';
import { documentTypeByCode } from './document-types.ts';
import { issuerByCode } from './issuer-codes.ts';
import { findJurisdictionIn, type Jurisdiction } from './jurisdictions.ts';
import { datePartsFrom, toIsoDate } from './parse-date.ts';

export interface LegalReferenceContext {
  /** The normalised text. */
  text: string;
  /** Spans not to search: page chrome, and the document's own number line. */
  exclude: readonly Span[];
  /** Jurisdiction of the citing document: `Ủy ban nhân dân thành phố` means its UBND. */
  jurisdiction: Jurisdiction | undefined;
  /** Date of the citing document: a reference dated later is reported. */
  issued: string | null;
}

/** A reference before the link stage: `id` is null until the corpus gives unresolved ones a scoped id. */
export type ExtractedRef = Omit<LegalRef, 'id'> & { id: string | null };

export interface LegalReferences {
  legalRefs: ExtractedRef[];
  standards: string[];
  diagnostics: Diagnostic[];
}

interface Mention {
  number: DocumentNumber | null;
  type: string;
  occurrence: ReferenceOccurrence;
  date: string | null;
  dateParts: { day: number; month: number; year: number } | null;
  explicitIssuer: string | null;
  subject: string | null;
  /** Where the reference with its date ends, to chain a shared issuer phrase. */
  end: number;
  law?: { name: string; year: number | null };
}

/**
 * Every reference to another document in a source, grouped by the document
 * referred to, in order of first mention; and the standards it names.
 */
export function extractLegalReferences(context: LegalReferenceContext): LegalReferences {
  const { text } = context;
  const excluded = (index: number) => context.exclude.some((span) => index >= span.start && index < span.end);
  const mentions: Mention[] = [];
  const diagnostics: Diagnostic[] = [];

  for (const match of text.matchAll(REFERENCE)) {
    if (excluded(match.index)) continue;
    mentions.push(...mentionsOf(match, context));
  }
  for (const match of text.matchAll(LAW_BY_NAME)) {
    if (excluded(match.index)) continue;
    const law = lawOf(match, context);
    if (law) mentions.push(law);
  }
  mentions.sort((a, b) => a.occurrence.span.start - b.occurrence.span.start);
  shareIssuerPhrases(mentions, text);

  // Group by the document referred to.
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = mention.law ? `luat:${mention.law.name.toLocaleLowerCase('vi')}` : `${mention.number!.canonical}`;
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  const legalRefs = [...groups.values()].map((group) => toReference(group, context, diagnostics));

  // `Quyết định nêu trên` points back to the latest reference of its type before it.
  for (const match of text.matchAll(BACK_REFERENCE)) {
    if (excluded(match.index)) continue;
    const type = canonicalType(match.groups!['type']!);
    const before = legalRefs
      .flatMap((ref) => ref.occurrences.filter((occurrence) => !occurrence.backReference && occurrence.span.end <= match.index).map((occurrence) => ({ ref, at: occurrence.span.start })))
      .filter(({ ref }) => ref.type === type)
      .sort((a, b) => b.at - a.at)[0];
    const span = { start: match.index, end: match.index + match[0].length };
    if (before) {
      before.ref.occurrences.push({ text: match[0], span, sentence: sentenceAround(text, span), relation: relationBefore(text, span.start), backReference: true });
    } else {
      diagnostics.push({
        code: 'back-reference-unresolved',
        severity: 'warning',
        line: lineAt(text, span.start),
        message: `"${match[0]}" points back to a ${type} that the text has not cited before.`,
        hint: 'Nothing to do in the source; the reference stays unresolved.',
      });
    }
  }

  const standards: string[] = [];
  for (const match of text.matchAll(STANDARD)) {
    if (excluded(match.index)) continue;
    const standard = match[0].replace(/\s+/gu, ' ').replace(/:\s/u, ':');
    if (!standards.includes(standard)) standards.push(standard);
  }
  return { legalRefs, standards, diagnostics };
}

function mentionsOf(match: RegExpMatchArray, context: LegalReferenceContext): Mention[] {
  const groups = match.groups!;
  const typeWord = groups['type'] ? canonicalType(groups['type']) : null;
  const part = groups['part']?.replace(/\s+(?:của\s+)?$/u, '').replace(/\s+/gu, ' ');
  const start = match.index!;
  const raw = match[0];
  const numbers: { number: DocumentNumber; text: string; span: Span }[] = [];
  if (groups['party']) {
    const number = parseDocumentNumber(groups['party']);
    if (number) numbers.push({ number, text: raw, span: { start, end: start + raw.length } });
  } else {
    // `107 và 108/2020/NĐ-CP`: every serial takes the year and symbol of the last. Only after a
    // type word or `số`: in `ISO 9001:2015, 1/2000/NĐ-CP` the 2015 is not a serial.
    const listed = groups['serials']!.split(/\s*(?:,|và)\s*/u);
    const serials = groups['type'] !== undefined || groups['so'] !== undefined ? listed : listed.slice(-1);
    const suffix = `${groups['year'] ? `/${groups['year']}` : ''}/${groups['symbol']}`;
    // Where each serial stands: search on from the start of the serials group (indices from the `d` flag).
    let cursor = match.indices!.groups!['serials']![0] - start + (groups['serials']!.length - groups['serials']!.trimStart().length);
    if (serials.length < listed.length) cursor = match.indices!.groups!['serials']![1] - start - serials[0]!.length;
    serials.forEach((serial, i) => {
      const number = parseDocumentNumber(`${serial}${suffix}`);
      const at = raw.indexOf(serial, cursor);
      cursor = at + serial.length;
      if (!number) return;
      // The first mention keeps the type word; the last keeps the symbol.
      const from = i === 0 && serials.length === listed.length ? 0 : at;
      const to = i === serials.length - 1 ? raw.length : at + serial.length;
      numbers.push({ number, text: raw.slice(from, to), span: { start: start + from, end: start + to } });
    });
  }
  // Without a type word or `số`, only a symbol that names a type (or a normative year) is a reference.
  const explicit = typeWord !== null || groups['so'] !== undefined;
  return numbers
    .filter(({ number }) => explicit || (number.typeCode !== null && documentTypeByCode(number.typeCode) !== undefined) || (number.year !== null && issuerByCode(number.issuerCode ?? '') !== undefined))
    .map(({ number, text, span }, i, all) => {
      const type = typeWord ?? typeOfNumber(number);
      const isLast = i === all.length - 1;
      const after = isLast ? readAfter(context.text, start + raw.length) : { date: null, dateParts: null, issuer: null, subject: null, end: span.end };
      const issuerBefore = i === 0 ? issuerPhraseBefore(context.text.slice(Math.max(0, start - 80), start)) : null;
      const occurrence: ReferenceOccurrence = { text, span, sentence: sentenceAround(context.text, span), relation: relationBefore(context.text, span.start), ...(part && i === 0 ? { part } : {}) };
      return { number, type, occurrence, date: after.date, dateParts: after.dateParts, explicitIssuer: after.issuer ?? issuerBefore, subject: after.subject, end: after.end };
    });
}

function lawOf(match: RegExpMatchArray, context: LegalReferenceContext): Mention | null {
  const name = match.groups!['name']!.replace(/\s+/gu, ' ').trim();
  const start = match.index!;
  const end = start + match[0].trimEnd().length;
  const after = readAfter(context.text, end);
  const year = after.dateParts?.year ?? (LAW_YEAR.exec(context.text.slice(end))?.groups?.['year'] ? Number(LAW_YEAR.exec(context.text.slice(end))!.groups!['year']) : null);
  const span = { start, end: after.end };
  return {
    number: null,
    type: 'Luật',
    occurrence: { text: context.text.slice(span.start, span.end), span, sentence: sentenceAround(context.text, span), relation: relationBefore(context.text, start) },
    date: after.date,
    dateParts: after.dateParts,
    explicitIssuer: null,
    subject: null,
    end: after.end,
    law: { name, year },
  };
}

/** The issuer phrase that ends just before a reference, tried from the last head in the window. */
function issuerPhraseBefore(window: string): string | null {
  const heads = [...window.matchAll(ISSUER_HEAD_AT)].map((match) => match.index).reverse();
  for (const at of heads) {
    const issuer = ISSUER_BEFORE.exec(window.slice(at))?.groups?.['issuer'];
    if (issuer) return issuer.replace(/\s+/gu, ' ');
  }
  return null;
}

/** Date, issuer phrase and subject after a reference, in the orders texts use. */
function readAfter(text: string, from: number): { date: string | null; dateParts: Mention['dateParts']; issuer: string | null; subject: string | null; end: number } {
  let at = from;
  let date: string | null = null;
  let dateParts: Mention['dateParts'] = null;
  let issuer: string | null = null;
  const readDate = () => {
    const rest = text.slice(at);
    const match = DATE_AFTER_SPELLED.exec(rest) ?? DATE_AFTER_NUMERIC.exec(rest);
    const parts = datePartsFrom(match?.groups);
    if (!match || !parts) return;
    dateParts = parts;
    date = toIsoDate(parts);
    at += match[0].length;
  };
  const readIssuer = () => {
    const match = ISSUER_AFTER.exec(text.slice(at));
    if (!match) return;
    issuer = match.groups!['issuer']!.replace(/\s+/gu, ' ');
    at += match[0].length;
  };
  readDate();
  readIssuer();
  if (date === null) readDate();
  const end = at;
  let subject: string | null = null;
  const about = SUBJECT_AFTER.exec(text.slice(at));
  if (about) {
    const rest = text.slice(at + about[0].length);
    const stop = SUBJECT_END.exec(rest);
    subject = rest.slice(0, stop ? stop.index : rest.length).trim() || null;
  }
  return { date, dateParts, issuer, subject, end };
}

// A phrase after the last of a list serves the whole list:
// `Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP của Chính phủ`.
function shareIssuerPhrases(mentions: Mention[], text: string): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const current = mentions[i]!;
    const next = mentions[i + 1]!;
    const between = text.slice(current.end, next.occurrence.span.start);
    if (current.explicitIssuer === null && next.explicitIssuer !== null && /^\s*(?:,|;|và)\s*(?:số\s*)?$/u.test(between.replace(/\)/gu, ''))) {
      current.explicitIssuer = next.explicitIssuer;
    }
  }
}

function toReference(group: Mention[], context: LegalReferenceContext, diagnostics: Diagnostic[]): ExtractedRef {
  const first = group[0]!;
  const number = first.number;
  const date = group.find((mention) => mention.date)?.date ?? null;
  const parts = group.find((mention) => mention.dateParts)?.dateParts ?? null;
  const year = number?.year ?? first.law?.year ?? parts?.year ?? null;
  const issuer = resolveIssuer(group, number, context);
  const subject = group.find((mention) => mention.subject)?.subject ?? undefined;
  const warnings: { code: string; message: string }[] = [];
  const label = first.law ? `Luật ${first.law.name}` : `${first.type} ${number!.canonical}`;
  if (parts && !date) warnings.push({ code: 'date-impossible', message: `${label} is dated ${parts.day}/${parts.month}/${parts.year}, a day that does not exist` });
  if (number?.year && parts && parts.year !== number.year) {
    warnings.push({ code: 'number-year-date-mismatch', message: `${label} is dated ${parts.day}/${parts.month}/${parts.year} in the text, but its number says ${number.year}` });
  }
  if (date && context.issued && date > context.issued) warnings.push({ code: 'date-after-citing-document', message: `${label} is dated ${date}, after the citing document (${context.issued})` });
  for (const warning of warnings) {
    diagnostics.push({ code: warning.code, severity: 'warning', line: lineAt(context.text, first.occurrence.span.start), message: `${warning.message}. The text is kept as written.`, hint: 'Check the source against the cited document.' });
  }
  const identity = identify(first, number, year, issuer.scope, issuer.jurisdiction);
  const canonical = first.law ? `Luật ${first.law.name}` : `${first.type} số ${number!.canonical}`;
  return {
    id: identity.id,
    type: first.type,
    number: number?.canonical ?? null,
    canonical,
    year,
    date,
    issuer: issuer.name,
    ...(subject ? { subject } : {}),
    mentions: group.length,
    ...(warnings[0] ? { warning: warnings[0].code } : {}),
    resolved: identity.id !== null,
    ...(identity.reason ? { unresolvedReason: identity.reason } : {}),
    occurrences: group.map((mention) => mention.occurrence),
  };
}

/** The issuer: a phrase of the text naming it in full, else the body the symbol codes. */
function resolveIssuer(
  group: Mention[],
  number: DocumentNumber | null,
  context: LegalReferenceContext,
): { name: string | null; scope: 'central' | 'local' | null; jurisdiction?: Jurisdiction | undefined } {
  const coded = number?.issuerCode ? issuerByCode(number.issuerCode) : undefined;
  for (const mention of group) {
    const phrase = mention.explicitIssuer;
    if (!phrase) continue;
    const named = canonicalIssuer(phrase, context.jurisdiction);
    if (named) return { name: named.name, scope: named.local ? 'local' : coded?.scope ?? 'central', jurisdiction: named.jurisdiction ?? context.jurisdiction };
  }
  if (!coded) return { name: null, scope: null };
  if (coded.scope === 'central') return { name: coded.name, scope: 'central' };
  return { name: context.jurisdiction ? `${coded.name} ${context.jurisdiction.level} ${context.jurisdiction.name}` : null, scope: 'local', jurisdiction: context.jurisdiction };
}

// `Ủy ban nhân dân thành phố` · `UBND tỉnh Quảng Ninh` · `Chính phủ` · `Bộ Ngoại giao`
const LOCAL_BODY = /^(?<body>Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)(?:\s+(?<rest>.*))?$/u;

function canonicalIssuer(phrase: string, jurisdiction: Jurisdiction | undefined): { name: string; local: boolean; jurisdiction?: Jurisdiction } | null {
  const local = LOCAL_BODY.exec(phrase);
  if (local?.groups) {
    const body = /^(?:UBND|Ủy|Uỷ)/u.test(local.groups['body']!) ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân';
    const rest = local.groups['rest'] ?? '';
    const named = findJurisdictionIn(rest.replace(/^TP\.?\s*/u, 'thành phố '));
    if (named) return { name: `${body} ${named.jurisdiction.level} ${named.jurisdiction.name}`, local: true, jurisdiction: named.jurisdiction };
    // `Ủy ban nhân dân thành phố` without a name: the citing document's own.
    if (/^(?:thành phố|tỉnh|TP\.?)?$/u.test(rest.trim()) && jurisdiction) return { name: `${body} ${jurisdiction.level} ${jurisdiction.name}`, local: true, jurisdiction };
    return null;
  }
  // A bare head (`của Sở`, `của Bộ`) names no one: the symbol decides.
  if (/^(?:Sở|Bộ|Ban|Văn phòng|Thanh tra)$/u.test(phrase)) return null;
  return { name: phrase.replace(/^Uỷ/u, 'Ủy'), local: /^Sở\s/u.test(phrase) };
}

/**
 * Canonical id of the referenced document:
 *   normative (year in the number), national:      61-2018-nd-cp
 *   yearless, central issuer: number restarts yearly: 2019-17-nq-cp
 *   yearless, local issuer: also the jurisdiction:  2020-33-kh-ubnd-hai-phong
 *   law by name and year:                           luat-to-chuc-chinh-quyen-dia-phuong-2015
 * What cannot be pinned down gets null and a reason; the link stage scopes it to the citing document.
 */
function identify(
  first: Mention,
  number: DocumentNumber | null,
  year: number | null,
  scope: 'central' | 'local' | null,
  jurisdiction: Jurisdiction | undefined,
): { id: string | null; reason?: string } {
  if (first.law) return year ? { id: `luat-${slugify(first.law.name)}-${year}` } : { id: null, reason: 'luật được nêu tên nhưng không có năm' };
  if (number!.year !== null) return { id: slugify(number!.canonical) };
  if (year === null) return { id: null, reason: 'số ký hiệu không có năm và văn bản không nêu ngày, mà số văn bản đánh lại từ đầu mỗi năm' };
  if (scope === 'local') {
    if (!jurisdiction) return { id: null, reason: 'văn bản của cơ quan địa phương nhưng chưa rõ địa bàn' };
    return { id: `${year}-${slugify(number!.canonical)}-${slugify(jurisdiction.name)}` };
  }
  if (scope === null) return { id: null, reason: `không xác định được cơ quan ban hành (${number!.issuerCode ?? 'không có mã'})` };
  return { id: `${year}-${slugify(number!.canonical)}` };
}

function typeOfNumber(number: DocumentNumber): string {
  if (number.typeCode) return documentTypeByCode(number.typeCode)?.name ?? 'Văn bản';
  // `80/2015/QH13`: the National Assembly's numbered acts are laws.
  if (number.year !== null && /^QH\d+$/u.test(number.issuerCode ?? '')) return 'Luật';
  return 'Văn bản';
}

function canonicalType(word: string): string {
  const folded = word.replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  return TYPE_WORDS.find((type) => type.toLocaleLowerCase('vi') === folded) ?? word;
}

/** The sentence around a span: from the previous sentence end or line start to the next. */
export function sentenceAround(text: string, span: Span): { text: string; span: Span } {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n' && !(/[.!?]/u.test(text[start - 2] ?? '') && /\s/u.test(text[start - 1]!))) start--;
  let end = span.end;
  while (end < text.length && text[end] !== '\n' && !(/[.!?]/u.test(text[end]!) && (end + 1 >= text.length || /\s/u.test(text[end + 1]!)))) end++;
  if (end < text.length && text[end] !== '\n') end++;
  const raw = text.slice(start, end);
  // A list item's bullet is not part of its sentence.
  const lead = raw.length - raw.replace(/^\s*(?:[-–•+]\s+)?/u, '').length;
  const trimmed = raw.slice(lead).trimEnd();
  return { text: trimmed, span: { start: start + lead, end: start + lead + trimmed.length } };
}

/** The closest relation word before a mention, in the same clause. */
function relationBefore(text: string, at: number): ReferenceOccurrence['relation'] {
  const sentence = sentenceAround(text, { start: at, end: at });
  const clauseStart = Math.max(sentence.span.start, text.lastIndexOf(';', at) + 1);
  const clause = text.slice(clauseStart, at);
  let best: { relation: ReferenceOccurrence['relation']; index: number } = { relation: 'mention', index: -1 };
  for (const { relation, pattern } of RELATIONS) {
    for (const match of clause.matchAll(pattern)) if (match.index > best.index) best = { relation, index: match.index };
  }
  return best.relation;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
