import { SourceError } from '../source-error.ts';
import { detectLegacyEncoding } from './detect-legacy-encoding.ts';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface ReadSource {
  /**
   * The normalised text every span points into: decoded, without BOM,
   * `\n` line ends, NFC, Unicode spaces folded to U+0020, invisible
   * zero-width characters removed.
   */
  text: string;
  encoding: SourceEncoding;
}

// Invisible characters that split words for a reader's search without being seen.
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/gu;
// NBSP and the other Unicode spaces portals paste between words (`Chủ\u00A0tịch`).
const UNICODE_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
// C0 controls other than tab, line feed, carriage return and form feed.
export const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

/**
 * Bytes to the normalised text: UTF-8 with or without BOM, UTF-16 with BOM,
 * and Windows-1258 (whose tone marks are combining characters, composed here).
 * Text in the legacy TCVN3 and VNI font encodings is refused by name.
 */
export function readSource(bytes: Uint8Array, file: string): ReadSource {
  const sniffed = sniffEncoding(bytes);
  let encoding: SourceEncoding = sniffed.encoding;
  let decoded: string;
  try {
    decoded = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(sniffed.offset));
  } catch (cause) {
    const at = firstInvalidUtf8(bytes, sniffed.offset);
    const legacy = encoding === 'utf-8' ? readLegacy(bytes, file) : undefined;
    if (!legacy) {
      throw new SourceError({
        file,
        code: 'encoding-unreadable',
        line: at === undefined ? undefined : lineOfByte(bytes, at),
        message: `is not valid ${encoding.toUpperCase()}${at === undefined ? '' : ` (byte ${at} cannot be decoded)`}, nor Vietnamese in Windows-1258.`,
        hint: 'Save the file as UTF-8 (with or without BOM) or UTF-16 with BOM and run the ingest again.',
        cause,
      });
    }
    decoded = legacy;
    encoding = 'windows-1258';
  }
  refuseLegacyFont(decoded, file);
  if (decoded.trim() === '') {
    throw new SourceError({
      file,
      code: 'empty-source',
      message: 'is empty: it holds no text to archive.',
      hint: 'Put the text of the document in the file, or remove the file from content/sources/.',
    });
  }
  const text = normaliseText(decoded);
  const control = CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const isNul = control[0] === '\u0000';
    throw new SourceError({
      file,
      code: isNul ? 'binary-source' : 'control-character',
      line,
      message: isNul
        ? 'contains a NUL byte: it looks like a binary file (a PDF, a Word document or an image), not text.'
        : `contains the control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}.`,
      hint: isNul
        ? 'Export the document as plain text (UTF-8) and put that file in content/sources/ instead.'
        : 'Remove the character from the text (it is invisible in most editors) and run the ingest again.',
    });
  }
  return { text, encoding };
}

/**
 * The normalisation every source's text goes through, whatever its format:
 * `\n` line ends, NFC, Unicode spaces folded to U+0020, zero-width characters removed.
 */
export function normaliseText(decoded: string): string {
  return decoded.replace(/\r\n?/gu, '\n').replace(/\f/gu, '\n').normalize('NFC').replace(ZERO_WIDTH, '').replace(UNICODE_SPACE, ' ');
}

// Not UTF-8: Windows-1258 when that gives Vietnamese letters; a TCVN3 or VNI text is refused by name first.
export function readLegacy(bytes: Uint8Array, file: string): string | undefined {
  refuseLegacyFont(new TextDecoder('windows-1252').decode(bytes), file);
  const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const vietnamese = text.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length ?? 0;
  return vietnamese >= 3 ? text : undefined;
}

function refuseLegacyFont(text: string, file: string): void {
  const legacy = detectLegacyEncoding(text);
  if (!legacy) return;
  throw new SourceError({
    file,
    code: 'legacy-font-encoding',
    line: legacy.line,
    message: `looks like Vietnamese typed in the ${legacy.encoding} font encoding, not Unicode (it reads "${legacy.sample}").`,
    hint: `Convert it to Unicode (for example UniKey's "Công cụ chuyển mã", from ${legacy.encoding === 'VNI' ? 'VNI Windows' : 'TCVN3 (ABC)'} to Unicode), save it as UTF-8 and run the ingest again.`,
  });
}

function sniffEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', offset: 2 };
  return { encoding: 'utf-8', offset: 0 };
}

/** Index of the first byte that starts an invalid UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number | undefined {
  let i = from;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return undefined;
}

/** The 1-based line of a byte (for messages that point into the file). */
export function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
