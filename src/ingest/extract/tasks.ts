import type { Span, Task } from '../../schemas/index.ts';
import { ACTION_FILLER, ASSIGNMENT, DEADLINE, ITEM_HEADING, LEAD_ONLY, PARTNER_CLASS, PARTNERS_OPEN } from '../patterns/tasks.ts';
import type { Block } from '../segment/segments.ts';
import type { AgencyMatch } from './agency-directory.ts';
import { datePartsFrom, toIsoDate } from './parse-date.ts';

export interface TaskContext {
  text: string;
  /** The body's blocks: a task is read within one (a paragraph or list item, rejoined across page breaks). */
  blocks: readonly Block[];
  /** Every agency the directory finds in the text, with its span. */
  agencyMatches: readonly AgencyMatch[];
}

/**
 * Assignments: `Giao <agency> chủ trì, phối hợp với <agencies> <action>; báo
 * cáo … trước ngày <date>.` The lead is the agency right after `Giao` (`Giám
 * đốc Sở Nội vụ` stands for its agency), partners the agencies (or a named class
 * of bodies, `các cơ quan báo chí`) after `phối hợp với`, the topic the item's
 * own heading (`Về sắp xếp …:`) when the assignment follows it directly, else
 * the action, and the deadline the first `trước ngày …` of the sentence.
 */
export function extractTasks(context: TaskContext): Task[] {
  const { text } = context;
  const tasks: Task[] = [];
  for (const block of context.blocks) {
    if (block.type === 'caption' || block.type === 'heading') continue;
    const start = block.refs[0]!.span.start;
    const end = block.refs.at(-1)!.span.end;
    const blockText = text.slice(start, end);
    const heading = ITEM_HEADING.exec(blockText);
    for (const match of blockText.matchAll(ASSIGNMENT)) {
      const leadAt = start + match.index + match[0].length;
      const lead = context.agencyMatches.find((agency) => agency.start === leadAt);
      if (!lead) continue;
      const sentenceEnd = endOfSentence(text, lead.end, end);
      // From after the lead: partners, then the action.
      let at = lead.end;
      const partners: AgencyOrClass[] = [];
      const opener = PARTNERS_OPEN.exec(text.slice(at, sentenceEnd));
      if (opener) {
        at += opener[0].length;
        for (;;) {
          const agency = context.agencyMatches.find((candidate) => candidate.start === at && candidate.end <= sentenceEnd);
          if (agency) {
            partners.push({ text: agency.text, id: agency.agency.id });
            at = agency.end;
          } else {
            const named = PARTNER_CLASS.exec(text.slice(at, sentenceEnd));
            if (!named) break;
            const phrase = named[0].replace(/[\s,]+$/u, '');
            // `các cơ quan, đơn vị liên quan` names no one in particular.
            if (!/liên\s+quan/u.test(phrase)) partners.push({ text: phrase, id: null });
            at += named[0].length;
            break;
          }
          const separator = /^(?:\s*,\s*|\s+và\s+)/u.exec(text.slice(at, sentenceEnd));
          if (!separator) break;
          at += separator[0].length;
        }
      } else {
        const only = LEAD_ONLY.exec(text.slice(at, sentenceEnd));
        if (only) at += only[0].length;
      }
      const action = text.slice(at, sentenceEnd).trim();
      // The item's heading is the topic when the assignment comes right after it.
      const headed = heading && start + heading[0].length === start + match.index ? heading.groups!['topic']!.trim() : null;
      const topic = headed ?? firstClause(action);
      // A list item's bullet is not part of its sentence.
      const sentenceStart = headed ? start + blockText.search(/[^\s\-–•+]/u) : start + match.index;
      const sentenceText = text.slice(sentenceStart, sentenceEnd);
      const deadline = DEADLINE.exec(sentenceText);
      const dueParts = deadline ? datePartsFrom(deadline.groups) : null;
      tasks.push({
        lead: lead.text,
        leadId: lead.agency.id,
        partners: partners.map((partner) => partner.text),
        partnerIds: partners.map((partner) => partner.id),
        topic,
        action,
        due: dueParts ? toIsoDate(dueParts) : null,
        dueText: deadline ? deadline[0] : null,
        sentence: { text: sentenceText, span: { start: sentenceStart, end: sentenceEnd } },
        legalRefs: [],
      });
    }
  }
  return tasks;
}

interface AgencyOrClass {
  text: string;
  id: string | null;
}

// The sentence ends at a full stop followed by a space or the block's end (`./.` closes a document).
function endOfSentence(text: string, from: number, blockEnd: number): number {
  const rest = text.slice(from, blockEnd);
  const stop = /\.(?=\s|\/|$)/u.exec(rest);
  const end = stop ? from + stop.index : blockEnd;
  return end - (text.slice(from, end).length - text.slice(from, end).trimEnd().length);
}

// What is to be done, in a few words: the first clause (up to `;` or `,`) that says more than a filler.
function firstClause(action: string): string {
  const clauses = action.replace(/\*\*/gu, '').split(/[;,]/u).map((clause) => clause.trim());
  for (const clause of clauses) {
    const meaning = clause.replace(ACTION_FILLER, '').trim();
    if (meaning !== '') return meaning;
  }
  return clauses[0] ?? '';
}

export type { Span };
