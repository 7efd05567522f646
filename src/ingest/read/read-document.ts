import type { SourceFormat } from '../../schemas/index.ts';
import type { SourceInput } from '../ingest-source.ts';
import { SourceError } from '../source-error.ts';
import { binaryFormatOf } from './convert-binary.ts';
import { readHtml, type PageMetadata, type ReadHtml } from './read-html.ts';
import { readSource, type SourceEncoding } from './read-source.ts';

/** A source's text, whatever its format, with what the format's structure says about it. */
export interface ReadDocument {
  /** The normalised text every span points into. */
  text: string;
  encoding: SourceEncoding;
  format: SourceFormat;
  /** Lines the format's structure marks as page chrome (a saved page's navigation, sidebar, footer). */
  chrome: { line: number; reason: string }[];
  /** A saved page's own facts, for the fields the text leaves empty. */
  metadata: PageMetadata;
  /** Bold and italics of a saved page or a Word file, as spans of `text`; a plain text's are written in it (`**…**`). */
  styles: ReadHtml['styles'];
}

// index.html · Quyet-dinh-2862.HTM · bai-viet.htm
const HTML_FILE = /\.html?$/iu;

/**
 * Any source to its normalised text: plain text as it is; a saved web page, and
 * a Word file through the HTML mammoth makes of it, by the page's structure; a
 * `.doc` or a PDF through the text its conversion gave. A binary file must have
 * been converted at the edge (`scripts/lib/convert-sources.ts`): the converters
 * are asynchronous and run with time and memory limits there.
 */
export function readDocument(input: SourceInput): ReadDocument {
  const { file, bytes, converted } = input;
  if (converted) {
    if ('error' in converted) throw new SourceError({ file, code: converted.error.code, message: converted.error.message, hint: converted.error.hint });
    if ('html' in converted) return { ...readHtml(new TextEncoder().encode(converted.html), file, { fromWord: true }), format: converted.format };
    return { ...readSource(new TextEncoder().encode(converted.text), file), chrome: [], metadata: {}, styles: [], format: converted.format };
  }
  if (binaryFormatOf(file) !== null) {
    throw new SourceError({
      file,
      code: 'binary-unreadable',
      message: 'is a Word or PDF file that was not converted before it was read.',
      hint: 'Run it through npm run ingest or npm run build, which convert Word and PDF sources first.',
    });
  }
  if (HTML_FILE.test(file)) return { ...readHtml(bytes, file), format: 'html' };
  return { ...readSource(bytes, file), chrome: [], metadata: {}, styles: [], format: 'text' };
}
