// node scripts/make-binary-fixtures.ts
// Regenerates tests/fixtures/binary/ (what each file is: its README): Word and PDF copies of two real notices of
// tests/fixtures/real/, laid out as Vietnamese administrative documents are (Nghị định 30/2020/NĐ-CP, Phụ lục I),
// and the bad files the converter must refuse. Needs LibreOffice and poppler-utils
// (`apt-get install -y libreoffice-writer-nogui poppler-utils`), and qpdf for the encrypted PDF when LibreOffice
// cannot set a password. LibreOffice stamps the time into what it writes: the bytes differ from run to run, the
// text does not.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const REAL = 'tests/fixtures/real';
const OUT = 'tests/fixtures/binary';

/** A notice as its standard layout places it; every line is checked against the real text it comes from. */
interface Notice {
  /** The fixture's name, without extension. */
  name: string;
  /** The real text in tests/fixtures/real/. */
  source: string;
  /** The header table: issuer over `Số:` on the left; motto and slogan over the place and date on the right. */
  /** The issuer's lines, as the standard breaks them (`ỦY BAN NHÂN DÂN` over `TỈNH SƠN LA`), all bold. */
  issuer: readonly string[];
  motto: string;
  slogan: string;
  number: string;
  dateline: string;
  heading: string;
  subject: string;
  /** The line of who decides, bold and centred under the subject (a decision's `CHỦ TỊCH …`), if any. */
  authority: string | null;
  /** The body: the source's lines from the one starting `from` to the one ending `to`, rejoined into paragraphs. */
  body: { from: string; to: string };
}

const NOTICES: readonly Notice[] = [
  {
    name: '001-quyet-dinh',
    source: '001.txt',
    issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA'],
    motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    slogan: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 2862/QĐ-UBND',
    dateline: 'Sơn La, ngày 16 tháng 11 năm 2018',
    heading: 'QUYẾT ĐỊNH',
    subject:
      'VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ VÀ TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN, DOANH NGHIỆP TRÊN CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA',
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    body: { from: 'Căn cứ Luật Tổ chức chính quyền địa', to: 'thi hành Quyết định này./.' },
  },
  {
    name: '031-ke-hoach',
    source: '031.txt',
    issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH KHÁNH HÒA'],
    motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    slogan: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 14084/KH-UBND',
    dateline: 'Khánh Hòa, ngày 09 tháng 12 năm 2024',
    heading: 'KẾ HOẠCH',
    subject: 'TRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA',
    authority: null,
    // The excerpt stops inside the next sentence; the body stops at the last whole one.
    body: { from: 'I. CĂN CỨ PHÁP LÝ', to: 'Khung triển khai dịch vụ công trực tuyến.' },
  },
];

// Where a new paragraph starts in a copy whose lines were broken anywhere:
//   `Căn cứ Nghị định số 20/2008/NĐ-CP` · `Theo đề nghị tại Tờ trình số` · `QUYẾT ĐỊNH:` · `Điều 2. Quyết định này …`
//   `I. CĂN CỨ PHÁP LÝ` · `Nghị định số 42/2022/NĐ-CP ngày …` (an item of a plan's list of grounds)
// A wrapped line starts lower-case or with a name that is no such opening (`Chính phủ sửa đổi …`).
const PARAGRAPH_START = /^(?:Căn cứ |Theo đề nghị|Xét đề nghị|QUYẾT ĐỊNH:|Điều \d+\.|[IVX]+\. |Luật |Nghị định số|Thông tư số|Công văn số)/u;
// A paragraph set bold and centred, as a decision's `QUYẾT ĐỊNH:` and a plan's `I. CĂN CỨ PHÁP LÝ` are.
const DISPLAY_PARAGRAPH = /^(?:QUYẾT ĐỊNH:|[IVX]+\. \p{Lu}[\p{Lu}\s]+)$/u;

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The notice's body paragraphs, from its real text; throws when the text does not hold what the notice says. */
function bodyParagraphs(notice: Notice, text: string): string[] {
  const flat = collapse(text);
  for (const line of [notice.issuer.join(' '), notice.motto, notice.slogan, notice.number, notice.dateline, notice.heading, notice.subject, ...(notice.authority ? [notice.authority] : [])]) {
    if (!flat.includes(line)) throw new Error(`${notice.source} does not contain "${line}": fix the notice in make-binary-fixtures.ts.`);
  }
  const lines = text.split('\n').map((line) => line.trim());
  const from = lines.findIndex((line) => line.startsWith(notice.body.from));
  const to = lines.findIndex((line, index) => index >= from && line.endsWith(notice.body.to));
  if (from < 0 || to < 0) throw new Error(`${notice.source}: the body's first or last line is not there.`);
  const paragraphs: string[] = [];
  for (const line of lines.slice(from, to + 1).filter((line) => line !== '')) {
    if (paragraphs.length === 0 || PARAGRAPH_START.test(line)) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] += ` ${line}`;
  }
  return paragraphs;
}

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const ODF_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ');

/** A flat ODF text document on A4 with the margins of Nghị định 30/2020 (top and bottom 2 cm, left 3 cm, right 2 cm), Times New Roman. */
function flatOdt(styles: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODF_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/></style:page-layout>
${styles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}

// The header table has no borders; its columns are 6 and 10 cm wide, every line centred in its cell.
const NOTICE_STYLES = `<style:style style:name="Header" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
<style:style style:name="HeaderLeft" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
<style:style style:name="HeaderRight" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm"/></style:style>
<style:style style:name="C13B" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="C14B" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="C14I" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/><style:text-properties fo:font-size="14pt" fo:font-style="italic"/></style:style>
<style:style style:name="C13N" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/><style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.6cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subject" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Display" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.15cm" fo:line-height="115%"/><style:text-properties fo:font-size="14pt"/></style:style>`;

const paragraph = (style: string, text: string) => `<text:p text:style-name="${style}">${escapeXml(text)}</text:p>`;
const cell = (paragraphs: string) => `<table:table-cell table:style-name="Cell" office:value-type="string">${paragraphs}</table:table-cell>`;

/** The notice as a flat ODF document: the two-row header table, the heading, the subject, the body. */
function noticeOdt(notice: Notice, paragraphs: readonly string[]): string {
  const issuer = [...notice.issuer.map((line) => paragraph('C13B', line)), paragraph('C13B', '-------')].join('');
  const motto = [paragraph('C13B', notice.motto), paragraph('C14B', notice.slogan), paragraph('C14B', '---------------')].join('');
  const table = `<table:table table:name="Header" table:style-name="Header"><table:table-column table:style-name="HeaderLeft"/><table:table-column table:style-name="HeaderRight"/>
<table:table-row>${cell(issuer)}${cell(motto)}</table:table-row>
<table:table-row>${cell(paragraph('C13N', notice.number))}${cell(paragraph('C14I', notice.dateline))}</table:table-row>
</table:table>`;
  const body = [
    table,
    paragraph('Heading', notice.heading),
    paragraph('Subject', notice.subject),
    ...(notice.authority ? [paragraph('Display', notice.authority)] : []),
    ...paragraphs.map((text) => paragraph(DISPLAY_PARAGRAPH.test(text) ? 'Display' : 'Body', text)),
  ].join('\n');
  return flatOdt(NOTICE_STYLES, body);
}

/** A page holding one picture and no text: what a scanner makes. */
function imageOdt(png: Uint8Array): string {
  const styles = `<style:style style:name="Picture" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" fo:border="none"/></style:style>`;
  const body = `<text:p><draw:frame draw:style-name="Picture" draw:name="scan" text:anchor-type="paragraph" svg:width="16cm" svg:height="22.6cm"><draw:image><office:binary-data>${Buffer.from(png).toString('base64')}</office:binary-data></draw:image></draw:frame></text:p>`;
  return flatOdt(styles, body);
}

// One LibreOffice profile for the whole run, so a desktop session elsewhere does not lock it.
const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));

/** Converts `input` with soffice into `outDir`; `filter` is what follows `--convert-to`. Returns the path written. */
function soffice(input: string, filter: string, extension: string, outDir: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, input], { stdio: 'pipe' });
  const stem = input.slice(input.lastIndexOf('/') + 1, input.lastIndexOf('.'));
  return join(outDir, `${stem}.${extension}`);
}

/** A zip archive of the entries, each deflated (method 8), with its central directory; `declare` can lie about an entry's size. */
function zipOf(entries: readonly { name: string; data: Uint8Array; declare?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const size = entry.declare ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// The smallest Word package mammoth reads: content types, the package's relationships, the document.
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A Word package of 60 KB whose document part inflates to 64 MiB: one paragraph padded with spaces, which
 * deflate squeezes about a thousand to one. The sizes it declares are true, so only a limit stops it.
 */
function zipBomb(): Buffer {
  const open = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  const close = 'Bom</w:t></w:r></w:p></w:body></w:document>';
  const size = 64 * 1024 * 1024;
  const document = Buffer.alloc(size, 0x20);
  document.write(open, 0, 'utf8');
  document.write(close, size - Buffer.byteLength(close), 'utf8');
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(PACKAGE_RELS) },
    { name: 'word/document.xml', data: document },
  ]);
}

/**
 * A Word package whose directory says its document part unzips to 1000 bytes when it unzips to 2 MiB: the
 * declared sizes pass every limit, only unzipping shows the lie.
 */
function lyingZip(): Buffer {
  const document = Buffer.alloc(2 * 1024 * 1024, 0x20);
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(PACKAGE_RELS) },
    { name: 'word/document.xml', data: document, declare: 1000 },
  ]);
}

const PASSWORD = 'matkhau';

/** The notice's PDF with an open password: LibreOffice's export filter if it takes one, else qpdf. */
function encryptedPdf(odt: string, plainPdf: string, work: string): Buffer {
  const options = JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: PASSWORD } });
  const dir = join(work, 'encrypted');
  mkdirSync(dir, { recursive: true });
  try {
    const bytes = readFileSync(soffice(odt, `pdf:writer_pdf_Export:${options}`, 'pdf', dir));
    if (bytes.includes('/Encrypt')) return bytes;
  } catch {
    // This LibreOffice takes no JSON filter options: qpdf below.
  }
  const out = join(dir, 'qpdf.pdf');
  execFileSync('qpdf', ['--encrypt', PASSWORD, `${PASSWORD}-owner`, '256', '--', plainPdf, out]);
  return readFileSync(out);
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'binary-fixtures-'));
  mkdirSync(OUT, { recursive: true });
  try {
    const written: string[] = [];
    const keep = (name: string, bytes: Uint8Array) => {
      writeFileSync(join(OUT, name), bytes);
      written.push(`${name} (${bytes.length} B)`);
    };
    const pdfs = new Map<string, { odt: string; pdf: string }>();
    for (const notice of NOTICES) {
      const text = readFileSync(join(REAL, notice.source), 'utf8');
      const odt = join(work, `${notice.name}.fodt`);
      writeFileSync(odt, noticeOdt(notice, bodyParagraphs(notice, text)));
      keep(`${notice.name}.docx`, readFileSync(soffice(odt, 'docx:MS Word 2007 XML', 'docx', work)));
      keep(`${notice.name}.doc`, readFileSync(soffice(odt, 'doc:MS Word 97', 'doc', work)));
      const pdf = soffice(odt, 'pdf:writer_pdf_Export', 'pdf', work);
      keep(`${notice.name}.pdf`, readFileSync(pdf));
      pdfs.set(notice.name, { odt, pdf });
    }
    const first = pdfs.get(NOTICES[0]!.name)!;
    const docx = readFileSync(join(OUT, `${NOTICES[0]!.name}.docx`));
    const pdf = readFileSync(first.pdf);
    // Cut off where a download stopped: the zip's central directory, at its end, is gone.
    keep('truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)));
    keep('zip-bomb.docx', zipBomb());
    keep('lying-sizes.docx', lyingZip());
    // Cut off where a download stopped: no `%%EOF`, half the objects gone.
    keep('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)));
    // Whole, but broken by some tool: the header and the trailer (`startxref … %%EOF`) are there, every object
    // between them is noise.
    const corrupt = Buffer.from(pdf);
    for (let at = 64; at < corrupt.length - 64; at++) corrupt[at] = (at * 31 + 7) & 0xff;
    keep('corrupt.pdf', corrupt);
    keep('encrypted.pdf', encryptedPdf(first.odt, first.pdf, work));
    // A scan: the first page as a grey picture at 72 dpi (pdftoppm, of poppler-utils), in a PDF that holds nothing else.
    execFileSync('pdftoppm', ['-png', '-gray', '-r', '72', '-f', '1', '-l', '1', '-singlefile', first.pdf, join(work, 'page')]);
    const scanOdt = join(work, 'scan.fodt');
    writeFileSync(scanOdt, imageOdt(readFileSync(join(work, 'page.png'))));
    keep('scan.pdf', readFileSync(soffice(scanOdt, 'pdf:writer_pdf_Export', 'pdf', work)));
    const version = execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim();
    console.error(`make-binary-fixtures: ${written.join(', ')} in ${OUT} with ${version}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main();
