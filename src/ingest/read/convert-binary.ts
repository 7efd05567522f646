import { inflateRawSync, inflateSync } from 'node:zlib';
import type { ConvertedSource } from '../ingest-source.ts';
import type { DiagnosticCode } from '../../schemas/index.ts';

/**
 * Word and PDF sources to what the pure stages read: `.docx` to HTML (mammoth,
 * so tables and emphasis survive), `.doc` to text (word-extractor), `.pdf` to
 * text rebuilt from the positions of its text items (unpdf, which is pdf.js).
 *
 * These libraries are asynchronous and trust their input; a hostile file can
 * make them hang or fill memory. So this runs at the edge, in a worker with a
 * time and memory limit (scripts/lib/convert-sources.ts), and refuses first
 * what it can see without them: a file too large, a zip that declares more than
 * a document holds (a zip bomb), a file cut short, a file of another format.
 * Bad input never throws: it comes back as `{ format, error }` with a message
 * that says what is wrong and a hint that says what to do.
 */

export type BinaryFormat = 'docx' | 'doc' | 'pdf';

export interface BinaryLimits {
  /** The file's own size, in bytes. */
  maxBytes: number;
  /** What a Word file's parts may add up to once unzipped, as its zip declares them. */
  maxUnzippedBytes: number;
  /** How many parts a Word file's zip may hold (a long report with pictures has a few hundred). */
  maxZipEntries: number;
  /** How many times larger than stored a large part may unzip (documents compress ten to fifty times; deflate's most is about 1000). */
  maxZipRatio: number;
  /** How many pages a PDF may have. */
  maxPages: number;
  /**
   * What a PDF's compressed streams may add up to once inflated. pdf.js inflates them into buffers the
   * worker's heap limit does not reach: a 1 MB file can hold a stream of a gigabyte.
   */
  maxPdfStreamBytes: number;
}

export const DEFAULT_LIMITS: Readonly<BinaryLimits> = {
  maxBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 50 * 1024 * 1024,
  maxZipEntries: 5000,
  maxZipRatio: 200,
  maxPages: 500,
  maxPdfStreamBytes: 200 * 1024 * 1024,
};

// A Word or PDF file by its extension: `QĐ 2862.docx` · `ke-hoach.DOC` · `scan.Pdf`
const BINARY_EXTENSION = /\.(?<extension>docx|doc|pdf)$/iu;

/** The format a source's file name says it is in, or null when it is not a Word or PDF file. */
export function binaryFormatOf(file: string): BinaryFormat | null {
  const extension = BINARY_EXTENSION.exec(file)?.groups?.['extension'];
  return extension === undefined ? null : (extension.toLowerCase() as BinaryFormat);
}

type ConversionError = { code: DiagnosticCode; message: string; hint: string };

/** Thrown inside this module only, to leave a conversion with a finished error; `convertBinary` turns it into `{ format, error }`. */
class Refusal extends Error {
  readonly error: ConversionError;
  constructor(error: ConversionError) {
    super(error.message);
    this.error = error;
  }
}

/**
 * A Word or PDF file to HTML or text, by its extension (lower-cased). Never
 * throws for bad bytes; a file name that is not `.docx`, `.doc` or `.pdf` is
 * the caller's mistake and throws.
 */
export async function convertBinary(bytes: Uint8Array, file: string, limits: Partial<BinaryLimits> = {}): Promise<ConvertedSource> {
  const format = binaryFormatOf(file);
  if (format === null) throw new Error(`convertBinary: "${file}" is not a .docx, .doc or .pdf file; only those are converted.`);
  const limit: BinaryLimits = { ...DEFAULT_LIMITS, ...limits };
  try {
    if (bytes.length > limit.maxBytes) {
      throw new Refusal({
        code: 'binary-too-large',
        message: `is ${formatSize(bytes.length)}, more than the ${formatSize(limit.maxBytes)} a Word or PDF source may be.`,
        hint: 'Keep only the pages of the document itself, or export its text as a UTF-8 .txt file, and put that file in content/sources/ instead.',
      });
    }
    if (format === 'docx') return { format, html: await convertDocx(bytes, limit) };
    if (format === 'doc') return { format, text: await convertDoc(bytes) };
    return { format, text: await convertPdf(bytes, limit) };
  } catch (error) {
    if (error instanceof Refusal) return { format, error: error.error };
    // A library's own failure on bytes it could not parse: the file is damaged, whatever the library calls it.
    return { format, error: damaged(format, error) };
  }
}

/**
 * Loads the libraries of these formats ahead of their first file (mammoth and
 * pdf.js take some 60 ms each to load), so a worker that starts early has them
 * ready; a format not asked for is loaded when its first file comes.
 */
export async function loadConverters(formats: readonly BinaryFormat[]): Promise<void> {
  const loaders: Record<BinaryFormat, () => Promise<unknown>> = {
    docx: () => import('mammoth'),
    doc: () => import('word-extractor'),
    pdf: () => import('unpdf').then((unpdf) => unpdf.getResolvedPDFJS()),
  };
  await Promise.all([...new Set(formats)].map((format) => loaders[format]()));
}

function damaged(format: BinaryFormat, error: unknown): ConversionError {
  const reason = error instanceof Error ? error.message : String(error);
  const what = format === 'pdf' ? 'PDF' : format === 'docx' ? 'Word file' : 'Word 97–2003 file';
  return {
    code: 'binary-unreadable',
    message: `is a damaged ${what} that cannot be read (${reason.trim().replace(/\.$/u, '')}).`,
    hint:
      format === 'pdf'
        ? 'Download or copy the PDF again; if it opens in a PDF reader, print it to a new PDF and put that file in content/sources/.'
        : `Open it in Word or LibreOffice and save it again as .${format === 'docx' ? 'docx' : 'docx or .doc'} (or export its text as a UTF-8 .txt file), and put that file in content/sources/.`,
  };
}

/** A size as a person reads it: `39 KB` · `2.5 MB` · `64 MB`. */
function formatSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes < 1) return `${Math.round(bytes / 1024)} KB`;
  return `${megabytes < 10 ? megabytes.toFixed(1).replace(/\.0$/u, '') : Math.round(megabytes)} MB`;
}

// ---------------------------------------------------------------------------
// What the first bytes say a file is, whatever its name: a file saved under
// the wrong extension gets a message that says to rename it, not "damaged".

type Sniffed = 'zip' | 'ole' | 'pdf' | 'other';

// `PK\x03\x04`: a zip (Word 2007 and later); an empty zip starts `PK\x05\x06`.
const ZIP_MAGIC = [0x50, 0x4b];
// `D0 CF 11 E0 A1 B1 1A E1`: an OLE compound file (Word 97–2003, and a password-protected .docx).
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// `%PDF-1.7`; the standard lets junk stand before it, readers look in the first kilobyte.
const PDF_MAGIC = '%PDF-';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (latin1(bytes.subarray(0, 1024)).includes(PDF_MAGIC)) return 'pdf';
  return 'other';
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

function misnamed(sniffed: Sniffed, expected: BinaryFormat): Refusal | null {
  const rename = (actual: string, extension: string) =>
    new Refusal({
      code: 'binary-unreadable',
      message: `is ${actual} named .${expected}.`,
      hint: `Rename it to .${extension} (or save it again in the format its name says) and run the ingest again.`,
    });
  if (sniffed === 'pdf' && expected !== 'pdf') return rename('a PDF', 'pdf');
  if (sniffed === 'zip' && expected !== 'docx') return rename('a Word 2007+ file (.docx)', 'docx');
  if (sniffed === 'ole' && expected === 'pdf') return rename('a Word 97–2003 file (.doc)', 'doc');
  return null;
}

// ---------------------------------------------------------------------------
// .docx: a zip. Its central directory is read here, before mammoth, because
// JSZip (inside mammoth) unzips whatever a part declares.

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two Word writes. */
  method: number;
  /** Bit 0 set: the part is encrypted with the zip's own (weak) password scheme. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why a zip cannot be read: it was cut short (`truncated`) or something else in it is wrong (`corrupt`). */
export class ZipError extends Error {
  readonly kind: 'truncated' | 'corrupt';
  constructor(kind: 'truncated' | 'corrupt', message: string) {
    super(message);
    this.kind = kind;
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// A 16- or 32-bit field set to all ones says "see the ZIP64 extra field".
const ZIP64_SHORT = 0xffff;
const ZIP64_LONG = 0xffffffff;
const ZIP64_EXTRA = 0x0001;

/**
 * The entries of a zip's central directory, as the zip declares them (APPNOTE
 * 6.3.10, §4.3.12–4.3.16, with ZIP64). Reads only the directory: nothing is
 * unzipped. Throws `ZipError` for a zip cut short or damaged.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65535: searched backwards from the end.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('truncated', 'the zip has no end-of-directory record');
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  let directoryEnd = end;
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) throw new ZipError('corrupt', 'the zip is split across several disks');
  if (count === ZIP64_SHORT || directorySize === ZIP64_LONG || directoryOffset === ZIP64_LONG) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipError('corrupt', 'the zip says it is ZIP64 but has no ZIP64 locator');
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) throw new ZipError('corrupt', 'the ZIP64 end-of-directory record is missing');
    count = safeNumber(view.getBigUint64(record + 32, true));
    directorySize = safeNumber(view.getBigUint64(record + 40, true));
    directoryOffset = safeNumber(view.getBigUint64(record + 48, true));
    directoryEnd = record;
  }
  if (directoryOffset + directorySize > directoryEnd) throw new ZipError('truncated', 'the zip directory points past the end of the file');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directoryEnd || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipError('corrupt', `the zip directory's entry ${index + 1} of ${count} is not where the directory says`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength + commentLength > directoryEnd) throw new ZipError('corrupt', `the zip directory's entry ${index + 1} runs past the directory`);
    const entry: ZipEntry = {
      name: new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 64-bit sizes and offset a ZIP64 extra field gives, in place of the 32-bit fields set to all ones, in this order. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) throw new ZipError('corrupt', `the ZIP64 field of "${entry.name}" is too short`);
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === ZIP64_LONG) entry.uncompressedSize = next();
      if (entry.compressedSize === ZIP64_LONG) entry.compressedSize = next();
      if (entry.localHeaderOffset === ZIP64_LONG) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

// Sizes beyond 2^53 bytes are refused as too large anyway; they only have to stay comparable.
const safeNumber = (value: bigint) => (value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value));

// A part must be this large before its ratio counts: a small part of repeated markup compresses well and harms nothing.
const RATIO_FLOOR = 1024 * 1024;
// The parts mammoth reads as text, pictures not: `word/document.xml` · `word/_rels/document.xml.rels` (not `word/media/image1.png`).
const XML_PART = /\.(?:xml|rels)$/iu;

/** Refuses a zip whose directory declares more than a document holds; returns its entries otherwise. */
function checkZip(bytes: Uint8Array, limit: BinaryLimits): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    throw error.kind === 'truncated'
      ? new Refusal({
          code: 'binary-unreadable',
          message: `is not a complete Word file: ${error.message} (the file was cut short while it was downloaded or copied).`,
          hint: 'Download or copy the file again, or open it in Word or LibreOffice and save it again as .docx, and put that file in content/sources/.',
        })
      : new Refusal({
          code: 'binary-unreadable',
          message: `is a damaged Word file: ${error.message}.`,
          hint: 'Open it in Word or LibreOffice and save it again as .docx (or export its text as a UTF-8 .txt file), and put that file in content/sources/.',
        });
  }
  const bomb = 'Open it in Word or LibreOffice and save it again as .docx, or export its text as a UTF-8 .txt file; if it will not open, do not archive it.';
  if (entries.length > limit.maxZipEntries) {
    throw new Refusal({
      code: 'binary-too-large',
      message: `is a Word file of ${entries.length} parts, more than the ${limit.maxZipEntries} a document has: it may be a zip bomb.`,
      hint: bomb,
    });
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limit.maxUnzippedBytes) {
    throw new Refusal({
      code: 'binary-too-large',
      message: `is a Word file whose parts declare ${formatSize(total)} once unzipped, more than the ${formatSize(limit.maxUnzippedBytes)} limit: it may be a zip bomb.`,
      hint: bomb,
    });
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= RATIO_FLOOR && ratio > limit.maxZipRatio) {
      throw new Refusal({
        code: 'binary-too-large',
        message: `is a Word file whose part "${entry.name}" unzips ${Math.round(ratio)} times larger than it is stored (${formatSize(entry.uncompressedSize)}), far more than a document compresses: it may be a zip bomb.`,
        hint: bomb,
      });
    }
    if (entry.flags & 1) {
      throw new Refusal({
        code: 'binary-unreadable',
        message: `is a zip whose part "${entry.name}" is encrypted with a zip password, which Word never does.`,
        hint: 'Open it in Word or LibreOffice and save it again as .docx, and put that file in content/sources/.',
      });
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw new Refusal({
        code: 'binary-unreadable',
        message: `is a zip whose part "${entry.name}" is packed with compression method ${entry.method}, which Word never uses.`,
        hint: 'Open it in Word or LibreOffice and save it again as .docx, and put that file in content/sources/.',
      });
    }
  }
  return entries;
}

/**
 * Unzips each part mammoth will read, stopping at the size the directory
 * declares: a zip can lie in its directory, and JSZip would unzip on past it.
 * Cheap for a document (its XML is some hundred kilobytes); pictures are skipped.
 */
function verifyDeclaredSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (!XML_PART.test(entry.name)) continue;
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
      throw new Refusal({
        code: 'binary-unreadable',
        message: `is a damaged Word file: the part "${entry.name}" is not where the zip directory says.`,
        hint: 'Download or copy the file again, or open it in Word or LibreOffice and save it again as .docx.',
      });
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > bytes.length) {
      throw new Refusal({
        code: 'binary-unreadable',
        message: `is not a complete Word file: the part "${entry.name}" runs past the end of the file (it was cut short).`,
        hint: 'Download or copy the file again, and put the whole file in content/sources/.',
      });
    }
    if (entry.method !== 8) continue;
    try {
      // One byte more than declared is enough to catch the lie; zlib stops there, so a bomb never fills memory.
      inflateRawSync(bytes.subarray(start, start + entry.compressedSize), { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (error) {
      const tooLarge = error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE');
      throw tooLarge
        ? new Refusal({
            code: 'binary-too-large',
            message: `is a Word file whose part "${entry.name}" unzips to more than the ${entry.uncompressedSize} bytes its zip declares: it is damaged or made to fill memory (a zip bomb).`,
            hint: 'Open it in Word or LibreOffice and save it again as .docx; if it will not open, do not archive it.',
          })
        : new Refusal({
            code: 'binary-unreadable',
            message: `is a damaged Word file: the part "${entry.name}" cannot be unzipped (${(error as Error).message}).`,
            hint: 'Download or copy the file again, or open it in Word or LibreOffice and save it again as .docx.',
          });
    }
  }
}

// The name of the stream an encrypted Office file keeps its key data in, as UTF-16LE in the OLE directory (MS-OFFCRYPTO 2.3.1).
const ENCRYPTION_INFO = new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le'));

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle) !== -1;
}

async function convertDocx(bytes: Uint8Array, limit: BinaryLimits): Promise<string> {
  const sniffed = sniff(bytes);
  // Word saves a .docx with a password as an OLE file that holds the encrypted zip.
  if (sniffed === 'ole' && containsBytes(bytes, ENCRYPTION_INFO)) {
    throw new Refusal({
      code: 'binary-encrypted',
      message: 'is a Word file protected by a password: its text cannot be read without it.',
      hint: 'Open it in Word with the password, remove the password (File → Info → Protect Document → Encrypt with Password, leave it empty), save it and put that file in content/sources/.',
    });
  }
  if (sniffed === 'ole') {
    throw new Refusal({
      code: 'binary-unreadable',
      message: 'is a Word 97–2003 file (.doc) named .docx.',
      hint: 'Rename it to .doc (or save it again as .docx) and run the ingest again.',
    });
  }
  const wrong = misnamed(sniffed, 'docx');
  if (wrong) throw wrong;
  if (sniffed !== 'zip') {
    throw new Refusal({
      code: 'binary-unreadable',
      message: 'is not a Word file: a .docx is a zip, and this file does not start as one.',
      hint: 'Open it in Word or LibreOffice and save it again as .docx (or export its text as a UTF-8 .txt file), and put that file in content/sources/.',
    });
  }
  verifyDeclaredSizes(bytes, checkZip(bytes, limit));
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      // Pictures carry no text: an empty <img> instead of the picture as a data: URL, which would only fill memory.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      // A linked picture or file on this machine (a hostile .docx can point at /etc/passwd) is never read.
      externalFileAccess: false,
    },
  );
  return result.value;
}

// ---------------------------------------------------------------------------
// .doc: Word 97–2003, an OLE compound file; word-extractor reads its text
// pieces. Table cells end with a tab; a row ends with one more.

// The tab a row of a table ends with, and spaces left at a line's end: `Số: 2862/QĐ-UBND\tSơn La, ngày …\t`
const TRAILING_BLANKS = /[\t ]+$/gmu;

async function convertDoc(bytes: Uint8Array): Promise<string> {
  const sniffed = sniff(bytes);
  const wrong = misnamed(sniffed, 'doc');
  if (wrong) throw wrong;
  if (sniffed !== 'ole') {
    throw new Refusal({
      code: 'binary-unreadable',
      message: 'is not a Word 97–2003 file: it does not start as one (an OLE compound file).',
      hint: 'Open it in Word or LibreOffice and save it as .docx (or export its text as a UTF-8 .txt file), and put that file in content/sources/.',
    });
  }
  const { default: WordExtractor } = await import('word-extractor');
  const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  // The cells of a row stay on one line, parted by a tab, as the header's two columns are: `Số: 2862/QĐ-UBND\tSơn La, ngày 16 tháng 11 năm 2018`.
  return document.getBody().replace(/\r\n?/gu, '\n').replace(TRAILING_BLANKS, '');
}

// ---------------------------------------------------------------------------
// .pdf: text items with their positions (pdf.js), rebuilt into lines.

/** One run of text on a page, where pdf.js puts it: `x`, `y` the start of its baseline in points from the bottom left. */
export interface PdfTextRun {
  str: string;
  x: number;
  y: number;
  /** Its advance along the baseline, in points. */
  width: number;
  fontSize: number;
}

// How far two baselines may differ and still be one line, in ems of the larger font: a superscript, or the
// header's two columns set in 13 and 14 pt (`Số: 2862/QĐ-UBND` at y 715.989, `Sơn La, ngày …` at 715.089).
const SAME_LINE_EM = 0.45;
// A gap wider than this between two runs is a space (pdf.js leaves word spaces inside a run; this catches the rest).
const WORD_GAP_EM = 0.15;
// A gap wider than this is no word space but a gap between columns: the header's `ỦY BAN NHÂN DÂN` ends 2.4 em
// before `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` begins; a justified line stretches its spaces to about 0.7 em.
const COLUMN_GAP_EM = 1;
// Runs of spaces inside a cell, where two runs each brought one (`Điều 1.` + ` Ban hành`); tabs, the gaps between columns, are kept.
const SPACES = / {2,}/gu;

/**
 * A page's runs as lines, top to bottom: runs on one baseline sorted left to
 * right, joined with a space where a word gap parts them and with a tab where
 * a column gap does, so the header's two columns read as two cells:
 *   ỦY BAN NHÂN DÂN<TAB>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 * Lines are not rejoined into paragraphs (the pipeline does that), and a word
 * hyphenated at a line's end stays as written.
 */
export function pageLines(runs: readonly PdfTextRun[]): string[] {
  const sorted = runs.filter((run) => run.str.trim() !== '' && run.fontSize > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextRun[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - run.y) <= SAME_LINE_EM * Math.max(first.fontSize, run.fontSize)) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => joinRuns(line.sort((a, b) => a.x - b.x)));
}

function joinRuns(runs: readonly PdfTextRun[]): string {
  let text = '';
  let previous: PdfTextRun | undefined;
  for (const run of runs) {
    if (previous) {
      const em = Math.max(previous.fontSize, run.fontSize);
      // Bold faked by printing the same text twice, half a point apart: printed once.
      if (run.str === previous.str && Math.abs(run.x - previous.x) < 0.1 * em) continue;
      const gap = run.x - (previous.x + previous.width);
      if (gap > COLUMN_GAP_EM * em) text = `${text.trimEnd()}\t`;
      else if (gap > WORD_GAP_EM * em && !/\s$/u.test(text) && !/^\s/u.test(run.str)) text += ' ';
    }
    text += run.str;
    previous = run;
  }
  return text
    .split('\t')
    .map((cell) => cell.replace(SPACES, ' ').trim())
    .join('\t');
}

// A PDF ends with `%%EOF` (an updated one, after each update); readers look for it in the last kilobyte.
const PDF_END = '%%EOF';

async function convertPdf(bytes: Uint8Array, limit: BinaryLimits): Promise<string> {
  const sniffed = sniff(bytes);
  const wrong = misnamed(sniffed, 'pdf');
  if (wrong) throw wrong;
  if (sniffed !== 'pdf') {
    throw new Refusal({
      code: 'binary-unreadable',
      message: 'is not a PDF: it does not start with "%PDF-".',
      hint: 'Download or export the document again as PDF (or as a UTF-8 .txt file), and put that file in content/sources/.',
    });
  }
  // pdf.js rebuilds what it can of a file cut short and would give part of the text as if it were all of it.
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes(PDF_END)) {
    throw new Refusal({
      code: 'binary-unreadable',
      message: 'is not a complete PDF: it does not end with "%%EOF" (the file was cut short while it was downloaded or copied).',
      hint: 'Download or copy the PDF again, and put the whole file in content/sources/.',
    });
  }
  refusePdfBomb(bytes, limit.maxPdfStreamBytes);
  const { getDocumentProxy } = await import('unpdf');
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes the buffer over (it may detach it): it gets a copy, and the source keeps its bytes.
    // Verbosity 0: its warnings on a damaged file (`Indexing all PDF objects`) stay off the console; the error says it.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new Refusal({
        code: 'binary-encrypted',
        message: 'is a PDF protected by a password: its text cannot be read without it.',
        hint: 'Open it with the password and save or print it to a new PDF without one (or run `qpdf --decrypt --password=<password> in.pdf out.pdf`), and put that file in content/sources/.',
      });
    }
    throw error;
  }
  try {
    if (document.numPages > limit.maxPages) {
      throw new Refusal({
        code: 'binary-too-large',
        message: `has ${document.numPages} pages, more than the ${limit.maxPages} a source may have.`,
        hint: 'Keep only the pages of the document itself (e.g. `qpdf in.pdf --pages . 1-20 -- out.pdf`) and put that file in content/sources/.',
      });
    }
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) => ('str' in item ? runOf(item) : []));
      // Upright text first, then text turned a quarter, a half, three quarters (a landscape table drawn turned).
      pages.push([0, 1, 2, 3].flatMap((turn) => pageLines(runs.filter((run) => run.turn === turn))));
      page.cleanup();
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new Refusal({
        code: 'pdf-scanned',
        message: `is a scanned PDF: its ${document.numPages === 1 ? 'page is a picture' : `${document.numPages} pages are pictures`} with no text layer, so there is no text to read (the archive does not guess it).`,
        hint: 'Make a text PDF by OCR, e.g. `ocrmypdf -l vie in.pdf out.pdf`, check the text it found, and put that file in content/sources/ (or type the text into a UTF-8 .txt file).',
      });
    }
    // Pages part with a form feed, as pdftotext's do; the pipeline reads it as a line break (`normaliseText`).
    return `${pages.map((lines) => lines.join('\n')).join('\f')}\n`;
  } finally {
    await document.loadingTask.destroy();
  }
}

// A run's matrix is [size·cos θ, size·sin θ, −size·sin θ, size·cos θ, x, y] (times the page's scale): upright text
// has θ = 0; text drawn turned (θ = 90°, a landscape table on a portrait page) is turned back, so its lines read as
// lines. A run at another angle (a diagonal `BẢN SAO` stamp) is no line of the text and is left out.
function runOf(item: { str: string; transform: number[]; width: number }): (PdfTextRun & { turn: number })[] {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  const degrees = (Math.atan2(b, a) * 180) / Math.PI;
  const turn = (Math.round(degrees / 90) + 4) % 4;
  if (Math.abs(degrees - Math.round(degrees / 90) * 90) > 1) return [];
  // The point turned back by `turn` quarters, so the run's baseline runs left to right.
  const [upX, upY] = [
    [x, y],
    [y, -x],
    [-x, -y],
    [-y, x],
  ][turn]!;
  return [{ str: item.str, x: upX!, y: upY!, width: item.width, fontSize: Math.hypot(c, d), turn }];
}

// `<< /Length 1234 /Filter /FlateDecode >>` then `stream` and a line end: where a compressed stream's data starts.
const STREAM_START = /stream\r?\n/gu;
// How far back from `stream` its dictionary is looked for.
const DICTIONARY_REACH = 2048;

/**
 * Inflates each of a PDF's Flate streams, capped, before pdf.js does it unbounded: a stream that would
 * inflate past what is left of `budget` refuses the file as too large. A stream that does not inflate
 * (damaged, or another filter) is left for pdf.js to judge.
 */
function refusePdfBomb(bytes: Uint8Array, budget: number): void {
  const text = latin1(bytes);
  let left = budget;
  for (const match of text.matchAll(STREAM_START)) {
    const dictionary = text.slice(Math.max(0, match.index - DICTIONARY_REACH), match.index);
    const opened = dictionary.lastIndexOf('<<');
    if (opened === -1 || !dictionary.slice(opened).includes('/FlateDecode')) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) continue;
    let inflated: number;
    try {
      inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, left) }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      inflated = left + 1;
    }
    left -= inflated;
    if (left < 0) {
      throw new Refusal({
        code: 'binary-too-large',
        message: `is a PDF whose compressed streams inflate to more than ${formatSize(budget)}: it may be a PDF bomb.`,
        hint: 'Open it in a PDF reader and print it to a new PDF, or export its text as a UTF-8 .txt file; if it will not open, do not archive it.',
      });
    }
  }
}
