import type { Metric, Span } from '../../schemas/index.ts';
import { CHANGE, COMPLETED_BEFORE, COUNT, PERCENT, RANK, RATIO, TARGET_CUE, TOTAL_BEFORE, YEAR_OPENING } from '../patterns/figures.ts';
import type { Block } from '../segment/segments.ts';
import type { AgencyMatch } from './agency-directory.ts';

export interface MetricContext {
  text: string;
  blocks: readonly Block[];
  /** In text order, as `AgencyDirectory.find` gives them. */
  agencyMatches: readonly AgencyMatch[];
  /** The year the figures report on (the record's reporting year). */
  reportingYear: number | null;
  /** The agency the source is about (inspected, reported on), credited when a sentence names none. */
  subject: { text: string; id: string } | null;
}

type Kind = Metric['kind'];
interface Found {
  kind: Kind;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

// An agency after these assigns or owns the work (`do UBND thành phố giao`), it is not credited with the figure.
const NOT_CREDITED_AFTER = /(?:do|của|theo|nhiệm\s+vụ|với|tại|được|Chủ\s+tịch)\s*$/u;

// A ratio or count right after these is a date or a document number, not a figure.
const NOT_A_FIGURE_BEFORE = /(?:ngày|Ngày|sáng|Sáng|chiều|Chiều|tối|Tối|tháng|số|Số|mức\s+độ|Điều|khoản|Khoản)\s*$/u;

// A clause on an average or a group of bodies credits no one agency: `tỷ lệ hoàn thành trung bình của khối các sở, ngành là 79,77%`.
const AGGREGATE = /trung\s+bình|khối\s+các/u;

// Earlier patterns win where figures overlap: `thứ 5/20 sở, ngành` is a rank, not a ratio.
const PATTERNS: readonly (readonly [Kind, RegExp])[] = [
  ['rank', RANK],
  ['change', CHANGE],
  ['ratio', RATIO],
  ['count', COUNT],
  ['percent', PERCENT],
];

/**
 * Figures of reform results: ratios (`119/133 nhiệm vụ = 89,47%`), ranks
 * (`thứ 5/20 sở, ngành`), changes (`từ 15 ngày xuống 7 ngày`), percentages and
 * counts of reform units (`40 nhiệm vụ`, `257 hồ sơ`), with the clause they
 * measure, the agency the sentence credits and the reporting year. Figures in
 * a section or sentence that looks ahead (`Trong thời gian tới`, a later year)
 * are kept as targets. Dates, document numbers and list numbering are not figures.
 *
 * A statistical annex copied from a PDF can put thousands of figures in one
 * sentence, so nothing here walks the sentence once per figure: boundaries are
 * found once per block and looked up, and what depends only on the sentence
 * or the clause is worked out once for it.
 */
export function extractMetrics(context: MetricContext): Metric[] {
  const { text } = context;
  // Binary searches below need text order; the directory gives it, a copy makes sure.
  const agencies = [...context.agencyMatches].sort((a, b) => a.start - b.start);
  const metrics: Metric[] = [];
  let sectionTarget = false;
  for (const block of context.blocks) {
    const start = block.refs[0]!.span.start;
    const end = block.refs.at(-1)!.span.end;
    const blockText = text.slice(start, end);
    if (block.type === 'heading') {
      sectionTarget = TARGET_CUE.test(blockText);
      continue;
    }
    if (block.type === 'caption') continue;
    const found = figuresIn(blockText);
    if (found.length === 0) continue;
    const marks = marksIn(blockText);
    let sentenceFacts: SentenceFacts | undefined;
    let crediting: Crediting | undefined;
    let totals: Totals | undefined;
    for (const [index, figure] of found.entries()) {
      const sentence = sentenceIn(blockText, marks, figure.start);
      if (sentenceFacts?.span.start !== sentence.start || sentenceFacts.span.end !== sentence.end) {
        const sentenceText = blockText.slice(sentence.start, sentence.end);
        sentenceFacts = { span: sentence, text: text.slice(start + sentence.start, start + sentence.end), target: looksAhead(sentenceText, context.reportingYear), clauses: new Map() };
      }
      if (crediting?.sentenceStart !== start + sentence.start) crediting = startCrediting(agencies, start + sentence.start);
      if (totals?.sentenceStart !== sentence.start) totals = { sentenceStart: sentence.start, byUnit: new Map() };
      const clause = clauseIn(marks, figure, found[index - 1], found[index + 1], sentence);
      const before = beforeCue(blockText, sentence.start, figure.start);
      const unit = figure.groups['unit']?.replace(/\s+/gu, ' ') ?? null;
      let of = number(figure.groups['of']);
      const value = number(figure.groups['value']);
      if (figure.kind === 'count' && unit && value !== null) {
        if (TOTAL_BEFORE.test(before)) addTotal(totals, unit, value);
        // `nhận được 107 nhiệm vụ …, đã hoàn thành 77 nhiệm vụ`: 77 of 107.
        const total = lastTotal(totals, unit, value);
        if (of === null && total !== undefined && COMPLETED_BEFORE.test(before)) of = total;
      }
      // The sentence's first agency that is not the one assigning the work; else the source's subject.
      const named = creditedBefore(crediting, agencies, text, start + figure.start);
      const { about, aggregate } = clauseFacts(sentenceFacts, blockText, clause);
      const credited = aggregate ? null : named ? { text: named.text, id: named.agency.id } : context.subject;
      metrics.push({
        kind: figure.kind,
        value,
        of,
        percent: number(figure.groups['percent']),
        unit: figure.kind === 'percent' ? null : unit,
        from: number(figure.groups['from']),
        to: number(figure.groups['to']),
        target: sectionTarget || sentenceFacts.target,
        about,
        agency: credited?.text ?? null,
        agencyId: credited?.id ?? null,
        year: context.reportingYear,
        text: text.slice(start + figure.start, start + figure.end),
        span: { start: start + figure.start, end: start + figure.end },
        sentence: { text: sentenceFacts.text, span: { start: start + sentence.start, end: start + sentence.end } },
      });
    }
  }
  return metrics;
}

// The figures of a block in text order. A match that overlaps a figure an earlier
// pattern found is left out; the figures found so far are kept sorted and apart,
// so that is one binary search, not a look at every figure.
function figuresIn(block: string): Found[] {
  let found: Found[] = [];
  for (const [kind, pattern] of PATTERNS) {
    const taken: Found[] = [];
    for (const match of block.matchAll(pattern)) {
      const at = match.index;
      const span = { start: at, end: at + match[0].length };
      const next = firstIndex(found.length, (i) => found[i]!.end > span.start);
      if (next < found.length && found[next]!.start < span.end) continue;
      const groups = match.groups ?? {};
      if ((kind === 'ratio' || kind === 'count') && NOT_A_FIGURE_BEFORE.test(block.slice(Math.max(0, at - 12), at))) continue;
      // A bare ratio (`8/10`) may be a day and month: it needs a unit or a percentage.
      if (kind === 'ratio' && !groups['unit'] && !groups['percent']) continue;
      // One pattern's matches never overlap one another, so only earlier patterns' figures are checked.
      taken.push({ kind, start: span.start, end: span.end, groups });
    }
    found = merged(found, taken);
  }
  return found;
}

function merged(a: readonly Found[], b: readonly Found[]): Found[] {
  const all: Found[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) all.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return all;
}

// `Năm 2021, Sở … duy trì …` in a report on 2020, or a sentence that says what is to come.
function looksAhead(sentence: string, reportingYear: number | null): boolean {
  const year = YEAR_OPENING.exec(sentence)?.groups?.['year'];
  if (year && reportingYear !== null && Number(year) > reportingYear) return true;
  return TARGET_CUE.test(sentence);
}

function number(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  return Number(raw.replace(/\.(?=\d{3})/gu, '').replace(',', '.'));
}

/** Where sentences and clauses of a block may begin or end, each list in text order. */
interface Marks {
  /** The block's start, and just after each full stop that may open a sentence (not `1. `, a list number). */
  sentenceStarts: number[];
  /** For each of `sentenceStarts`, its first non-space: a long run of spaces is skipped once, not once per figure. */
  firstWords: number[];
  /** At a full stop, `!`, `?` or `…` followed by a space or the block's end. */
  sentenceEnds: number[];
  /** At `;`, `(`, `)` or `:`, where a clause begins after. */
  clauseStarts: number[];
  /** At `;`, `(` or `)`, where a clause ends (`tỷ lệ: 96%` keeps the colon). */
  clauseEnds: number[];
  commas: number[];
}

// `… thực hiện. Sở …` opens a sentence; `2. Sở …` does not.
const SENTENCE_START = /(?<!\d)[.!?](?=\s|$)/gu;
// `… thực hiện. ` · `… thực hiện…` at the block's end
const SENTENCE_END = /[.!?…](?=\s|$)/gu;

function marksIn(block: string): Marks {
  const at = (pattern: RegExp) => Array.from(block.matchAll(pattern), (match) => match.index);
  const sentenceStarts = [0, ...at(SENTENCE_START).map((index) => index + 1)];
  return {
    sentenceStarts,
    firstWords: sentenceStarts.map((start) => {
      let word = start;
      while (word < block.length && /\s/u.test(block[word]!)) word++;
      return word;
    }),
    sentenceEnds: at(SENTENCE_END),
    clauseStarts: at(/[;():]/gu),
    clauseEnds: at(/[;()]/gu),
    commas: at(/,/gu),
  };
}

// The sentence around a position, within the block: between full stops followed by a space.
function sentenceIn(block: string, marks: Marks, at: number): Span {
  const opened = firstIndex(marks.sentenceStarts.length, (i) => marks.sentenceStarts[i]! > at) - 1;
  const closed = firstIndex(marks.sentenceEnds.length, (i) => marks.sentenceEnds[i]! >= at);
  const end = closed < marks.sentenceEnds.length ? marks.sentenceEnds[closed]! : block.length;
  return { start: Math.min(marks.firstWords[opened]!, end), end };
}

// The clause a figure measures: between `;`, `(`, `)`, `:` or the sentence's ends; when other
// figures share it (`nhận được 107 nhiệm vụ …, đã hoàn thành 77 nhiệm vụ, đang thực hiện 30`),
// cut at the last comma between this figure and each neighbour.
function clauseIn(marks: Marks, figure: Span, previous: Span | undefined, next: Span | undefined, sentence: Span): Span {
  let start = figure.start;
  if (start > sentence.start) start = Math.max(sentence.start, (lastAtMost(marks.clauseStarts, figure.start - 1) ?? -1) + 1);
  let end = figure.end;
  if (end < sentence.end) {
    const closing = firstIndex(marks.clauseEnds.length, (i) => marks.clauseEnds[i]! >= figure.end);
    end = Math.min(sentence.end, closing < marks.clauseEnds.length ? marks.clauseEnds[closing]! : sentence.end);
  }
  if (previous && previous.end > start && previous.end <= figure.start) {
    const comma = lastAtMost(marks.commas, figure.start) ?? -1;
    if (comma >= previous.end) start = comma + 1;
  }
  if (next && next.start < end && next.start >= figure.end) {
    const comma = lastAtMost(marks.commas, next.start) ?? -1;
    if (comma >= figure.end) end = comma;
  }
  return { start, end };
}

/** What a sentence gives each of its figures, worked out once. */
interface SentenceFacts {
  span: Span;
  text: string;
  target: boolean;
  /** By clause span: in a flattened table every figure's clause can be the whole line. */
  clauses: Map<string, { about: string; aggregate: boolean }>;
}

function clauseFacts(sentence: SentenceFacts, block: string, clause: Span): { about: string; aggregate: boolean } {
  const key = `${clause.start}:${clause.end}`;
  let facts = sentence.clauses.get(key);
  if (!facts) {
    const clauseText = block.slice(clause.start, clause.end);
    facts = { about: clauseText.replace(/\*/gu, '').replace(/\s+/gu, ' ').trim(), aggregate: AGGREGATE.test(clauseText) };
    sentence.clauses.set(key, facts);
  }
  return facts;
}

/** The totals a sentence gave (`nhận được 107 nhiệm vụ`), by unit: the last one, and the last of another value. */
interface Totals {
  sentenceStart: number;
  byUnit: Map<string, { last: number; lastOther: number | undefined }>;
}

function addTotal(totals: Totals, unit: string, value: number): void {
  const seen = totals.byUnit.get(unit);
  if (!seen) totals.byUnit.set(unit, { last: value, lastOther: undefined });
  else if (seen.last !== value) totals.byUnit.set(unit, { last: value, lastOther: seen.last });
}

// The sentence's last total of this unit that is not the count itself.
function lastTotal(totals: Totals, unit: string, value: number): number | undefined {
  const seen = totals.byUnit.get(unit);
  if (!seen) return undefined;
  return seen.last !== value ? seen.last : seen.lastOther;
}

/**
 * The agencies a sentence may credit, met in text order as its figures are:
 * each agency is judged once, and `ends[i]` is the earliest end among the
 * first i + 1 creditable ones, so the first that ends before a figure is a
 * binary search.
 */
interface Crediting {
  sentenceStart: number;
  /** The next agency (in `agencies`) not judged yet. */
  next: number;
  creditable: AgencyMatch[];
  ends: number[];
}

function startCrediting(agencies: readonly AgencyMatch[], sentenceStart: number): Crediting {
  return { sentenceStart, next: firstIndex(agencies.length, (i) => agencies[i]!.start >= sentenceStart), creditable: [], ends: [] };
}

// The sentence's first agency that ends before the figure and is not the one assigning the work.
function creditedBefore(crediting: Crediting, agencies: readonly AgencyMatch[], text: string, figureStart: number): AgencyMatch | undefined {
  for (; crediting.next < agencies.length && agencies[crediting.next]!.start <= figureStart; crediting.next++) {
    const agency = agencies[crediting.next]!;
    if (NOT_CREDITED_AFTER.test(beforeCue(text, crediting.sentenceStart, agency.start))) continue;
    crediting.creditable.push(agency);
    crediting.ends.push(Math.min(agency.end, crediting.ends.at(-1) ?? agency.end));
  }
  const first = firstIndex(crediting.ends.length, (i) => crediting.ends[i]! <= figureStart);
  return crediting.creditable[first];
}

// The cues tested before a figure or an agency (`nhận được`, `hoàn thành **`, `Chủ tịch`)
// are at most three words and end where the text does: testing them on the last three
// words and the spaces around them gives what testing the whole sentence before would,
// without reading the whole sentence again for each of an annex's thousands of figures.
// That holds while the cue patterns end in `$` and never look behind (no lookbehind, no `\b`).
const CUE_WORDS = 3;
// A word longer than this (in UTF-16 units) is cut: no cue word is near as long.
const LONGEST_CUE_WORD = 32;

function beforeCue(text: string, from: number, to: number): string {
  let at = to;
  for (let word = 0; word < CUE_WORDS; word++) {
    while (at > from && /\s/u.test(text[at - 1]!)) at--;
    const wordEnd = at;
    while (at > from && !/\s/u.test(text[at - 1]!)) {
      at--;
      if (wordEnd - at === LONGEST_CUE_WORD) return text.slice(at, to);
    }
  }
  return text.slice(at, to);
}

/** The first of `count` indexes where `reached` holds; it must hold from there on. */
function firstIndex(count: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The last of sorted `values` at or before `at`. */
function lastAtMost(values: readonly number[], at: number): number | undefined {
  return values[firstIndex(values.length, (i) => values[i]! > at) - 1];
}
