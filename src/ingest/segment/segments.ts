import type { Span } from '../../schemas/index.ts';

/** A piece of content: a line's text after chrome removal, with where it is. */
export interface TextRef {
  line: number;
  text: string;
  span: Span;
}

export type Block =
  /** `I. Về công tác cải cách hành chính nhà nước:` */
  | { type: 'heading'; refs: TextRef[] }
  | { type: 'paragraph'; refs: TextRef[] }
  /** `- ` items are depth 1, `+ ` items depth 2. */
  | { type: 'list-item'; marker: string; depth: 1 | 2; refs: TextRef[] }
  /** An image caption left on its own line in a news item. */
  | { type: 'caption'; refs: TextRef[] };

export interface DocumentHeader {
  /** `ỦY BAN NHÂN DÂN` / `THÀNH PHỐ HẢI PHÒNG`, when the copy kept them. */
  issuerLines: TextRef[];
  /** The motto, the slogan and the rules between the columns. */
  motto: TextRef[];
  /** `Số: 08 /TB-UBND`, or `Số:` / `3335/KH-UBND` when a copy broke it over two lines; empty when absent. */
  number: TextRef[];
  /** `Hải Phòng, ngày 06 tháng 01 năm 2021`, possibly over several lines; empty when absent. */
  placeDate: TextRef[];
  /** `THÔNG BÁO` */
  type?: TextRef;
  /** The trích yếu, possibly over several lines. */
  subject: TextRef[];
}

export interface NewsHeader {
  headline?: TextRef;
  /** `Thứ năm - 08/07/2021 09:31` */
  time?: TextRef;
  /** `Hải Phòng, ngày 21 tháng 09 năm 2019` */
  dateline?: TextRef;
}

/** A header with no part found yet. */
export function emptyHeader(): DocumentHeader {
  return { issuerLines: [], motto: [], number: [], placeDate: [], subject: [] };
}

/** Text cut out of a content line as page chrome: a table border, text before the header on its line. */
export interface CutFragment {
  line: number;
  text: string;
  reason: string;
  span: Span;
}

/** What every text has after its header. */
interface Parts {
  /** Table borders and marks cut from the header's lines; the record keeps them as removed. */
  cutAway: CutFragment[];
  body: Block[];
  /** `… thông báo để … thực hiện./.` */
  closing?: Block;
  recipients?: { heading: TextRef; items: TextRef[] };
  signature: TextRef[];
  /** What follows the signing block: an attached plan, regulation or list (`KẾ HOẠCH` / `(Ban hành kèm theo …)`). */
  appendix?: Block[];
}

/** An official document: its header, then its parts. */
export interface DocumentSegments extends Parts {
  kind: 'document';
  document: DocumentHeader;
}

/** A news item: its headline, time and dateline, then its body. */
export interface NewsSegments extends Parts {
  kind: 'news';
  news: NewsHeader;
}

export type Segments = DocumentSegments | NewsSegments;
