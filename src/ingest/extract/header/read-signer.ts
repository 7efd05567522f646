import type { Provenance, Signer } from '../../../schemas/index.ts';
import type { Segments } from '../../segment/segments.ts';
import type { CleanLine } from '../../types.ts';
import { extractSigner } from '../extract-signer.ts';
import { fromText, nothing, type Reading } from './reading.ts';

// Người ký: Phan Đình Trạc · | Người ký: | Nguyễn Văn Quang | · Loại văn bản:Quyết địnhNgười ký:Nguyễn Hữu Hoài
// (a legal library's metadata block); the name stops before the next label. A joint text's
// `Người ký: Đinh Trung Tụng, Lê Quý Vương, Phạm Lê Tuấn` names no one signer.
const METADATA_SIGNER = /Người\s+ký\s*:?\s*\|?\s*(?<name>\p{Lu}\p{Ll}*(?:\s+(?!(?:Ngày|Lĩnh\s+vực|Tình\s+trạng|Số|Loại|Nơi|Cơ\s+quan|Áp\s+dụng)(?![\p{L}]))\p{Lu}\p{Ll}*){1,4})(?<after>.?)/u;

/** Who signed a document: the signing block, else the signer a legal library's metadata block names. */
export function readSigner(segments: Segments, chrome: readonly CleanLine[]): Reading<Signer | null> {
  if (segments.kind !== 'document') return nothing(null);
  const signed = extractSigner(segments.signature);
  const signer = signed?.signer ?? null;
  if (signed?.refs.name) return { value: signer, fields: { signer: fromText(signed.refs.name) }, diagnostics: [] };
  // A legal library's metadata block names the signer when the excerpt stops before the signature.
  const listed = chrome.map((line) => ({ line, match: METADATA_SIGNER.exec(line.text) })).find(({ match }) => match && match.groups?.['after'] !== ',');
  if (!listed?.match?.groups) return nothing(signer);
  const provenance: Provenance = { from: 'chrome', text: listed.line.text.trim(), line: listed.line.no, note: 'khối thuộc tính văn bản của trang (Người ký)' };
  return {
    value: { name: listed.match.groups['name']!, position: signer?.position ?? null, form: signer?.form ?? null, onBehalfOf: signer?.onBehalfOf ?? null },
    fields: { signer: provenance },
    diagnostics: [],
  };
}
