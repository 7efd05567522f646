import { describe, expect, it } from 'vitest';
import { expectSourceError } from '../helpers/expect-source-error.ts';
import { readSource } from '../../src/ingest/read/read-source.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
  return bytes;
};
const utf16be = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), false);
  return bytes;
};

// Windows-1258 writes ô, ơ, ă… as one byte and the tone as a combining mark after it.
const WINDOWS_1258 = new Map([...Array(256).keys()].map((byte) => [new TextDecoder('windows-1258').decode(new Uint8Array([byte])), byte]));
const cp1258 = (text: string) => {
  const out: number[] = [];
  let base = '';
  let at = -1;
  for (const char of text.normalize('NFD')) {
    if (/[\u0302\u0306\u031B]/u.test(char)) {
      // circumflex, breve and horn belong to the letter (NFD may put a dot below between them)
      base = (base + char).normalize('NFC');
      out[at] = WINDOWS_1258.get(base)!;
    } else if (/\p{M}/u.test(char)) {
      // tones stay combining marks
      out.push(WINDOWS_1258.get(char)!);
    } else {
      base = char;
      at = out.push(WINDOWS_1258.get(char)!) - 1;
    }
  }
  return new Uint8Array(out);
};
// TCVN3 and VNI text as a portal's copy-paste keeps it (Unicode letters standing for the font's bytes).
const TCVN3 = 'Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc';
const VNI = 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc';
const latin1 = (text: string) => new Uint8Array([...text].map((char) => char.charCodeAt(0)));

describe('readSource: what decodes, and to what', () => {
  it.each([
    // plain UTF-8
    { bytes: utf8('Số: 08 /TB-UBND'), text: 'Số: 08 /TB-UBND', encoding: 'utf-8' },
    // UTF-8 with BOM: the BOM is not text
    { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hải Phòng')]), text: 'Hải Phòng', encoding: 'utf-8' },
    // UTF-16 LE with BOM (Windows Notepad "Unicode")
    { bytes: utf16le('Thông báo'), text: 'Thông báo', encoding: 'utf-16le' },
    // UTF-16 BE with BOM
    { bytes: utf16be('Kế hoạch'), text: 'Kế hoạch', encoding: 'utf-16be' },
    // CRLF and lone CR become LF
    { bytes: utf8('dòng 1\r\ndòng 2\rdòng 3'), text: 'dòng 1\ndòng 2\ndòng 3', encoding: 'utf-8' },
    // decomposed letters (NFD, as macOS writes) are composed to NFC
    { bytes: utf8('Hải Phòng'.normalize('NFD')), text: 'Hải Phòng', encoding: 'utf-8' },
    // NBSP between words becomes a space, so `Chủ tịch` is two searchable words
    { bytes: utf8('Phó Chủ\u00a0tịch'), text: 'Phó Chủ tịch', encoding: 'utf-8' },
    // zero-width spaces pasted from web pages disappear
    { bytes: utf8('cải\u200b cách'), text: 'cải cách', encoding: 'utf-8' },
    // a form feed (PDF page break) ends a line
    { bytes: utf8('trang 1\ftrang 2'), text: 'trang 1\ntrang 2', encoding: 'utf-8' },
    // Windows-1258: its combining tone marks are composed to NFC
    { bytes: cp1258('Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập'), text: 'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập', encoding: 'windows-1258' },
    // NFC and NFD mixed in one text (pasted from two programs)
    { bytes: utf8(`${'Hải Phòng'.normalize('NFD')} và Hải Phòng`), text: 'Hải Phòng và Hải Phòng', encoding: 'utf-8' },
    // a section sign and a foreign name are not a legacy encoding
    { bytes: utf8('Theo § 3 của ông Müller, Ủy ban nhân dân thành phố đã ban hành'), text: 'Theo § 3 của ông Müller, Ủy ban nhân dân thành phố đã ban hành', encoding: 'utf-8' },
  ])('$encoding: $text', ({ bytes, text, encoding }) => {
    expect(readSource(bytes, 'x.txt')).toEqual({ text, encoding });
  });
});

describe('readSource: what is refused, with a message naming file and line', () => {
  it.each([
    // bytes that are neither UTF-8 nor Vietnamese in Windows-1258: refused at the line of the bad byte
    { bytes: new Uint8Array([...utf8('dòng một\n'), 0x48, 0xe0, 0x20, 0x4e, 0xe9, 0x69]), code: 'encoding-unreadable', line: 2, says: 'not valid UTF-8' },
    // TCVN3 (.VnTime) text pasted as Unicode
    { bytes: utf8(TCVN3), code: 'legacy-font-encoding', line: 1, says: 'TCVN3' },
    // TCVN3 saved as its own 8-bit bytes
    { bytes: latin1(TCVN3), code: 'legacy-font-encoding', line: 1, says: 'TCVN3' },
    // VNI (VNI-Times) text pasted as Unicode
    { bytes: utf8(VNI), code: 'legacy-font-encoding', line: 1, says: 'VNI' },
    // VNI saved as its own 8-bit bytes
    { bytes: latin1(VNI), code: 'legacy-font-encoding', line: 1, says: 'VNI' },
    // a NUL byte: a binary file such as a PDF or DOCX
    { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01]), code: 'binary-source', line: 2, says: 'binary' },
    // an empty file
    { bytes: new Uint8Array([]), code: 'empty-source', line: undefined, says: 'empty' },
    // only whitespace
    { bytes: utf8(' \n\t\n'), code: 'empty-source', line: undefined, says: 'empty' },
    // a control character hidden in the text
    { bytes: utf8('một\nhai\u0007ba'), code: 'control-character', line: 2, says: 'U+0007' },
  ])('$code', ({ bytes, code, line, says }) => {
    const sourceError = expectSourceError(() => readSource(bytes, 'nguon/van-ban.txt'), 'nguon/van-ban.txt', { code, line, says });
    expect(sourceError.hint.length).toBeGreaterThan(10);
  });
});
