import type { Diagnostic, DiagnosticCode, LegalRef, ReferenceOccurrence, Span } from '../../schemas/index.ts';
import { slugify } from '../link/slugify.ts';
import {
  BACK_REFERENCE,
  BARE_REFERENCE,
  DATE_AFTER_NUMERIC,
  DATE_AFTER_SPELLED,
  DATE_BEFORE_NUMERIC,
  DATE_BEFORE_SPELLED,
  ISSUER_AFTER,
  ISSUER_BEFORE,
  ISSUER_CLAUSE_AFTER,
  ISSUER_HEAD_AT,
  ISSUER_PARTS,
  LAW_AMENDING,
  LAW_DATE_NUMERIC,
  LAW_DATE_PARTIAL,
  LAW_DATE_SPELLED,
  LAW_NAME,
  LAW_NUMBERED,
  LAW_START,
  LAW_YEAR,
  NATIONAL_NAMES,
  PARTY_COMMITTEE_NAMES,
  PLENUM_RESOLUTION,
  REFERENCE,
  RELATIONS,
  STANDARD,
  SUBJECT_AFTER,
  SUBJECT_END,
  TITLE_END,
  TITLED_ISSUED,
  TYPE_AND_ISSUER_BEFORE,
  TYPE_WORD_FORMS,
} from '../patterns/legal-references.ts';
import { BULLET } from '../patterns/document-parts.ts';
import { parseDocumentNumber, type DocumentNumber } from './document-number.ts';
import { documentTypeByCode, foldOldTones, partyDocumentTypeByCode } from './document-types.ts';
import { issuerByCode } from './issuer-codes.ts';
import { findJurisdictionIn, type Jurisdiction } from './jurisdictions.ts';
import { datePartsFrom, toIsoDate, type DateParts } from './parse-date.ts';
import { overlapsAny } from './overlaps-any.ts';

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
  dateParts: DateParts | null;
  explicitIssuer: string | null;
  subject: string | null;
  /** Where the reference with its date ends, to chain a shared issuer phrase. */
  end: number;
  law?: { name: string; year: number | null };
  /** A document cited by its title alone (`Nghị quyết Trung ương 5 Khóa X`), the title as written. */
  title?: string;
  /** Cited by a serial alone (`Thông báo số 104`): no symbol says who issued it. */
  bare?: boolean;
}

/**
 * Every reference to another document in a source, grouped by the document
 * referred to, in order of first mention; and the standards it names.
 */
export function extractLegalReferences(context: LegalReferenceContext): LegalReferences {
  const { text } = context;
  const excluded = overlapsAny(context.exclude);
  const mentions: Mention[] = [];
  const diagnostics: Diagnostic[] = [];

  for (const match of text.matchAll(REFERENCE)) {
    const end = match.index + match[0].length;
    const groups = match.indices!.groups!;
    const numberStart = (groups['serials'] ?? groups['party'])![0];
    // The document's own number (the caller's spans), and a number cut by the end of the excerpt.
    if (excluded(numberStart, end)) continue;
    if (text.slice(end).trim() === '' && !completeSymbol(match.groups!)) continue;
    mentions.push(...mentionsOf(match, context));
  }
  const taken = (start: number, end: number) => mentions.some((mention) => start < mention.occurrence.span.end && end > mention.occurrence.span.start);
  for (const match of text.matchAll(BARE_REFERENCE)) {
    const end = match.index + match[0].length;
    if (excluded(match.index, end) || taken(match.index, end)) continue;
    mentions.push(bareMentionOf(match, context));
  }
  mentions.push(...lawMentions(context, excluded));
  for (const titled of titledMentions(context)) {
    if (!excluded(titled.occurrence.span.start, titled.occurrence.span.end) && !taken(titled.occurrence.span.start, titled.occurrence.span.end)) mentions.push(titled);
  }
  mentions.sort((a, b) => a.occurrence.span.start - b.occurrence.span.start);
  shareIssuerPhrases(mentions, text);

  // Group by the document referred to (`30C/NQ-CP` and `30c/NQ-CP` are one).
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = mention.law
      ? `luat:${foldOldTones(mention.law.name.toLocaleLowerCase('vi'))}`
      : mention.title
        ? `ten:${foldOldTones(mention.title.toLocaleLowerCase('vi'))}`
        : mention.bare
        ? `so:${mention.type}:${mention.number!.canonical}`
        : mention.number!.canonical.toLocaleUpperCase('vi');
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
  let typeWord = groups['type'] ? canonicalType(groups['type']) : null;
  const part = groups['part']?.replace(/\s+(?:của\s+)?$/u, '').replace(/\s+/gu, ' ');
  let start = match.index!;
  // `136/2001/QĐ.TTg` joins codes with a dot; `12/QĐ-UBND.Sau đó` is a full stop that lost its space.
  const symbol = groups['symbol'] === undefined ? undefined : withoutStrayDot(groups['symbol']);
  const raw = match[0].slice(0, match[0].length - ((groups['symbol']?.length ?? 0) - (symbol?.length ?? 0)));
  // `Chương trình hành động của Tỉnh ủy số 02-CT/TU`: the type word and the issuer stand before `số`.
  let issuerBetween: string | null = null;
  if (typeWord === null && groups['so'] !== undefined && !part) {
    const from = Math.max(0, start - 160);
    const between = TYPE_AND_ISSUER_BEFORE.exec(context.text.slice(from, start));
    if (between?.groups) {
      typeWord = canonicalType(between.groups['type']!);
      issuerBetween = between.groups['issuer']!;
      start = from + between.index;
    }
  }
  const lead = match.index! - start;
  const full = context.text.slice(start, match.index! + raw.length);
  const numbers: { number: DocumentNumber; text: string; span: Span }[] = [];
  if (groups['party']) {
    const number = parseDocumentNumber(groups['party']);
    if (number) numbers.push({ number, text: full, span: { start, end: start + full.length } });
  } else {
    // `107 và 108/2020/NĐ-CP`: every serial takes the year and symbol of the last. Only after a
    // type word or `số`: in `ISO 9001:2015, 1/2000/NĐ-CP` the 2015 is not a serial.
    const listed = groups['serials']!.split(/\s*(?:,|và)\s*/u);
    const serials = groups['type'] !== undefined || groups['so'] !== undefined ? listed : listed.slice(-1);
    const suffix = `${groups['year'] ? `/${groups['year']}` : ''}/${symbol}`;
    // Where each serial stands: search on from the start of the serials group (indices from the `d` flag).
    let cursor = match.indices!.groups!['serials']![0] - match.index! + (groups['serials']!.length - groups['serials']!.trimStart().length);
    if (serials.length < listed.length) cursor = match.indices!.groups!['serials']![1] - match.index! - serials[0]!.length;
    serials.forEach((serial, i) => {
      const number = parseDocumentNumber(`${serial}${suffix}`);
      const at = raw.indexOf(serial, cursor);
      cursor = at + serial.length;
      if (!number) return;
      // The first mention keeps the type word; the last keeps the symbol.
      const from = i === 0 && serials.length === listed.length ? 0 : lead + at;
      const to = i === serials.length - 1 ? full.length : lead + at + serial.length;
      numbers.push({ number, text: full.slice(from, to), span: { start: start + from, end: start + to } });
    });
  }
  // Without a type word or `số`, only a symbol that names a type (or a normative year) is a reference.
  const explicit = typeWord !== null || groups['so'] !== undefined;
  const end = match.index! + raw.length;
  return numbers
    .filter(({ number }) => explicit || typeOfNumber(number) !== 'Văn bản' || (number.year !== null && issuerByCode(number.issuerCode ?? '') !== undefined))
    .map(({ number, text, span }, i, all) => {
      const type = typeOf(typeWord, number);
      const isLast = i === all.length - 1;
      const after = isLast ? readAfter(context.text, end) : { date: null, dateParts: null, issuer: null, subject: null, end: span.end };
      const before = i === 0 && issuerBetween === null ? issuerPhraseBefore(context.text, start) : null;
      const occurrence: ReferenceOccurrence = { text, span, sentence: sentenceAround(context.text, span), relation: relationBefore(context.text, span.start), ...(part && i === 0 ? { part } : {}) };
      return {
        number,
        type,
        occurrence,
        date: after.date ?? before?.date ?? null,
        dateParts: after.dateParts ?? before?.dateParts ?? null,
        explicitIssuer: after.issuer ?? issuerBetween ?? before?.issuer ?? null,
        subject: after.subject,
        end: after.end,
      };
    });
}

/** A symbol up to a dot that joins no code: `QĐ-UBND.Sau` → `QĐ-UBND`, `QĐ.TTg` kept. */
function withoutStrayDot(symbol: string): string {
  const parts = symbol.split('.');
  let kept = parts[0]!;
  for (const part of parts.slice(1)) {
    const code = part.split(/\s*-\s*/u)[0]!;
    if (!issuerByCode(code) && !documentTypeByCode(code)) break;
    kept += `.${part}`;
  }
  return kept;
}

/**
 * Whether a number that ends the text is whole: an excerpt cut inside a symbol leaves a code no issuer
 * has (`130/2018/NĐ-C`) or a type without its issuer (`130/2018/NĐ`). A drafting unit cannot be checked.
 */
function completeSymbol(groups: Record<string, string | undefined>): boolean {
  const number = parseDocumentNumber(groups['party'] ?? `0/${groups['year'] ? `${groups['year']}/` : ''}${groups['symbol']}`);
  if (!number) return false;
  // A Party body's code is two letters or more: `TW`, `TU`, `HU`, `BTCTW` (not the `T` of a cut `TW`).
  if (isPartyNumber(number)) return /^\p{Lu}[\p{L}]{1,7}$/u.test(number.issuerCode ?? '') && partyDocumentTypeByCode(number.typeCode ?? '') !== undefined;
  if (number.typeCode !== null && documentTypeByCode(number.typeCode) === undefined) return false;
  return number.issuerCode !== null && issuerByCode(number.issuerCode) !== undefined;
}

/** `Thông báo số 104 của UBND tỉnh`: a serial without a symbol, typed by its word. */
function bareMentionOf(match: RegExpMatchArray, context: LegalReferenceContext): Mention {
  const serial = match.groups!['serial']!;
  const start = match.index!;
  const span = { start, end: start + match[0].length };
  const after = readAfter(context.text, span.end);
  const before = issuerPhraseBefore(context.text, start);
  return {
    number: { canonical: serial, serial, year: null, typeCode: null, issuerCode: null, unit: null },
    type: canonicalType(match.groups!['type']!),
    occurrence: { text: match[0], span, sentence: sentenceAround(context.text, span), relation: relationBefore(context.text, start) },
    date: after.date ?? before?.date ?? null,
    dateParts: after.dateParts ?? before?.dateParts ?? null,
    explicitIssuer: after.issuer ?? before?.issuer ?? null,
    subject: after.subject,
    end: after.end,
    bare: true,
  };
}

/**
 * Documents cited by title without a number: what a news item reports as just issued
 * (`UBND huyện Duy Xuyên vừa ban hành chỉ thị tăng cường kỷ cương …`), and Party resolutions named by their
 * plenum (`Nghị quyết Trung ương 5 Khóa X`).
 */
function titledMentions(context: LegalReferenceContext): Mention[] {
  const { text } = context;
  const mention = (start: number, end: number, type: string, issuer: string | null): Mention => {
    const span = { start, end };
    return {
      number: null,
      type,
      occurrence: { text: text.slice(start, end), span, sentence: sentenceAround(text, span), relation: relationBefore(text, start) },
      date: null,
      dateParts: null,
      explicitIssuer: issuer,
      subject: null,
      end,
      title: text.slice(start, end).replace(/\s+/gu, ' '),
    };
  };
  const mentions: Mention[] = [];
  for (const match of text.matchAll(TITLED_ISSUED)) {
    const start = match.indices?.groups?.['type']?.[0] ?? match.index + match[0].length - match.groups!['type']!.length;
    const rest = text.slice(start, start + 400);
    const stop = TITLE_END.exec(rest)!;
    const title = rest.slice(0, stop.index).trimEnd();
    // A type word and at least two words of title.
    if (title.split(/\s+/u).length - match.groups!['type']!.split(/\s+/u).length < 2) continue;
    mentions.push(mention(start, start + title.length, canonicalType(match.groups!['type']!), match.groups!['issuer']!));
  }
  for (const match of text.matchAll(PLENUM_RESOLUTION)) mentions.push(mention(match.index, match.index + match[0].length, 'Nghị quyết', null));
  return mentions;
}

/** Laws cited by name: `Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`, `Luật Viên chức năm 2010`. */
function lawMentions(context: LegalReferenceContext, excluded: (start: number, end?: number) => boolean): Mention[] {
  const { text } = context;
  const mentions: Mention[] = [];
  // An amending law holds the names it amends: they are not laws cited apart.
  let consumed = 0;
  for (const match of text.matchAll(LAW_START)) {
    if (match.index < consumed) continue;
    const law = readLaw(text, match.index);
    if (!law || excluded(match.index, law.end)) continue;
    consumed = law.nameEnd;
    const span = { start: match.index, end: law.end };
    mentions.push({
      number: null,
      type: 'Luật',
      occurrence: { text: text.slice(span.start, span.end), span, sentence: sentenceAround(text, span), relation: relationBefore(text, span.start) },
      date: law.dateParts ? toIsoDate(law.dateParts) : null,
      dateParts: law.dateParts,
      explicitIssuer: null,
      subject: null,
      end: law.end,
      law: { name: law.name, year: law.year },
    });
  }
  return mentions;
}

/** The law whose `Luật` stands at `start`: its name, date or year, and where it ends; null when none. */
function readLaw(text: string, start: number): { name: string; nameEnd: number; end: number; dateParts: DateParts | null; year: number | null } | null {
  const window = text.slice(start, start + 400);
  const amending = LAW_AMENDING.exec(window);
  let nameEnd: number;
  if (amending) {
    // `Luật sửa đổi, bổ sung một số điều của Luật A và Luật B`: the names of A and B, then the date.
    let cursor = start + amending[0].length;
    nameEnd = cursor;
    for (;;) {
      const head = /^Luật\s+/u.exec(text.slice(cursor, cursor + 20));
      if (!head) break;
      LAW_NAME.lastIndex = cursor + head[0].length;
      if (!LAW_NAME.exec(text)) break;
      nameEnd = LAW_NAME.lastIndex;
      const joint = /^\s*(?:,|và)\s*(?=Luật\s)/u.exec(text.slice(nameEnd, nameEnd + 20));
      if (!joint) break;
      cursor = nameEnd + joint[0].length;
    }
    if (nameEnd === start + amending[0].length) return null;
  } else {
    const head = /^Luật\s+/u.exec(window)!;
    LAW_NAME.lastIndex = start + head[0].length;
    if (!LAW_NAME.exec(text)) return null;
    nameEnd = LAW_NAME.lastIndex;
  }
  const rest = text.slice(nameEnd, nameEnd + 80);
  // `Luật giao dịch điện tử số 51/2005/QH11`: read by its number.
  if (LAW_NUMBERED.test(rest)) return null;
  const written = text.slice(start, nameEnd).replace(/^Luật\s+/u, '').replace(/\s+/gu, ' ').trim();
  const name = written.split(' ').map(splitGluedSyllables).join(' ');
  for (const pattern of [LAW_DATE_SPELLED, LAW_DATE_NUMERIC]) {
    const date = pattern.exec(rest);
    const parts = datePartsFrom(date?.groups);
    if (date && parts) return { name, nameEnd, end: nameEnd + date[0].length, dateParts: parts, year: parts.year };
  }
  for (const pattern of [LAW_DATE_PARTIAL, LAW_YEAR]) {
    const year = pattern.exec(rest);
    if (year) return { name, nameEnd, end: nameEnd + year[0].length, dateParts: null, year: Number(year.groups!['year']) };
  }
  // Without a date, only a name that reads as one: a capital, and more than one word (`Luật Nhà giáo`).
  if (/^\p{Lu}/u.test(name) && name.includes(' ')) return { name, nameEnd, end: nameEnd, dateParts: null, year: null };
  return null;
}

// A syllable is one vowel nucleus: `nhândân` holds two, glued when a copy lost the space.
const SYLLABLE_FINALS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't'];
const SYLLABLE_INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/**
 * Two lower-case syllables glued together split back: `nhândân` → `nhân dân`. A Vietnamese syllable never
 * has a consonant between two vowels, so a word that does is two syllables, cut where a final consonant
 * meets an initial one.
 */
export function splitGluedSyllables(word: string): string {
  if (!/^\p{Ll}+$/u.test(word)) return word;
  const base = [...word].map((char) => char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  const vowel = (i: number) => /[aeiouy]/u.test(base[i] ?? '');
  let first = base.findIndex((_, i) => vowel(i));
  if (first < 0) return word;
  while (vowel(first + 1)) first++;
  let next = first + 1;
  while (next < base.length && !vowel(next)) next++;
  if (next >= base.length) return word;
  const consonants = base.slice(first + 1, next).join('');
  for (let cut = 0; cut <= consonants.length; cut++) {
    const final = consonants.slice(0, cut);
    const initial = consonants.slice(cut);
    if ((final === '' || SYLLABLE_FINALS.includes(final)) && SYLLABLE_INITIALS.includes(initial)) {
      const chars = [...word];
      return `${chars.slice(0, first + 1 + cut).join('')} ${splitGluedSyllables(chars.slice(first + 1 + cut).join(''))}`;
    }
  }
  return word;
}

/**
 * The issuer phrase that ends just before a reference, and the
 * date that opens its clause: `Ngày 29/12/2017, UBND tỉnh đã ban hành Quyết định số 3655/QĐ-UBND`.
 */
function issuerPhraseBefore(text: string, at: number): { issuer: string; date: string | null; dateParts: DateParts | null } | null {
  const from = Math.max(0, at - 120);
  const window = text.slice(from, at);
  // The earliest head that starts a phrase running to the reference gives the whole phrase:
  // `Thường trực Tỉnh ủy tại`, not `Tỉnh ủy tại`; `Sở đã tham mưu UBND tỉnh có` still gives `UBND tỉnh`.
  for (const { index: head } of window.matchAll(ISSUER_HEAD_AT)) {
    const issuer = ISSUER_BEFORE.exec(window.slice(head))?.groups?.['issuer'];
    if (!issuer) continue;
    const opening = window.slice(0, head);
    const parts = datePartsFrom((DATE_BEFORE_SPELLED.exec(opening) ?? DATE_BEFORE_NUMERIC.exec(opening))?.groups);
    return { issuer, date: parts ? toIsoDate(parts) : null, dateParts: parts };
  }
  return null;
}

const SUBJECT_REACH = 600;

/** Date, issuer phrase and subject after a reference, in the orders texts use. */
function readAfter(text: string, from: number): { date: string | null; dateParts: DateParts | null; issuer: string | null; subject: string | null; end: number } {
  let at = from;
  let date: string | null = null;
  let dateParts: DateParts | null = null;
  let issuer: string | null = null;
  const readDate = (at: number): number => {
    const rest = text.slice(at, at + 80);
    const match = DATE_AFTER_SPELLED.exec(rest) ?? DATE_AFTER_NUMERIC.exec(rest);
    const parts = datePartsFrom(match?.groups);
    if (!match || !parts) return at;
    dateParts = parts;
    date = toIsoDate(parts);
    return at + match[0].length;
  };
  const readIssuer = () => {
    const match = ISSUER_AFTER.exec(text.slice(at, at + 200));
    if (!match) return;
    issuer = match.groups!['issuer']!;
    at += match[0].length;
  };
  // `số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ` · `số 574/QĐ-TTg của Thủ tướng Chính phủ ngày 25/4/2017`
  at = readDate(at);
  readIssuer();
  if (dateParts === null) at = readDate(at);
  const end = at;
  // `Tại Nghị quyết số 09/2025/NQ-HĐND ngày 10/7/2025, HĐND tỉnh đã thông qua …`
  if (issuer === null) issuer = ISSUER_CLAUSE_AFTER.exec(text.slice(at, at + 120))?.groups?.['issuer'] ?? null;
  let subject: string | null = null;
  const about = SUBJECT_AFTER.exec(text.slice(at, at + 40));
  if (about) {
    // A subject is a clause: a few hundred characters at most.
    const rest = text.slice(at + about[0].length, at + about[0].length + SUBJECT_REACH);
    const stop = SUBJECT_END.exec(rest);
    subject = rest.slice(0, stop ? stop.index : rest.length).trim() || null;
    // `… về việc tiếp nhận hồ sơ … (ngày 23-4-2019)`: a date in brackets after the subject.
    if (dateParts === null && stop) readDate(at + about[0].length + stop.index);
  }
  return { date, dateParts, issuer, subject, end };
}

// A phrase after the last of a list serves the whole list:
// `Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP của Chính phủ`. Only between numbers
// whose symbols name the same issuer: in `Nghị quyết số 12-NQ/TU … và Quyết định số 3504/QĐ-UBND … của
// UBND tỉnh` the Party resolution is not the committee's; and never to a law cited by name.
function shareIssuerPhrases(mentions: Mention[], text: string): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const current = mentions[i]!;
    const next = mentions[i + 1]!;
    if (!current.number || !next.number || current.number.issuerCode !== next.number.issuerCode) continue;
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
  const warnings: { code: DiagnosticCode; message: string }[] = [];
  const label = first.law ? `Luật ${first.law.name}` : first.title ?? `${first.type} ${number!.canonical}`;
  if (parts && !date) warnings.push({ code: 'date-impossible', message: `${label} is dated ${parts.day}/${parts.month}/${parts.year}, a day that does not exist` });
  if (number?.year && parts && parts.year !== number.year) {
    warnings.push({ code: 'number-year-date-mismatch', message: `${label} is dated ${parts.day}/${parts.month}/${parts.year} in the text, but its number says ${number.year}` });
  }
  if (date && context.issued && date > context.issued) warnings.push({ code: 'date-after-citing-document', message: `${label} is dated ${date}, after the citing document (${context.issued})` });
  for (const warning of warnings) {
    diagnostics.push({ code: warning.code, severity: 'warning', line: lineAt(context.text, first.occurrence.span.start), message: `${warning.message}. The text is kept as written.`, hint: 'Check the source against the cited document.' });
  }
  const identity = identify(first, number, year, issuer.scope, issuer.jurisdiction);
  const canonical = first.law ? `Luật ${first.law.name}` : first.title ?? `${first.type} số ${number!.canonical}`;
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

/** `57-NQ/TW`, `2927 -TB/TU`: a Party number puts a dash before its type. */
function isPartyNumber(number: DocumentNumber): boolean {
  return /^\d{1,5}[a-zA-Z]?-/u.test(number.canonical);
}

/** The issuer: a phrase of the text naming it in full, else the body the symbol codes. */
function resolveIssuer(
  group: Mention[],
  number: DocumentNumber | null,
  context: LegalReferenceContext,
): { name: string | null; scope: 'central' | 'local' | null; jurisdiction?: Jurisdiction | undefined } {
  const coded = number ? codedIssuer(number, context.jurisdiction) : { name: null, scope: null };
  for (const mention of group) {
    const phrase = mention.explicitIssuer;
    if (!phrase) continue;
    const named = canonicalIssuer(phrase, context.jurisdiction);
    if (named) return { name: named.name, scope: named.local ? 'local' : coded.scope ?? 'central', jurisdiction: named.jurisdiction ?? context.jurisdiction };
  }
  return coded;
}

/**
 * The body a symbol codes: `NĐ-CP` → Chính phủ, `KH-UBND` → the UBND of the citing document's jurisdiction,
 * `TTLT-VPCP-BNV` → Văn phòng Chính phủ - Bộ Nội vụ (a joint circular names all its issuers). A Party symbol
 * (`TW`, `TU`) says the level, not the body (Bộ Chính trị, Ban Bí thư, Ban Chấp hành …): only the text can name it.
 */
function codedIssuer(number: DocumentNumber, jurisdiction: Jurisdiction | undefined): { name: string | null; scope: 'central' | 'local' | null; jurisdiction?: Jurisdiction | undefined } {
  if (isPartyNumber(number)) return { name: null, scope: number.issuerCode === 'TW' ? 'central' : 'local', jurisdiction };
  const codes = number.typeCode && /LT$/u.test(number.typeCode) ? [number.issuerCode ?? '', ...(number.unit?.split('-') ?? [])] : [number.issuerCode ?? ''];
  const bodies = codes.map((code) => issuerByCode(code));
  if (bodies.length === 0 || bodies.some((body) => body === undefined)) return { name: null, scope: null };
  const local = bodies.some((body) => body!.scope === 'local');
  if (local && !jurisdiction) return { name: null, scope: 'local' };
  const names = bodies.map((body) => (body!.scope === 'local' ? `${body!.name} ${jurisdiction!.level} ${jurisdiction!.name}` : body!.name));
  return { name: names.join(' - '), scope: local ? 'local' : 'central', ...(local ? { jurisdiction } : {}) };
}

type NamedIssuer = { name: string; local: boolean; jurisdiction?: Jurisdiction };

const NATIONAL_CANONICAL: Record<string, string> = { 'thủ tướng': 'Thủ tướng Chính phủ', 'phó thủ tướng': 'Thủ tướng Chính phủ' };
const LEVELS_OF_PROVINCES = new Set(['tỉnh', 'thành phố']);

/**
 * An issuer phrase in the archive's form: `UBND` and `HĐND` spelled out, `Chính Phủ` → Chính phủ, a local
 * body without a name resolved to the citing document's jurisdiction when the level agrees (`UBND tỉnh` in a
 * provincial text), left as `Ủy ban nhân dân tỉnh` when the text never says which; a department (`Sở Tư pháp`)
 * takes the jurisdiction too. Null when the phrase names no one (`Sở` alone): the symbol decides.
 */
export function canonicalIssuer(phrase: string, jurisdiction: Jurisdiction | undefined): NamedIssuer | null {
  const text = phrase.replace(/\s+/gu, ' ').trim();
  // Joint issuers: `Văn phòng Chính phủ - Bộ Nội vụ`, each read apart (a dash inside a name stays).
  const joint = text.split(/ [-–] (?=(?:Bộ|Văn phòng|Sở|Ủy ban|UBND|HĐND|Chính phủ|Thủ tướng|Thanh tra|Tổng cục|Cục|Ban)\s)/u);
  if (joint.length > 1) {
    const parts = joint.map((part) => canonicalIssuer(part, jurisdiction));
    if (parts.every((part) => part !== null)) return { name: parts.map((part) => part!.name).join(' - '), local: parts.some((part) => part!.local) };
  }
  if (ISSUER_PARTS.national.test(text)) {
    const folded = foldOldTones(text.toLocaleLowerCase('vi'));
    return { name: NATIONAL_CANONICAL[folded] ?? capitaliseAsNamed(folded), local: false };
  }
  const local = ISSUER_PARTS.local.exec(text)?.groups;
  if (local) {
    const standing = local['standing'] ? `${/^ban/iu.test(local['standing']) ? 'Ban Thường vụ' : 'Thường trực'} ` : '';
    if (local['people']) {
      const body = /^(?:UBND|[ỦUủu])/u.test(local['people']) ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân';
      return localBody(`${standing}${body}`, local['level'], local['place'], jurisdiction);
    }
    const committee = capitaliseAsNamed(foldOldTones(local['party']!.toLocaleLowerCase('vi')));
    const level = /^tỉnh/u.test(committee.toLocaleLowerCase('vi')) ? 'tỉnh' : /^thành/u.test(committee.toLocaleLowerCase('vi')) ? 'thành phố' : undefined;
    const place = local['partyPlace'];
    if (place) {
      const named = level ? findJurisdictionIn(`${level} ${place}`) : undefined;
      return named ? { name: `${standing}${committee} ${named.jurisdiction.name}`, local: true, jurisdiction: named.jurisdiction } : { name: `${standing}${committee} ${place}`, local: true };
    }
    if (jurisdiction && level === jurisdiction.level) return { name: `${standing}${committee} ${jurisdiction.name}`, local: true, jurisdiction };
    return { name: `${standing}${committee}`, local: true };
  }
  const field = ISSUER_PARTS.field.exec(text)?.groups;
  if (field) {
    const head = field['head']!.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase('vi')).replace(/^Uỷ/u, 'Ủy');
    const name = field['name']!;
    // `Văn phòng UBND tỉnh`: the office of a local body takes that body's name.
    const office = canonicalIssuer([name, field['level'], field['place']].filter(Boolean).join(' '), jurisdiction);
    if (office && ISSUER_PARTS.local.test([name, field['level'], field['place']].filter(Boolean).join(' '))) {
      return { name: `${head} ${office.name}`, local: office.local, ...(office.jurisdiction ? { jurisdiction: office.jurisdiction } : {}) };
    }
    if (head === 'Bộ') return { name: `${head} ${name}`, local: false };
    // A department (Sở) belongs to a province or centrally-run city; other heads only when a level says so.
    if (head === 'Sở' || field['level']) return localBody(`${head} ${name}`, field['level'], field['place'], jurisdiction);
    return { name: `${head} ${name}`, local: false };
  }
  return null;
}

/** `Ủy ban nhân dân` + level + place, or the citing document's jurisdiction when the level agrees. */
function localBody(body: string, levelWritten: string | undefined, place: string | undefined, jurisdiction: Jurisdiction | undefined): NamedIssuer {
  const level = levelWritten ? (/^TP/u.test(levelWritten) ? 'thành phố' : levelWritten.toLocaleLowerCase('vi')) : undefined;
  if (place) {
    const named = findJurisdictionIn(`${level ?? 'tỉnh'} ${place}`) ?? (level ? undefined : findJurisdictionIn(`thành phố ${place}`));
    if (named && (level === undefined || LEVELS_OF_PROVINCES.has(level))) return { name: `${body} ${named.jurisdiction.level} ${named.jurisdiction.name}`, local: true, jurisdiction: named.jurisdiction };
    // A district or commune keeps its name as written: `UBND huyện Thăng Bình`.
    if (level && !LEVELS_OF_PROVINCES.has(level)) return { name: `${body} ${level} ${place}`, local: true };
  }
  if (jurisdiction && (level === undefined || level === jurisdiction.level)) return { name: `${body} ${jurisdiction.level} ${jurisdiction.name}`, local: true, jurisdiction };
  return { name: level ? `${body} ${level}` : body, local: true };
}

// `chính phủ` → `Chính phủ`, `bộ chính trị` → `Bộ Chính trị`: the archive's capitals for national bodies.
const NAMED_CAPITALS = new Map([...NATIONAL_NAMES, ...PARTY_COMMITTEE_NAMES].map((name) => [foldOldTones(name.toLocaleLowerCase('vi')), name]));
function capitaliseAsNamed(folded: string): string {
  return NAMED_CAPITALS.get(folded) ?? folded.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase('vi'));
}

// `Luật Tổ chức HĐND và UBND` is `Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân`: one law, one page.
// Only in the id; the citation keeps the text's words.
const LAW_NAME_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/(?<![\p{L}])HĐND(?![\p{L}])/gu, 'Hội đồng nhân dân'],
  [/(?<![\p{L}])UBND(?![\p{L}])/gu, 'Ủy ban nhân dân'],
];
function expandLawAbbreviations(name: string): string {
  return LAW_NAME_ABBREVIATIONS.reduce((expanded, [pattern, long]) => expanded.replace(pattern, long), name);
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
  if (first.law) return year ? { id: `luat-${slugify(expandLawAbbreviations(first.law.name))}-${year}` } : { id: null, reason: 'luật được nêu tên nhưng không có năm' };
  if (first.bare) return { id: null, reason: 'văn bản chỉ được nêu số thứ tự, không có ký hiệu' };
  if (first.title) return { id: null, reason: 'văn bản chỉ được nêu tên, không có số ký hiệu' };
  if (number!.year !== null) return { id: slugify(number!.canonical) };
  if (year === null) return { id: null, reason: 'số ký hiệu không có năm và văn bản không nêu ngày, mà số văn bản đánh lại từ đầu mỗi năm' };
  if (scope === 'local') {
    if (!jurisdiction) return { id: null, reason: 'văn bản của cơ quan địa phương nhưng chưa rõ địa bàn' };
    return { id: `${year}-${slugify(number!.canonical)}-${slugify(jurisdiction.name)}` };
  }
  if (scope === null) return { id: null, reason: `không xác định được cơ quan ban hành (${number!.issuerCode ?? 'không có mã'})` };
  return { id: `${year}-${slugify(number!.canonical)}` };
}

/** The type a symbol says: `NĐ` Nghị định, a Party `KL` Kết luận, `QH13` Luật; `Văn bản` when it says none. */
function typeOfNumber(number: DocumentNumber): string {
  if (number.typeCode) return (isPartyNumber(number) ? partyDocumentTypeByCode(number.typeCode) : documentTypeByCode(number.typeCode))?.name ?? 'Văn bản';
  // `80/2015/QH13`: the National Assembly's numbered acts are laws.
  if (number.year !== null && /^QH\d+$/u.test(number.issuerCode ?? '')) return 'Luật';
  return 'Văn bản';
}

/**
 * The type word wins, except the generic `Văn bản` before a symbol that names a type (`văn bản số 12/KH-UBND`
 * is a plan). A letter stays as the text calls it: `văn bản số 1494-CV/TU` is a Văn bản, `Công văn số …` a Công văn.
 */
function typeOf(typeWord: string | null, number: DocumentNumber): string {
  if (typeWord === null) return typeOfNumber(number);
  const coded = typeOfNumber(number);
  if (typeWord === 'Văn bản' && coded !== 'Văn bản' && coded !== 'Công văn') return coded;
  return typeWord;
}

function canonicalType(word: string): string {
  const folded = foldOldTones(word.replace(/\s+/gu, ' ').toLocaleLowerCase('vi'));
  return TYPE_WORD_FORMS.find(({ form }) => foldOldTones(form.toLocaleLowerCase('vi')) === folded)?.type ?? word;
}

const SENTENCE_REACH = 2000;

/** The sentence around a span: from the previous sentence end or line start to the next. */
export function sentenceAround(text: string, span: Span): { text: string; span: Span } {
  // A sentence reaches at most this far on either side: a text flattened to one unpunctuated line
  // would otherwise make every mention scan all of it.
  const floor = Math.max(0, span.start - SENTENCE_REACH);
  const ceiling = Math.min(text.length, span.end + SENTENCE_REACH);
  const stop = (char: string | undefined) => char === '.' || char === '!' || char === '?';
  let start = span.start;
  while (start > floor && text[start - 1] !== '\n' && !(stop(text[start - 2]) && /\s/u.test(text[start - 1]!))) start--;
  let end = span.end;
  while (end < ceiling && text[end] !== '\n' && !(stop(text[end]) && (end + 1 >= text.length || /\s/u.test(text[end + 1]!)))) end++;
  if (end < text.length && text[end] !== '\n') end++;
  const raw = text.slice(start, end);
  // A list item's bullet is not part of its sentence.
  const lead = raw.length - raw.replace(BULLET_LEAD, '').length;
  const trimmed = raw.slice(lead).trimEnd();
  return { text: trimmed, span: { start: start + lead, end: start + lead + trimmed.length } };
}

// `  - Căn cứ …`: spaces and a bullet before a list item's sentence.
const BULLET_LEAD = new RegExp(String.raw`^\s*(?:${BULLET}\s+)?`, 'u');

/** The closest relation word before a mention, in the same clause. */
function relationBefore(text: string, at: number): ReferenceOccurrence['relation'] {
  const sentence = sentenceAround(text, { start: at, end: at });
  const clauseStart = sentence.span.start + text.slice(sentence.span.start, at).lastIndexOf(';') + 1;
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
