import type { Sidecar } from '../../../schemas/index.ts';
import type { Segments } from '../../segment/segments.ts';
import type { Reading } from './reading.ts';

/**
 * Document or news, as the segmenter found it; a document without an issuer,
 * number or date line of its own is reported, as what it lacks stays unknown.
 */
export function readKind(segments: Segments, sidecar: Sidecar): Reading<Segments['kind']> {
  const kind = segments.kind;
  return {
    value: kind,
    fields: {
      kind: sidecar.kind
        ? { from: 'sidecar' }
        : { from: 'derived', note: kindNote(segments) },
    },
    diagnostics:
      segments.kind === 'document' && segments.document.issuerLines.length === 0 && segments.document.number.length === 0 && segments.document.placeDate.length === 0
        ? [
            {
              code: 'no-header',
              severity: 'warning',
              message: segments.document.type
                ? `The text starts at its heading "${segments.document.type.text}" (an attached text?): no issuer, number or date line of its own.`
                : 'The text reads as an official document (its body has "Căn cứ", "Kính gửi", articles or an enacting formula) but no header was found: issuer, number and date stay unknown unless the body says them.',
              hint: 'Copy the document from its first line (the issuer and the motto), or add what is known in a sidecar.',
            },
          ]
        : [],
  };
}

// Why the text was read as it was, in the words of the data-quality page.
function kindNote(segments: Segments): string {
  if (segments.kind === 'news') return 'không có phần đầu văn bản hành chính; đọc như tin tức';
  const header = segments.document;
  if (header.issuerLines.length > 0 || header.number.length > 0 || header.placeDate.length > 0) return 'có phần đầu văn bản hành chính (quốc hiệu, số ký hiệu, địa danh và ngày tháng)';
  if (header.type) return 'bắt đầu bằng tên loại văn bản (văn bản kèm theo)';
  return 'không có phần đầu, nhưng phần nội dung là của văn bản hành chính (căn cứ, kính gửi, điều khoản)';
}
