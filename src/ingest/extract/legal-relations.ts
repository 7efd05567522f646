import { ANOTHER_VERB, ARTICLE_START, EFFECTIVE, ITSELF, NEXT_OBJECT, NOT_YET, PASSIVE, PASSIVE_AUXILIARY, passiveKind, RELATION_VERBS, SOME_PART, type RelationKind } from '../patterns/legal-relations.ts';
import { citedAttachment } from './attachments.ts';
import type { Span } from '../../schemas/index.ts';
import { LIST_MARKER } from '../patterns/document-parts.ts';
import { datePartsFrom, toIsoDate } from './parse-date.ts';

/** What the relation finder needs of a reference: its canonical form and where it stands (extractLegalReferences). */
export interface RelationReference {
  canonical: string;
  occurrences: readonly { span: Span }[];
}

export interface LegalRelationContext {
  /** The normalised text. */
  text: string;
  references: readonly RelationReference[];
  /**
   * Whether `Quyết định này` can mean the citing text: true for an official
   * document; in news, `Nghị quyết này` is the resolution the article reports.
   */
  selfIsDocument: boolean;
}

/** A relation the text states between two documents, with where it says so. */
export interface ExtractedRelation {
  kind: RelationKind;
  /** The document that amends, replaces, repeals or implements: a cited one (its canonical form), or null for the citing text itself. */
  agent: string | null;
  /** The document acted on (canonical form). */
  object: string;
  /** The verb as written and its span: `sửa đổi, bổ sung`. */
  verb: { text: string; span: Span };
  /** Only some articles (`một số điều`, `Điều 5 của`). */
  partial: boolean;
  /** The sentence that states it, across the line breaks of a copied text. */
  passage: { text: string; span: Span };
  /** `có hiệu lực từ ngày …` in the same sentence, for the citing text's own relations. */
  effective: string | null;
  /** The object's attachment the change goes through: `… của Quy chế hoạt động … ban hành kèm theo Quyết định số 84/QĐ-SNgV`. */
  attachment: { text: string; span: Span } | null;
}

// How far after a document its own verb can stand: its date and issuer (`ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi`).
const OWN_WORDS = 120;
// How far before a verb a word can make it a wish: `kiến nghị bổ sung, ` is 19 characters.
const NEAR = 40;

interface Occurrence {
  canonical: string;
  span: Span;
  sentence: Span;
}

/**
 * The relations a text states between documents it cites, or between itself
 * and one: `Nghị định số 107/2020/NĐ-CP … sửa đổi, bổ sung một số điều của
 * Nghị định số 24/2014/NĐ-CP` (the cited 107/2020 amends 24/2014), `Điều 1.
 * Sửa đổi, bổ sung … Nghị định số 63/2010/NĐ-CP` (the text amends 63/2010).
 * A verb is read only right before a reference, after its agent's own words
 * (date, issuer, `về việc`): a citation (`theo quy định tại khoản 2 Điều 3
 * Nghị định số …`), a verb with no document after it (`sửa đổi, bổ sung thủ
 * tục hành chính`) and a wish (`đề nghị sửa đổi`) are not relations. One verb
 * may act on several documents in a row (`… của Luật A và Luật B`). A verb
 * whose agent the text does not name is left out, not guessed.
 */
export function extractLegalRelations(context: LegalRelationContext): ExtractedRelation[] {
  const { text } = context;
  if (context.references.length === 0) return [];
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => ({ at: match.index, length: match[0].startsWith('\n') ? 0 : match[0].length, after: match.index + match[0].length }));
  const occurrences: Occurrence[] = context.references
    .flatMap((reference) => reference.occurrences.map((occurrence) => ({ canonical: reference.canonical, span: occurrence.span, sentence: sentenceAround(text, ends, occurrence.span) })))
    .sort((a, b) => a.span.start - b.span.start);
  const relations: ExtractedRelation[] = [];
  // The relation the previous reference was the object of, for a list of objects after one verb.
  let previous: { relation: ExtractedRelation; occurrence: Occurrence } | undefined;
  occurrences.forEach((object, i) => {
    const before = occurrences[i - 1];
    const agentOccurrence = before && before.sentence.start === object.sentence.start && before.span.end <= object.span.start ? before : undefined;
    const gapStart = agentOccurrence ? agentOccurrence.span.end : object.sentence.start;
    const gap = text.slice(gapStart, object.span.start);
    const found = readVerb(text, gap, gapStart, object, agentOccurrence, context.selfIsDocument) ?? readPassive(text, gap, gapStart, object, agentOccurrence);
    if (found) {
      relations.push(found);
      previous = { relation: found, occurrence: object };
      return;
    }
    // `… của Luật A và Luật B`: the next document after an object, with only its own words between, is one too,
    // unless a verb of its own follows it (`…; Nghị định số 154/2020/NĐ-CP … sửa đổi …`: the start of another statement).
    const after = text.slice(object.span.end, Math.min(object.span.end + OWN_WORDS, occurrences[i + 1]?.span.start ?? object.sentence.end)).split(/;|\n\s*Điều\s+\d/u)[0]!;
    if (previous && previous.occurrence === before && agentOccurrence && NEXT_OBJECT.test(gap) && !ANOTHER_VERB.test(gap) && !ANOTHER_VERB.test(after) && object.canonical !== previous.relation.agent) {
      const next = { ...previous.relation, object: object.canonical, passage: passageOf(text, object.sentence) };
      relations.push(next);
      previous = { relation: next, occurrence: object };
      return;
    }
    previous = undefined;
  });
  return dedupe(relations);
}

function readVerb(text: string, whole: string, gapStart: number, object: Occurrence, agentOccurrence: Occurrence | undefined, selfIsDocument: boolean): ExtractedRelation | undefined {
  // `sửa đổi, bổ sung một số điều của Quy chế … ban hành kèm theo Quyết định số 84/QĐ-SNgV`: the verb stands before the attachment.
  const attachment = citedAttachment(text, gapStart, gapStart + whole.length);
  const gap = attachment ? whole.slice(0, attachment.span.start - gapStart) : whole;
  for (const { kind, pattern } of RELATION_VERBS) {
    const match = pattern.exec(gap);
    if (!match?.groups?.['verb']) continue;
    const verbStart = gapStart + match.index;
    const verb = verbAt(verbStart, match.groups['verb']);
    const leadIn = text.slice(object.sentence.start, verbStart);
    // `… được sửa đổi, bổ sung tại Nghị định …`: the passive, where the document after the verb is the one acting (readPassive).
    if (PASSIVE_AUXILIARY.test(leadIn)) return undefined;
    if (isWish(text, object.sentence.start, verbStart)) return undefined;
    // Changing an attachment changes part of the document it comes with.
    const partial = attachment !== null || SOME_PART.test(match[0]);
    const passage = passageOf(text, object.sentence);
    // The agent: the reference just before, with only its own words (date, issuer, `về việc`) up to the verb.
    const agentWords = agentOccurrence ? text.slice(agentOccurrence.span.end, verbStart) : '';
    if (agentOccurrence && agentOccurrence.canonical !== object.canonical && !/[;]/u.test(agentWords) && agentWords.length <= 200 && !ANOTHER_VERB.test(agentWords) && !ARTICLE_START.test(agentWords)) {
      return { kind, agent: agentOccurrence.canonical, object: object.canonical, verb, partial, passage, effective: null, attachment };
    }
    // The citing text itself: `Quyết định này … thay thế`, `Điều 1. Sửa đổi, bổ sung …`; implementing is said of itself
    // only with `này` (a text opening `Triển khai thực hiện …` is already the reference's own `implementation`).
    if (selfIsDocument && ITSELF.test(leadIn) && (kind !== 'implements' || /này/iu.test(leadIn))) {
      return { kind, agent: null, object: object.canonical, verb, partial, passage, effective: effectiveIn(passage.text), attachment };
    }
    return undefined;
  }
  return undefined;
}

// `A … bị bãi bỏ, thay thế bởi B`: B acts on A. A's own words may be long (its subject), but stay in one statement.
function readPassive(text: string, gap: string, gapStart: number, acting: Occurrence, actedOn: Occurrence | undefined): ExtractedRelation | undefined {
  const match = actedOn && actedOn.canonical !== acting.canonical ? PASSIVE.exec(gap) : null;
  if (!match?.groups?.['verb']) return undefined;
  const verbStart = gapStart + match.index + match[0].indexOf(match.groups['verb']);
  const ownWords = text.slice(actedOn!.span.end, gapStart + match.index);
  if (ownWords.includes(';') || ownWords.length > 300 || ARTICLE_START.test(ownWords)) return undefined;
  if (isWish(text, acting.sentence.start, verbStart)) return undefined;
  const verb = verbAt(verbStart, match.groups['verb']);
  return { kind: passiveKind(verb.text), agent: acting.canonical, object: actedOn!.canonical, verb, partial: SOME_PART.test(match[0]), passage: passageOf(text, acting.sentence), effective: null, attachment: null };
}

// `kiến nghị bổ sung, sửa đổi`, `dự thảo Nghị định sửa đổi`, `đề nghị được sửa đổi`: not done yet. Read just before
// the verb, in its line: `Theo đề nghị của Bộ trưởng,⏎Chính phủ ban hành Nghị định sửa đổi` is an act.
function isWish(text: string, sentenceStart: number, verbStart: number): boolean {
  return NOT_YET.test(text.slice(Math.max(sentenceStart, verbStart - NEAR), verbStart).split(/[;\n]/u).at(-1)!);
}

function verbAt(start: number, written: string): ExtractedRelation['verb'] {
  return { text: written, span: { start, end: start + written.length } };
}

// A sentence ends at `.`, `!` or `?` before a space, or at a blank line; not at a line break, which copied
// texts put inside sentences (`Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của⏎Chính phủ sửa đổi …`).
const SENTENCE_END = /[.!?](?=\s|$)|\n\s*\n/gu;

// `ends`: every sentence end of the text, in order (`at` where it is, `length` what the sentence keeps of it, `after` where the next may start).
function sentenceAround(text: string, ends: readonly { at: number; length: number; after: number }[], span: Span): Span {
  // The first end at or after the reference, by bisection: a long text has thousands.
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]!.at < span.end) low = middle + 1;
    else high = middle;
  }
  const next = ends[low];
  let previous = low - 1;
  while (previous >= 0 && ends[previous]!.after > span.start) previous -= 1;
  let start = previous >= 0 ? ends[previous]!.after : 0;
  const end = next ? next.at + next.length : text.length;
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  return { start, end };
}

// A list item's marker (`- Nghị định số 107/2021/NĐ-CP …`) is not part of what the text says: the passage starts at its words.
function passageOf(text: string, sentence: Span): ExtractedRelation['passage'] {
  const marker = LIST_MARKER.exec(text.slice(sentence.start, sentence.end));
  const start = sentence.start + (marker?.[0].length ?? 0);
  return { text: text.slice(start, sentence.end), span: { start, end: sentence.end } };
}

function effectiveIn(sentence: string): string | null {
  const parts = datePartsFrom(EFFECTIVE.exec(sentence)?.groups);
  return parts ? toIsoDate(parts) : null;
}

// The same relation said twice (in a subject and again in a later subject) is one, at its first passage.
function dedupe(relations: readonly ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Set<string>();
  return relations.filter((relation) => {
    const key = `${relation.kind}\u0000${relation.agent ?? ''}\u0000${relation.object}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
