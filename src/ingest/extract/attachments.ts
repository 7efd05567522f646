import { ATTACHMENT_OF_CITED, ATTACHMENT_OF_ITSELF, NEARER_TITLE } from '../patterns/legal-relations.ts';
import type { Span } from '../../schemas/index.ts';
import { sentenceAround } from './legal-references.ts';

/** What the finder needs of a reference: its canonical form and where it stands, with its sentence. */
export interface AttachmentReference {
  canonical: string;
  occurrences: readonly { span: Span; sentence: { text: string; span: Span } }[];
}

/** A document issued with another (`ban hành kèm theo`): a Quy chế, a Kế hoạch, a Biểu mẫu. */
export interface ExtractedAttachment {
  /** Its title as the text gives it: `Quy chế phối hợp trong thực hiện thủ tục hành chính …`. */
  title: { text: string; span: Span };
  /** The document it is issued with: a cited one (canonical form), or null for the text itself. */
  of: string | null;
  /** The sentence that says so. */
  passage: { text: string; span: Span };
}

/**
 * The documents a text says are issued with another: its own (`Điều 1. Ban hành
 * kèm theo Quyết định này Quy chế …`, read only in an official document) and a
 * cited one's (`Quy chế hoạt động … ban hành kèm theo Quyết định số 84/QĐ-SNgV`).
 * An attachment has no number of its own, so it is known by its title and the
 * document it comes with.
 */
export function extractAttachments(context: { text: string; references: readonly AttachmentReference[]; selfIsDocument: boolean }): ExtractedAttachment[] {
  const { text } = context;
  const found: ExtractedAttachment[] = [];
  if (context.selfIsDocument) {
    for (const match of text.matchAll(new RegExp(ATTACHMENT_OF_ITSELF.source, `${ATTACHMENT_OF_ITSELF.flags}g`))) {
      const raw = match.groups!['quoted'] ?? match.groups!['title']!;
      const start = match.index + match[0].lastIndexOf(raw);
      const title = trimTitle(text, start, start + raw.length);
      found.push({ title, of: null, passage: sentenceAround(text, { start: match.index, end: match.index }) });
    }
  }
  const occurrences = context.references
    .flatMap((reference) => reference.occurrences.map((occurrence) => ({ canonical: reference.canonical, ...occurrence })))
    .sort((a, b) => a.span.start - b.span.start);
  occurrences.forEach((occurrence, i) => {
    // The gap before the reference, back to the one before it or its sentence's start.
    const from = Math.max(occurrence.sentence.span.start, occurrences[i - 1]?.span.end ?? 0);
    const title = citedAttachment(text, from, occurrence.span.start);
    if (title) found.push({ title, of: occurrence.canonical, passage: occurrence.sentence });
  });
  // The same attachment said twice of the same document is one, at its first mention.
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.title.span.start - b.title.span.start)
    .filter((attachment) => {
      const key = `${attachment.of ?? ''}\u0000${attachmentTitle(attachment.title.text).toLocaleLowerCase('vi')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The attachment named right before a cited document (`… Quy chế … ban hành kèm theo` ending at `end`), from its nearest title. */
export function citedAttachment(text: string, from: number, end: number): { text: string; span: Span } | null {
  const match = ATTACHMENT_OF_CITED.exec(text.slice(from, end));
  if (!match?.groups?.['title']) return null;
  const title = match.groups['title'];
  const nearer = [...title.matchAll(NEARER_TITLE)].at(-1);
  const offset = nearer ? nearer.index + nearer[0].length : 0;
  const start = from + match.index + offset;
  return trimTitle(text, start, from + match.index + title.length);
}

/** An attachment's title as a line shows it: the line breaks of a copied text become spaces. */
export function attachmentTitle(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** An attachment's title from where its match ends: it ends at its words, not at the spaces or the full stop after it. */
export function trimTitle(text: string, start: number, end: number): { text: string; span: Span } {
  while (end > start && /[\s.,:]/u.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), span: { start, end } };
}
