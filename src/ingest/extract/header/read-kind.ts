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
        : { from: 'derived', note: kind === 'document' ? 'có dòng số ký hiệu hoặc tên loại văn bản' : 'không có dòng số ký hiệu, không có tên loại văn bản' },
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
