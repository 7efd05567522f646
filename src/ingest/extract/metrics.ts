import type { Metric, Span } from '../../schemas/index.ts';
import { CHANGE, COMPLETED_BEFORE, COUNT, PERCENT, RANK, RATIO, TARGET_CUE, TOTAL_BEFORE } from '../patterns/figures.ts';
import type { Block } from '../segment/segments.ts';
import type { AgencyMatch } from './agency-directory.ts';

export interface MetricContext {
  text: string;
  blocks: readonly Block[];
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

/**
 * Figures of reform results: ratios (`119/133 nhiệm vụ = 89,47%`), ranks
 * (`thứ 5/20 sở, ngành`), changes (`từ 15 ngày xuống 7 ngày`), percentages and
 * counts of reform units (`40 nhiệm vụ`, `257 hồ sơ`), with the clause they
 * measure, the agency the sentence credits and the reporting year. Figures in
 * a section or sentence that looks ahead (`Trong thời gian tới`, a later year)
 * are kept as targets. Dates, document numbers and list numbering are not figures.
 */
export function extractMetrics(context: MetricContext): Metric[] {
  const { text } = context;
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
    const found: Found[] = [];
    const take = (kind: Kind, pattern: RegExp) => {
      for (const match of blockText.matchAll(pattern)) {
        const at = match.index;
        const span = { start: at, end: at + match[0].length };
        if (found.some((other) => span.start < other.end && other.start < span.end)) continue;
        const groups = match.groups ?? {};
        if ((kind === 'ratio' || kind === 'count') && NOT_A_FIGURE_BEFORE.test(blockText.slice(Math.max(0, at - 12), at))) continue;
        // A bare ratio (`8/10`) may be a day and month: it needs a unit or a percentage.
        if (kind === 'ratio' && !groups['unit'] && !groups['percent']) continue;
        found.push({ kind, start: span.start, end: span.end, groups });
      }
    };
    take('rank', RANK);
    take('change', CHANGE);
    take('ratio', RATIO);
    take('count', COUNT);
    take('percent', PERCENT);
    found.sort((a, b) => a.start - b.start);
    const totals: { unit: string; value: number; sentenceStart: number }[] = [];
    for (const [index, figure] of found.entries()) {
      const sentence = sentenceIn(blockText, figure.start);
      const clause = clauseIn(blockText, figure, found[index - 1], found[index + 1], sentence);
      const before = blockText.slice(sentence.start, figure.start);
      const unit = figure.groups['unit']?.replace(/\s+/gu, ' ') ?? null;
      let of = number(figure.groups['of']);
      const value = number(figure.groups['value']);
      if (figure.kind === 'count' && unit && value !== null) {
        if (TOTAL_BEFORE.test(before)) totals.push({ unit, value, sentenceStart: sentence.start });
        // `nhận được 107 nhiệm vụ …, đã hoàn thành 77 nhiệm vụ`: 77 of 107.
        const total = totals.findLast((candidate) => candidate.unit === unit && candidate.sentenceStart === sentence.start && candidate.value !== value);
        if (of === null && total && COMPLETED_BEFORE.test(before)) of = total.value;
      }
      const sentenceText = blockText.slice(sentence.start, sentence.end);
      // The sentence's first agency that is not the one assigning the work; else the source's subject.
      const named = context.agencyMatches.find(
        (agency) => agency.start >= start + sentence.start && agency.end <= start + figure.start && !NOT_CREDITED_AFTER.test(text.slice(start + sentence.start, agency.start)),
      );
      const aggregate = /trung\s+bình|khối\s+các/u.test(blockText.slice(clause.start, clause.end));
      const credited = aggregate ? null : named ? { text: named.text, id: named.agency.id } : context.subject;
      metrics.push({
        kind: figure.kind,
        value,
        of,
        percent: number(figure.groups['percent']),
        unit: figure.kind === 'percent' ? null : unit,
        from: number(figure.groups['from']),
        to: number(figure.groups['to']),
        target: sectionTarget || looksAhead(sentenceText, context.reportingYear),
        about: blockText.slice(clause.start, clause.end).replace(/\*/gu, '').replace(/\s+/gu, ' ').trim(),
        agency: credited?.text ?? null,
        agencyId: credited?.id ?? null,
        year: context.reportingYear,
        text: text.slice(start + figure.start, start + figure.end),
        span: { start: start + figure.start, end: start + figure.end },
        sentence: { text: text.slice(start + sentence.start, start + sentence.end), span: { start: start + sentence.start, end: start + sentence.end } },
      });
    }
  }
  return metrics;
}

// `Năm 2021, Sở … duy trì …` in a report on 2020, or a sentence that says what is to come.
function looksAhead(sentence: string, reportingYear: number | null): boolean {
  const year = /^(?:[-–•+]\s*)?(?:Trong\s+)?[Nn]ăm\s+(?<year>(?:19|20)\d{2})/u.exec(sentence)?.groups?.['year'];
  if (year && reportingYear !== null && Number(year) > reportingYear) return true;
  return TARGET_CUE.test(sentence);
}

function number(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  return Number(raw.replace(/\.(?=\d{3})/gu, '').replace(',', '.'));
}

// The sentence around a position, within the block: between full stops followed by a space.
function sentenceIn(block: string, at: number): Span {
  let start = at;
  while (start > 0 && !(/[.!?]/u.test(block[start - 1]!) && /\s/u.test(block[start] ?? ' ') && !/\d/u.test(block[start - 2] ?? ''))) start--;
  let end = at;
  while (end < block.length && !(/[.!?…]/u.test(block[end]!) && (end + 1 >= block.length || /\s/u.test(block[end + 1]!)))) end++;
  while (start < end && /\s/u.test(block[start]!)) start++;
  return { start, end };
}

// The clause a figure measures: between `;`, `(`, `)`, `:` or the sentence's ends; when other
// figures share it (`nhận được 107 nhiệm vụ …, đã hoàn thành 77 nhiệm vụ, đang thực hiện 30`),
// cut at the last comma between this figure and each neighbour.
function clauseIn(block: string, figure: Span, previous: Span | undefined, next: Span | undefined, sentence: Span): Span {
  let start = figure.start;
  while (start > sentence.start && !/[;():]/u.test(block[start - 1]!)) start--;
  let end = figure.end;
  while (end < sentence.end && !/[;()]/u.test(block[end]!)) end++;
  if (previous && previous.end > start && previous.end <= figure.start) {
    const comma = block.lastIndexOf(',', figure.start);
    if (comma >= previous.end) start = comma + 1;
  }
  if (next && next.start < end && next.start >= figure.end) {
    const comma = block.lastIndexOf(',', next.start);
    if (comma >= figure.end) end = comma;
  }
  return { start, end };
}
