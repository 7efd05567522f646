import type { AgencyRef, Diagnostic, Span } from '../../schemas/index.ts';
import { LIST_MARKER, RECIPIENTS_HEADING } from '../patterns/document-parts.ts';
import { ASSIGNMENT } from '../patterns/tasks.ts';
import type { Segments, TextRef } from '../segment/segments.ts';
import { slugify } from '../link/slugify.ts';
import type { Agency, AgencyDirectory, AgencyMatch } from './agency-directory.ts';
import type { Jurisdiction } from './jurisdictions.ts';
import { overlapsAny } from './overlaps-any.ts';

type Role = AgencyRef['roles'][number];

export interface AgencyContext {
  text: string;
  segments: Segments;
  /** Spans not to search: page chrome. */
  exclude: readonly Span[];
  jurisdiction: Jurisdiction | undefined;
  issuer: string | null;
  title: string | null;
  directory: AgencyDirectory;
  /** Every registry form in the whole text (`directory.find`), found once and shared with the other extractors. */
  agencyMatches: readonly AgencyMatch[];
  /** Spans of named people's positions (`Phó Chủ tịch … Ủy ban nhân dân thành phố Lê Anh Quân`): not the document's subject. */
  positions: readonly Span[];
}

// Dự họp có … · Tham dự cuộc họp có … · Tham dự có …
const PARTICIPANTS = /(?:Dự\s+họp|Tham\s+dự(?:\s+(?:cuộc\s+họp|hội\s+nghị|buổi\s+làm\s+việc))?)\s+có\s+(?<list>[^.]*)/gu;
const PARTNERS = /phối\s+hợp(?:\s+với)?\s+/u;
// Ủy ban nhân dân các quận, huyện: Hồng Bàng, Dương Kinh, Thủy Nguyên, Cát Hải
const DISTRICT_LIST = /(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+các\s+(?:quận|huyện|thị\s+xã)(?:,\s*(?:quận|huyện|thị\s+xã))*\s*:\s*(?<list>[^.;\n]+)/gu;
// Các Sở, ngành: Nội vụ, Tài chính; KH&ĐT (the head noun distributed over the items)
const DISTRIBUTED = /^(?:Các|các)\s+Sở(?:,\s*(?:ban,\s*)?ngành)?\s*:\s*(?<list>.+)$/u;
// A body by its head noun and a capitalised name, up to a word that cannot be part of one:
//   Sở Lao động - Thương binh và Xã hội · Cục Kiểm soát thủ tục hành chính · Trung tâm Hành chính công
const NAME_STOP = String.raw`(?:đã|đang|sẽ|có|là|và\s+các|để|tại|về|theo|của|cho|với|trong|thuộc|được|chủ|phối|báo|tổ|thực|triển|tham|ban\s+hành|năm|các|những)`;
const UNREGISTERED = new RegExp(String.raw`(?<![\p{L}])(?:Sở|Bộ|Cục|Chi[ \t]+cục|Tổng[ \t]+cục|Trung[ \t]+tâm|Ban|Báo|Đài)[ \t]+\p{Lu}\p{Ll}*(?:[ \t]+(?!${NAME_STOP}(?![\p{L}]))(?:\p{L}+|-)){0,8}`, 'gu');

// Recipient items that name people or internal units, not agencies: CT, PCT, CVP, Lưu, CV, Các Phòng
const NOT_AN_AGENCY = /^(?:CT|PCT|các\s+PCT|CVP|PCVP|TTTU|TTHĐNDTP|Lưu|CV\b|Các\s+Phòng|Như\s+trên|Các\s+đồng\s+chí)/u;

/**
 * The agencies a source names, each once, with its roles in the document, in
 * order of first appearance. What the registry lacks is kept and reported.
 */
export function extractAgencies(context: AgencyContext): { agencies: AgencyRef[]; diagnostics: Diagnostic[] } {
  const { text, directory, jurisdiction } = context;
  const excluded = overlapsAny(context.exclude);
  const recipientsStart = context.segments.recipients?.heading.span.start ?? Number.POSITIVE_INFINITY;
  const found = new Map<string, AgencyRef>();
  const diagnostics: Diagnostic[] = [];
  const add = (agency: Agency, role: Role, where: { text: string; start?: number; end?: number }) => {
    const existing = found.get(agency.id);
    if (existing) {
      if (!existing.roles.includes(role)) existing.roles.push(role);
      return;
    }
    found.set(agency.id, {
      id: agency.id,
      name: agency.name,
      level: agency.level,
      jurisdiction: agency.jurisdiction,
      roles: [role],
      registered: agency.registered,
      text: where.text,
      ...(where.start !== undefined && where.end !== undefined ? { span: { start: where.start, end: where.end } } : {}),
    });
  };

  // Issuer: the record's issuer, as the registry knows it.
  const issuer = context.issuer ? directory.find(context.issuer, jurisdiction)[0] : undefined;
  if (issuer && issuer.start === 0 && issuer.end === context.issuer!.length) add(issuer.agency, 'issuer', { text: context.issuer! });

  // Every form in the content, before the recipients.
  const matches = context.agencyMatches.filter((match) => !excluded(match.start) && match.start < recipientsStart);

  // Subject: what the title is about, leaving out the positions of named people.
  const segments = context.segments;
  const titleRefs: TextRef[] = segments.kind === 'document' ? segments.document.subject : segments.news.headline ? [segments.news.headline] : [];
  for (const match of matches) {
    const inTitle = titleRefs.some((ref) => match.start >= ref.span.start && match.end <= ref.span.end);
    const inPosition = context.positions.some((span) => match.start >= span.start && match.end <= span.end);
    if (inTitle && !inPosition && match.agency.id !== issuer?.agency.id) add(match.agency, 'subject', match);
  }
  // A news item whose headline survived only in page chrome: its title is searched as text.
  if (titleRefs.length === 0 && context.title) {
    for (const match of directory.find(context.title, jurisdiction)) add(match.agency, 'subject', { text: match.text });
  }

  // Participants: `Dự họp có …`, with district lists distributed.
  for (const sentence of text.matchAll(PARTICIPANTS)) {
    if (excluded(sentence.index)) continue;
    const from = sentence.index;
    const to = from + sentence[0].length;
    for (const match of matches) if (match.start >= from && match.end <= to) add(match.agency, 'participant', match);
    for (const list of sentence[0].matchAll(DISTRICT_LIST)) {
      for (const name of list.groups!['list']!.split(/\s*,\s*/u)) {
        const agency = directory.district(name.trim(), jurisdiction);
        if (agency) add(agency, 'participant', { text: name.trim() });
      }
    }
  }

  // Assignments: `Giao X chủ trì, phối hợp với Y, Z …`.
  for (const giao of text.matchAll(ASSIGNMENT)) {
    if (excluded(giao.index)) continue;
    const at = giao.index + giao[0].length;
    const lead = matches.find((match) => match.start === at);
    if (!lead) continue;
    add(lead.agency, 'assignee', lead);
    const clauseEnd = nextClauseEnd(text, lead.end);
    const partners = PARTNERS.exec(text.slice(lead.end, clauseEnd));
    if (!partners) continue;
    let cursor = lead.end + partners.index + partners[0].length;
    for (const match of matches.filter((candidate) => candidate.start >= cursor && candidate.end <= clauseEnd)) {
      // Partners are a list: each follows the last with only `,` or `và` between.
      if (!/^\s*(?:,|và)?\s*$/u.test(text.slice(cursor, match.start))) break;
      add(match.agency, 'partner', match);
      cursor = match.end;
    }
  }

  // Recipients: each `Nơi nhận` item, with distributed heads and tone-mark typos read.
  for (const item of context.segments.recipients?.items ?? []) {
    const line = item.text.replace(LIST_MARKER, '').replace(/[;.]+\s*$/u, '').trim();
    if (NOT_AN_AGENCY.test(line) || RECIPIENTS_HEADING.test(line)) continue;
    // A class of bodies (`Các Sở, ban, ngành TP`, `UBND các quận, huyện…`), unless its members are listed after a colon.
    if (!line.includes(':') && (/^(?:Các|các)\s/u.test(line) || /\scác\s/u.test(line))) continue;
    const distributed = DISTRIBUTED.exec(line);
    const parts = (distributed ? distributed.groups!['list']! : line).split(/\s*[,;]\s*/u).filter(Boolean);
    for (const part of parts) {
      if (/^(?:các|Các)\s/u.test(part) || /\scác\s/u.test(part)) continue; // a class, not an agency: `UBND các quận, huyện`
      const read = directory.item(part, jurisdiction) ?? (distributed ? directory.item(`Sở ${part}`, jurisdiction) : undefined);
      if (!read) {
        diagnostics.push({ code: 'recipient-unread', severity: 'info', line: item.line, message: `The recipient "${part}" is not an agency the registry knows.`, hint: 'Add it to content/registry/agencies.yaml if it is one.' });
        continue;
      }
      if (read.variant) {
        diagnostics.push({ code: 'agency-name-variant', severity: 'info', line: item.line, message: `"${part}" is read as ${read.agency.name} (it differs only in tone marks).`, hint: 'Nothing to do; the source keeps its spelling.' });
      }
      add(read.agency, 'recipient', { text: part });
    }
  }

  // Everything else the text names.
  for (const match of matches) add(match.agency, 'mentioned', match);

  // Bodies the registry lacks: kept, with an id of their own, and reported so the registry can grow.
  for (const match of text.matchAll(UNREGISTERED)) {
    const start = match.index;
    const end = start + match[0].length;
    if (excluded(start) || start >= recipientsStart || matches.some((known) => start < known.end && known.start < end)) continue;
    const name = match[0].replace(/\s+/gu, ' ');
    // A body the registry knows, left unresolved for want of a jurisdiction (reported above).
    if (directory.isLocalName(name)) continue;
    const local = jurisdiction && /^(?:Sở|Chi cục|Trung tâm|Ban|Báo|Đài)\s/u.test(name);
    const agency: Agency = {
      id: `chua-dang-ky-${slugify(name)}${local ? `-${slugify(jurisdiction.name)}` : ''}`,
      name: local ? `${name} ${jurisdiction.level} ${jurisdiction.name}` : name,
      level: 'unit',
      jurisdiction: local ? jurisdiction.name : null,
      registered: false,
    };
    if (!found.has(agency.id)) {
      diagnostics.push({
        code: 'agency-not-in-registry',
        severity: 'warning',
        line: text.slice(0, start).split('\n').length,
        message: `"${name}" looks like an agency the registry does not know; it is kept as ${agency.id}.`,
        hint: 'Add it (with its short forms) to content/registry/agencies.yaml.',
      });
    }
    add(agency, 'mentioned', { text: match[0], start, end });
  }

  // `mentioned` says only that the text names it: dropped when it has a role.
  const agencies = [...found.values()].map((agency) => (agency.roles.length > 1 ? { ...agency, roles: agency.roles.filter((role) => role !== 'mentioned') } : agency));
  if (!jurisdiction) {
    const local = text.match(/(?:Ủy ban nhân dân|UBND|Sở)\s+(?:tỉnh|thành phố)/u);
    if (local) {
      diagnostics.push({ code: 'agency-jurisdiction-unknown', severity: 'warning', message: `"${local[0]}" names a local body, but the document's jurisdiction is unknown, so which one stays open.`, hint: 'Add "jurisdiction: <province>" to a sidecar next to the source.' });
    }
  }
  return { agencies, diagnostics };
}

function nextClauseEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const end = /[;:\n]|\.(?:\s|$)/u.exec(rest);
  return from + (end ? end.index : rest.length);
}

export type { AgencyMatch };
