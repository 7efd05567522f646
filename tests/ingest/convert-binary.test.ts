import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import type { ConvertedSource } from '../../src/ingest/ingest-source.ts';
import { binaryFormatOf, convertBinary, DEFAULT_LIMITS, pageLines, readZipDirectory, ZipError, type PdfTextRun } from '../../src/ingest/read/convert-binary.ts';
import { collapse } from '../helpers/html-text.ts';
import { REAL_DIR, ROOT } from '../helpers/fixtures.ts';

// Made by scripts/make-binary-fixtures.ts (see the README there).
const BINARY_DIR = join(ROOT, 'tests/fixtures/binary');
const fixture = (name: string) => readFileSync(join(BINARY_DIR, name));

/**
 * What a reader of the converted source sees as separate pieces: for HTML, each paragraph or cell; for text,
 * each line, cut at tabs (the gap between two columns). The header's columns are separate when each of their
 * lines is a piece of its own.
 */
function piecesOf(converted: ConvertedSource): string[] {
  if ('error' in converted) throw new Error(`${converted.error.code}: ${converted.error.message}`);
  const text = 'html' in converted ? decodeHTML(converted.html.replace(/<\/(?:p|td|li|h\d)>|<br\s*\/?>/gu, '\n').replace(/<[^>]*>/gu, '')) : converted.text;
  return text
    .split(/[\n\t\f]/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

const allText = (converted: ConvertedSource) => collapse(piecesOf(converted).join(' '));

// The header of each notice, as its real text in tests/fixtures/real/ has it.
const NOTICES = [
  {
    name: '001-quyet-dinh',
    source: '001.txt',
    left: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', 'Số: 2862/QĐ-UBND'],
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Sơn La, ngày 16 tháng 11 năm 2018'],
    heading: 'QUYẾT ĐỊNH',
    subject: 'VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ VÀ TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN, DOANH NGHIỆP TRÊN CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA',
    last: 'chịu trách nhiệm thi hành Quyết định này./.',
  },
  {
    name: '031-ke-hoach',
    source: '031.txt',
    left: ['ỦY BAN NHÂN DÂN', 'TỈNH KHÁNH HÒA', 'Số: 14084/KH-UBND'],
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Khánh Hòa, ngày 09 tháng 12 năm 2024'],
    heading: 'KẾ HOẠCH',
    subject: 'TRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA',
    last: 'về việc Khung triển khai dịch vụ công trực tuyến.',
  },
] as const;

describe.each(NOTICES)('$name in Word and PDF', (notice) => {
  const real = collapse(readFileSync(join(REAL_DIR, notice.source), 'utf8'));

  it('has a header that its real text has', () => {
    for (const line of [...notice.left, ...notice.right, notice.heading, notice.subject]) expect(real).toContain(line);
  });

  it.each([
    // Word 2007+: HTML, the header a table of two columns
    ['docx', 'html'],
    // Word 97–2003: text, a table's cells parted by tabs
    ['doc', 'text'],
    // PDF: text rebuilt from where pdf.js puts each run, the columns parted by a tab
    ['pdf', 'text'],
  ] as const)('.%s converts to %s with every header line as a piece of its own', async (extension, kind) => {
    const converted = await convertBinary(fixture(`${notice.name}.${extension}`), `${notice.name}.${extension}`);
    expect(converted.format).toBe(extension);
    expect(kind in converted).toBe(true);
    const pieces = piecesOf(converted);
    // Issuer and `Số:` on the left, motto, slogan and dateline on the right: no piece runs one column into the other.
    for (const line of [...notice.left, ...notice.right, notice.heading]) expect(pieces).toContain(line);
    // The subject and the body's last sentence whole (a PDF breaks them over lines; the pipeline rejoins them).
    expect(allText(converted)).toContain(notice.subject);
    expect(allText(converted)).toContain(notice.last);
  });

  it('.pdf keeps the two header columns on one line, parted by a tab', async () => {
    const converted = await convertBinary(fixture(`${notice.name}.pdf`), `${notice.name}.pdf`);
    const lines = 'text' in converted ? converted.text.split('\n') : [];
    expect(lines[0]).toBe(`${notice.left[0]}\t${notice.right[0]}`);
    expect(lines).toContain(`${notice.left[2]}\t${notice.right[2]}`);
  });

  it('.docx keeps the header as a table: issuer and motto in two cells of its first row', async () => {
    const converted = await convertBinary(fixture(`${notice.name}.docx`), `${notice.name}.docx`);
    const html = 'html' in converted ? converted.html : '';
    const firstRow = /<tr>(?<row>.*?)<\/tr>/u.exec(html)?.groups?.['row'] ?? '';
    const cells = [...firstRow.matchAll(/<td>(?<cell>.*?)<\/td>/gu)].map((match) => match.groups!['cell']!);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain(notice.left[0]);
    expect(cells[1]).toContain(notice.right[0]);
    // Emphasis survives: the heading is bold.
    expect(html).toContain(`<strong>${notice.heading}</strong>`);
  });
});

// An OLE compound file's first bytes (Word 97–2003, and Word's password-protected .docx).
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The first 4 KB of an OLE file whose directory names the stream `EncryptionInfo`, as Word's password-protected .docx does (MS-OFFCRYPTO 2.3.4). */
function encryptedDocxLike(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE_HEADER);
  bytes.set(Buffer.from('EncryptionInfo', 'utf16le'), 1024);
  return bytes;
}

/** A PDF of pages of text in Helvetica, one `[x, y, text]` per run (`turned`: drawn a quarter turn anticlockwise); made in memory. */
function pdfOf(pages: readonly (readonly [number, number, string, 'turned'?])[][]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // 1 is the catalog, 2 the page tree: numbered after them.
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((runs) => {
    const content = runs.map(([x, y, text, turned]) => `BT /F1 12 Tf ${turned ? `0 1 -1 0 ${x} ${y} Tm` : `${x} ${y} Td`} (${text}) Tj ET`).join('\n');
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`);
  });
  const all = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`, ...objects];
  let pdf = '%PDF-1.4\n';
  const offsets = all.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('bad files are refused with a code and a message that says what to do', () => {
  it.each([
    // a download cut short: the zip's directory, at its end, is missing
    ['truncated.docx', 'binary-unreadable', /cut short/u, /Download or copy the file again/u],
    // 66 KB on disk, 64 MiB declared once unzipped: refused before anything is unzipped
    ['zip-bomb.docx', 'binary-too-large', /64 MB once unzipped.*zip bomb/u, /save it again as \.docx/u],
    // a directory that declares 1000 bytes for a part that unzips to 2 MiB: unzipping stops at the declared size
    ['lying-sizes.docx', 'binary-too-large', /more than the 1000 bytes its zip declares/u, /do not archive it/u],
    // a PDF cut short: no `%%EOF` at its end (pdf.js would rebuild half of it and say nothing)
    ['truncated.pdf', 'binary-unreadable', /not a complete PDF.*%%EOF/u, /Download or copy the PDF again/u],
    // a whole PDF whose objects are noise
    ['corrupt.pdf', 'binary-unreadable', /damaged PDF.*Invalid PDF structure/u, /print it to a new PDF/u],
    // an open password (LibreOffice's export with one)
    ['encrypted.pdf', 'binary-encrypted', /protected by a password/u, /qpdf --decrypt/u],
    // a page that is only a picture: a scan, never guessed at
    ['scan.pdf', 'pdf-scanned', /scanned PDF.*no text layer/u, /ocrmypdf -l vie in\.pdf out\.pdf/u],
  ])('%s → %s', async (name, code, says, does) => {
    const converted = await convertBinary(fixture(name), name);
    expect('error' in converted && converted.error).toMatchObject({ code, message: expect.stringMatching(says), hint: expect.stringMatching(does) });
  });

  it.each([
    // a Word 97–2003 file saved as .docx
    ['renamed.docx', () => fixture('001-quyet-dinh.doc'), 'binary-unreadable', /Word 97–2003 file \(\.doc\) named \.docx/u, /Rename it to \.doc/u],
    // a Word 2007+ file saved as .doc
    ['renamed.doc', () => fixture('001-quyet-dinh.docx'), 'binary-unreadable', /Word 2007\+ file \(\.docx\) named \.doc/u, /Rename it to \.docx/u],
    // a Word file saved as .pdf
    ['renamed.pdf', () => fixture('001-quyet-dinh.docx'), 'binary-unreadable', /named \.pdf/u, /Rename it to \.docx/u],
    // a text file named .doc
    ['text.doc', () => new TextEncoder().encode('ỦY BAN NHÂN DÂN\n'), 'binary-unreadable', /not a Word 97–2003 file/u, /save it as \.docx/u],
    // Word's password-protected .docx: an OLE file with an `EncryptionInfo` stream
    ['password.docx', encryptedDocxLike, 'binary-encrypted', /Word file protected by a password/u, /remove the password/u],
    // an empty file
    ['empty.pdf', () => new Uint8Array(0), 'binary-unreadable', /not a PDF/u, /Download or export the document again/u],
    // 51 MB, over the 50 MB limit: refused before pdf.js sees it
    ['huge.pdf', () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(51 * 1024 * 1024, 0x20), Buffer.from('%%EOF\n')]), 'binary-too-large', /is 51 MB, more than the 50 MB/u, /Keep only the pages/u],
    // 600 pages, over the 500-page limit: refused once pdf.js has read the page count, before any page
    ['long.pdf', () => pdfOf(Array.from({ length: 600 }, (_, index) => [[72, 770, `Trang ${index + 1}`] as const])), 'binary-too-large', /has 600 pages, more than the 500/u, /qpdf in\.pdf --pages/u],
  ])('%s → %s', async (name, bytes, code, says, does) => {
    const converted = await convertBinary(bytes(), name);
    expect('error' in converted && converted.error).toMatchObject({ code, message: expect.stringMatching(says), hint: expect.stringMatching(does) });
  });

  it.each([
    // the file's size
    [{ maxBytes: 10_000 }, '001-quyet-dinh.pdf', /is 39 KB, more than the 10 KB/u],
    // the pages
    [{ maxPages: 0 }, '001-quyet-dinh.pdf', /has 1 pages, more than the 0/u],
    // what the zip declares in all
    [{ maxUnzippedBytes: 10_000 }, '001-quyet-dinh.docx', /declare \d+ KB once unzipped, more than the 10 KB limit/u],
    // how many parts the zip has
    [{ maxZipEntries: 3 }, '001-quyet-dinh.docx', /parts, more than the 3/u],
    // how much a large part grows: the zip bomb, with the total limit raised past it
    [{ maxUnzippedBytes: 100 * 1024 * 1024 }, 'zip-bomb.docx', /unzips \d+ times larger than it is stored/u],
  ])('a lower limit %o refuses %s', async (limits, name, says) => {
    const converted = await convertBinary(fixture(name), name, limits);
    expect('error' in converted && converted.error).toMatchObject({ code: 'binary-too-large', message: expect.stringMatching(says) });
  });

  it('keeps the limits of the brief by default', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ maxBytes: 50 * 1024 * 1024, maxUnzippedBytes: 50 * 1024 * 1024 });
  });

  it('leaves the caller’s bytes as they were (pdf.js takes over the buffer it is given)', async () => {
    const bytes = fixture('001-quyet-dinh.pdf');
    const copy = Buffer.from(bytes);
    await convertBinary(bytes, '001-quyet-dinh.pdf');
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });

  it('throws only for a file name that is no Word or PDF file: the caller’s mistake', async () => {
    await expect(convertBinary(new Uint8Array(1), 'a.txt')).rejects.toThrow(/not a \.docx, \.doc or \.pdf file/u);
  });
});

describe('binaryFormatOf', () => {
  it.each([
    ['QĐ 2862.docx', 'docx'],
    // the extension in capitals, as Windows saves it
    ['KE-HOACH.DOC', 'doc'],
    ['scan.Pdf', 'pdf'],
    ['001.txt', null],
    ['trang.html', null],
    // `.docx` inside the name is not the extension
    ['a.docx.txt', null],
  ])('%s → %s', (file, format) => expect(binaryFormatOf(file)).toBe(format));
});

const run = (str: string, x: number, y: number, width: number, fontSize = 13): PdfTextRun => ({ str, x, y, width, fontSize });

describe('pageLines: runs of a page to lines', () => {
  it.each([
    // the header's first row: two columns on one baseline, 31 pt (2.4 em) apart → a tab
    [[run('ỦY BAN NHÂN DÂN', 109.3, 771.6, 121.8), run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 262.4, 771.6, 269)], ['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    // 13 and 14 pt cells whose baselines differ by 0.9 pt are one line
    [[run('Số: 2862/QĐ-UBND', 115.2, 716, 110), run('Sơn La, ngày 16 tháng 11 năm 2018', 295.1, 715.1, 202.4, 14)], ['Số: 2862/QĐ-UBND\tSơn La, ngày 16 tháng 11 năm 2018']],
    // pdf.js's own space run between the columns is not text
    [[run('Số: 2862/QĐ-UBND', 115.2, 716, 110), run(' ', 225.2, 716, 69.9), run('Sơn La', 295.1, 716, 40)], ['Số: 2862/QĐ-UBND\tSơn La']],
    // a word gap of 3 pt (0.2 em) → a space
    [[run('Căn cứ', 100, 600, 40), run('Luật', 143, 600, 30)], ['Căn cứ Luật']],
    // runs that touch (a change of font inside a word) join without a space
    [[run('Quy', 100, 600, 20), run('ết định', 120, 600, 45)], ['Quyết định']],
    // a run that brings its own space keeps one
    [[run('Điều 1.', 100, 600, 40), run(' Ban hành', 141, 600, 60)], ['Điều 1. Ban hành']],
    // top to bottom, whatever order pdf.js gave; a word hyphenated at a line's end stays as written
    [[run('chức viên chức', 100, 584, 90), run('Căn cứ Luật cán bộ, công-', 100, 600, 160)], ['Căn cứ Luật cán bộ, công-', 'chức viên chức']],
    // bold faked by printing twice, 0.3 pt apart: once
    [[run('QUYẾT ĐỊNH', 250, 650, 80), run('QUYẾT ĐỊNH', 250.3, 650, 80)], ['QUYẾT ĐỊNH']],
    // a superscript note mark 4 pt above the baseline stays on its line
    [[run('Nghị định', 100, 600, 60, 14), run('1', 160.5, 604, 5, 8)], ['Nghị định1']],
    // only blanks: no line
    [[run('   ', 100, 600, 10)], []],
  ] satisfies [PdfTextRun[], string[]][])('%#: %j', (runs, lines) => expect(pageLines(runs)).toEqual(lines));
});

describe('PDF pages through pdf.js', () => {
  it('gives lines top to bottom, columns parted by a tab, pages in order and parted by a form feed', async () => {
    const pdf = pdfOf([
      [
        [72, 770, 'UY BAN NHAN DAN'],
        [320, 770, 'CONG HOA XA HOI CHU NGHIA VIET NAM'],
        [72, 700, 'Can cu Luat To chuc chinh quyen dia phuong, cong-'],
        [72, 686, 'chuc cap xa.'],
      ],
      [[72, 770, 'Dieu 2. Quyet dinh nay co hieu luc.']],
    ]);
    const converted = await convertBinary(pdf, 'two-pages.pdf');
    expect(converted).toEqual({
      format: 'pdf',
      text: 'UY BAN NHAN DAN\tCONG HOA XA HOI CHU NGHIA VIET NAM\nCan cu Luat To chuc chinh quyen dia phuong, cong-\nchuc cap xa.\fDieu 2. Quyet dinh nay co hieu luc.\n',
    });
  });

  it('turns back text drawn turned (a landscape table on a portrait page) instead of calling the page a scan', async () => {
    const pdf = pdfOf([
      [
        [100, 100, 'PHU LUC', 'turned'],
        [100, 400, 'Bang 1', 'turned'],
        [114, 100, 'Don vi: ho so', 'turned'],
      ],
    ]);
    expect(await convertBinary(pdf, 'landscape.pdf')).toEqual({ format: 'pdf', text: 'PHU LUC\tBang 1\nDon vi: ho so\n' });
  });
});

/** A zip of stored entries; `zip64` writes every size and offset in a ZIP64 extra field and a ZIP64 end record, as large zips do. */
function storedZip(entries: readonly { name: string; data: string }[], zip64 = false): Uint8Array {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = Buffer.from(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(data.length), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(zip64 ? 0xffffffff : data.length, 20);
    central.writeUInt32LE(zip64 ? 0xffffffff : data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    parts.push(local, name, data);
    directory.push(central, name, extra);
    offset += 30 + name.length + data.length;
  }
  const central = Buffer.concat(directory);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(central.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + central.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : central.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...parts, central, ...tail, end]);
}

describe('readZipDirectory', () => {
  const entries = [
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'word/document.xml', data: '<w:document>Xin chào</w:document>' },
  ];
  const expected = [
    { name: '[Content_Types].xml', method: 0, compressedSize: 8, uncompressedSize: 8, localHeaderOffset: 0 },
    { name: 'word/document.xml', method: 0, compressedSize: 34, uncompressedSize: 34, localHeaderOffset: 57 },
  ];

  it.each([
    // a plain zip
    [false],
    // a ZIP64 zip: the sizes and offsets come from the extra fields and the ZIP64 end record
    [true],
  ])('reads the directory (ZIP64: %s)', (zip64) => expect(readZipDirectory(storedZip(entries, zip64))).toMatchObject(expected));

  it.each([
    // no end record at all
    [new Uint8Array(100), 'truncated'],
    // the end record kept, the directory cut away before it
    [(() => {
      const zip = storedZip(entries);
      return Buffer.concat([zip.subarray(0, 60), zip.subarray(zip.length - 22)]);
    })(), 'truncated'],
    // a ZIP64 end record that is not where its locator says
    [(() => {
      const zip = Buffer.from(storedZip(entries, true));
      zip.writeUInt32LE(0, zip.length - 22 - 20 - 56);
      return zip;
    })(), 'corrupt'],
  ])('refuses a broken zip (%#) as %s', (bytes, kind) => {
    expect(() => readZipDirectory(bytes)).toThrow(ZipError);
    try {
      readZipDirectory(bytes);
    } catch (error) {
      expect((error as ZipError).kind).toBe(kind);
    }
  });
});

describe('a PDF bomb', () => {
  // A small PDF whose one Flate stream inflates far beyond its size: refused before pdf.js inflates it unbounded.
  const bomb = (inflatedBytes: number) => {
    const data = deflateSync(Buffer.alloc(inflatedBytes));
    const head = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1');
    return new Uint8Array(Buffer.concat([head, data, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')]));
  };
  it.each([
    // a stream of 4 MB against a limit of 1 MB
    [4_000_000, 1_000_000, 'binary-too-large'],
  ])('a stream inflating to %i bytes, limit %i → %s', async (inflated, limit, code) => {
    const converted = await convertBinary(bomb(inflated), 'bom.pdf', { maxPdfStreamBytes: limit });
    expect('error' in converted && converted.error.code).toBe(code);
  });

  it('leaves a real PDF of the standard layout alone at the default limit', async () => {
    const converted = await convertBinary(readFileSync(join(ROOT, 'tests/fixtures/binary/001-quyet-dinh.pdf')), '001-quyet-dinh.pdf');
    expect('text' in converted).toBe(true);
    expect(DEFAULT_LIMITS.maxPdfStreamBytes).toBeGreaterThan(50 * 1024 * 1024);
  });
});
