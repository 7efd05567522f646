import { documentTypeByHeading, foldOldTones } from '../extract/document-types.ts';
import { parseDocumentNumber } from '../extract/document-number.ts';
import { DATE_ONLY_LINE, PLACE_DATE_LINE } from '../patterns/dates.ts';
import { isUppercaseLine, NATION_MOTTO, NUMBER_LINE, PARTY_MOTTO, RULE_LINE, SLOGAN } from '../patterns/document-parts.ts';
import type { Cell } from './header-cells.ts';

export type TokenKind = 'nation-motto' | 'party-motto' | 'slogan' | 'rule' | 'number' | 'place-date' | 'date' | 'type-heading' | 'upper' | 'text';

/** One or more cells read as one part of a header. */
export interface Token {
  kind: TokenKind;
  cells: Cell[];
  /** The cells' texts joined by single spaces: `Sơn` / `La, ngày 16 tháng 11` / `năm 2018` → `Sơn La, ngày 16 tháng 11 năm 2018`. */
  text: string;
}

/**
 * The kinds that only a header has. Two different ones close together (a type heading counts with
 * them, though a heading alone starts no header) mark where a document starts.
 */
export const HEADER_KINDS: ReadonlySet<TokenKind> = new Set(['nation-motto', 'party-motto', 'slogan', 'number', 'place-date', 'date']);

// A copy may break a header cell over up to this many lines: `Sơn` / `La, ngày 16 tháng 11` / `năm 2018`.
const MAX_JOINED = 3;

/**
 * Reads cells as header tokens. A cell that is only a fragment (`CỘNG`, `Số:`,
 * `Kon`) is joined with the cells under it when together they make a motto, a
 * number or a place and date.
 */
export function toTokens(cells: readonly Cell[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < cells.length; ) {
    const alone = classify(cells[i]!.text);
    let taken: Token = { kind: alone, cells: [cells[i]!], text: cells[i]!.text };
    if (!HEADER_KINDS.has(alone) || (alone === 'number' && !numberValue(cells[i]!.text))) {
      for (let n = 2; n <= MAX_JOINED && i + n - 1 < cells.length; n++) {
        const next = cells[i + n - 1]!;
        const previous = cells[i + n - 2]!;
        if (next.boundaryBefore || next.line === previous.line) break;
        const joined = cells.slice(i, i + n);
        const text = joined.map((cell) => cell.text).join(' ');
        const kind = classify(text);
        if (HEADER_KINDS.has(kind) && (kind !== 'number' || numberValue(text))) {
          taken = { kind, cells: joined, text };
          break;
        }
      }
    }
    tokens.push(taken);
    i += taken.cells.length;
  }
  return tokens;
}

/** A text that is one header part on its own: a motto, a number line, a place and date, a date. */
export function isHeaderPart(text: string): boolean {
  return HEADER_KINDS.has(classify(text));
}

/** The number and symbol of a number line, when it reads as one: `Số: 08 /TB-UBND` → `08 /TB-UBND`. */
export function numberValue(text: string): string | undefined {
  const value = NUMBER_LINE.exec(text)?.groups?.['value'];
  return value && parseDocumentNumber(value) ? value : undefined;
}

function classify(text: string): TokenKind {
  if (whole(NATION_MOTTO, text)) return 'nation-motto';
  if (whole(PARTY_MOTTO, text)) return 'party-motto';
  if (whole(SLOGAN, text)) return 'slogan';
  if (RULE_LINE.test(text)) return 'rule';
  const number = NUMBER_LINE.exec(text);
  // `Số:` alone, a number, a serial without its symbol (`Công văn số 1238`) or a draft's blank
  // number (`Số:   /QĐ-UBND`); not a sentence that starts with `Số`.
  if (number && (numberValue(text) || /^(?:\/\S*|\d{1,5})?$/u.test(number.groups!['value']!))) return 'number';
  if (PLACE_DATE_LINE.test(text)) return 'place-date';
  if (DATE_ONLY_LINE.test(text)) return 'date';
  if (isTypeHeading(text)) return 'type-heading';
  if (isUppercaseLine(text) && /\p{Lu}.*\p{Lu}/u.test(text)) return 'upper';
  return 'text';
}

function whole(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && text.replace(match[0], '').replace(/[\s\-–_.:|*]/gu, '') === '';
}

// A type heading in capitals with a word or two more (`THÔNG BÁO KẾT LUẬN`) stays short.
const MAX_HEADING_LENGTH = 60;

/**
 * `QUYẾT ĐỊNH` · `KẾ HOẠCH` · `THÔNG BÁO KẾT LUẬN` · `Quyết định` (a copy in title case), but not
 * the enacting `QUYẾT ĐỊNH:` before the articles, nor a sentence that starts with a type's name.
 */
export function isTypeHeading(text: string): boolean {
  const bare = text.replace(/\*/gu, '').trim();
  // The longest type name is short; most lines are ruled out before any folding.
  if (/:$/u.test(bare) || bare.length > MAX_HEADING_LENGTH) return false;
  const type = documentTypeByHeading(bare);
  if (!type) return false;
  if (isUppercaseLine(bare)) return true;
  return foldOldTones(bare.toLocaleLowerCase('vi')) === foldOldTones(type.name.toLocaleLowerCase('vi'));
}
