import type { AgencyRef, Diagnostic, Person, SourceEvent, Span } from '../../schemas/index.ts';
import { sentenceAround } from './legal-references.ts';
import { OFFICIAL } from './people.ts';
import { toIsoDate } from './parse-date.ts';
import type { AgencyMatch } from './agency-directory.ts';
import { overlapsAny } from './overlaps-any.ts';

// An event's dateline opens a clause and is followed by a comma:
//   Sáng 17/12, … · Chiều 26/9, … · Ngày 24/6/2021, … · …năm 2020; ngày 17/12/2020, Đoàn kiểm tra …
// (a date inside a reference, `Kế hoạch số 33/KH-UBND ngày 07/02/2020`, is not one).
const EVENT_DATE = /(?:^|(?<=[.;:\n]\s*))(?:(?<part>Sáng|Chiều|Tối|Trưa|Ngày|ngày)\s+)(?<day>[0-3]?\d)\/(?<month>[01]?\d)(?:\/(?<year>(?:19|20)\d{2}))?(?=\s*,)/gmu;
// kiểm tra (an inspection) · họp, hội nghị, làm việc (a meeting)
const INSPECTION = /kiểm\s+tra/iu;
const MEETING = /(?<![\p{L}])(?:họp|hội\s+nghị|buổi\s+làm\s+việc)(?![\p{L}])/iu;
// làm Trưởng đoàn · làm trưởng đoàn · chủ trì · Trưởng Đoàn kiểm tra
const LEADS = /(?:làm\s+[Tt]rưởng\s+đoàn|chủ\s+trì|Trưởng\s+Đoàn)/u;
// Giám đốc Sở Ngoại vụ (a leader the text names only by position)
const LEADER_BY_POSITION = /(?<position>(?:Phó\s+)?(?:Giám\s+đốc|Chủ\s+tịch|Chánh\s+Văn\s+phòng)\s+(?:Sở\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*?|UBND\s+\S+|Ủy\s+ban\s+nhân\s+dân\s+\S+))\s+(?:đã\s+)?chủ\s+trì/u;

export interface EventContext {
  text: string;
  /** Where the body starts: the event is read from the first sentences that report one. */
  bodyStart: number;
  exclude: readonly Span[];
  /** The document's date, giving the year to `Sáng 17/12`. */
  documentDate: string | null;
  kind: 'document' | 'news';
  people: readonly Person[];
  agencyMatches: readonly AgencyMatch[];
}

/**
 * The inspection or meeting a source reports: the first sentence with a day and
 * `kiểm tra` or `họp`, its date (a day without a year takes the document's),
 * where (the agency after `tại`) and who led it.
 */
export function extractEvents(context: EventContext): { events: SourceEvent[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const excluded = overlapsAny(context.exclude);
  for (const match of context.text.matchAll(EVENT_DATE)) {
    if (match.index < context.bodyStart || excluded(match.index)) continue;
    const whole = sentenceAround(context.text, { start: match.index, end: match.index + match[0].length });
    // The clause from the dateline to the end of its sentence: what happened that day.
    const sentence = { text: context.text.slice(match.index, whole.span.end), span: { start: match.index, end: whole.span.end } };
    const kind = INSPECTION.test(sentence.text) ? 'inspection' : MEETING.test(sentence.text) ? 'meeting' : null;
    if (!kind) continue;
    const groups = match.groups!;
    const documentYear = context.documentDate ? Number(context.documentDate.slice(0, 4)) : null;
    const year = groups['year'] ? Number(groups['year']) : documentYear;
    const date = year ? toIsoDate({ day: Number(groups['day']), month: Number(groups['month']), year }) : null;
    if (date && context.documentDate && context.kind === 'news' && date > context.documentDate) {
      diagnostics.push({
        code: 'dateline-before-event',
        severity: 'warning',
        message: `The item is dated ${context.documentDate} but reports the ${kind === 'inspection' ? 'inspection' : 'meeting'} of ${date}.`,
        hint: 'Check the publication date against the portal.',
      });
    }
    // Where: the first agency after `tại` in the sentence.
    const tai = sentence.text.search(/(?<![\p{L}])tại\s+/u);
    const at = tai === -1 ? undefined : context.agencyMatches.find((agency) => agency.start >= sentence.span.start + tai && agency.end <= sentence.span.end);
    // Who: the official named where the text says who leads (`làm trưởng đoàn`, `chủ trì`),
    // in this sentence or the next; else the position that chairs (`Giám đốc Sở Ngoại vụ chủ trì`).
    const next = sentenceAround(context.text, { start: Math.min(context.text.length, sentence.span.end + 1), end: Math.min(context.text.length, sentence.span.end + 1) });
    const leaderName = [sentence.text, next.text].filter((candidate) => LEADS.test(candidate)).map((candidate) => firstOfficial(candidate)).find((name) => name);
    const leader = leaderName ? context.people.find((person) => person.name === leaderName) : undefined;
    const byPosition = leader ? undefined : LEADER_BY_POSITION.exec(sentence.text)?.groups?.['position']?.replace(/\s+/gu, ' ');
    return {
      events: [
        {
          kind,
          date,
          at: at ? at.text.replace(/\s+/gu, ' ') : null,
          atAgency: at ? at.agency.id : null,
          leader: leader?.name ?? byPosition ?? null,
          leaderId: leader?.id ?? null,
          sentence,
        },
      ],
      diagnostics,
    };
  }
  return { events: [], diagnostics };
}

// kết quả CCHC năm 2018 · công tác cải cách hành chính (CCHC) năm 2020 · CCHC nhà nước, công vụ, công chức năm 2018 · 6 tháng đầu năm 2021
const REPORTING_YEAR = /(?:cải\s+cách\s+hành\s+chính|CCHC)(?:\s*\(CCHC\))?(?:(?!(?:19|20)\d{2})[^.;:]){0,60}?năm\s+(?<year>(?:19|20)\d{2})/u;

/** The year whose results the source reports, which may differ from the year it was published. */
export function extractReportingYear(text: string, bodyStart: number, documentDate: string | null): { year: number | null; from: 'text' | 'derived' | null } {
  const match = REPORTING_YEAR.exec(text.slice(bodyStart)) ?? REPORTING_YEAR.exec(text);
  if (match) return { year: Number(match.groups!['year']), from: 'text' };
  return documentDate ? { year: Number(documentDate.slice(0, 4)), from: 'derived' } : { year: null, from: null };
}

export type { AgencyRef };

/** The name of the first official a text names with a position. */
function firstOfficial(text: string): string | undefined {
  const match = new RegExp(OFFICIAL.source, 'u').exec(text);
  return match?.groups?.['name']?.replace(/\s+/gu, ' ');
}
