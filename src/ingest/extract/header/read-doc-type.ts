import type { Diagnostic } from '../../../schemas/index.ts';
import type { Segments } from '../../segment/segments.ts';
import type { DocumentNumber } from '../document-number.ts';
import { documentTypeByCode, documentTypeByHeading } from '../document-types.ts';
import { fromText, nothing, type HeaderFields, type Reading } from './reading.ts';

/**
 * The type of a document: its heading, else the type code in its symbol, else a
 * symbol without a type code, as a công văn has. A heading and a code that
 * disagree are reported; the heading is what the document calls itself.
 */
export function readDocType(segments: Segments, number: DocumentNumber | null): Reading<string | null> {
  if (segments.kind !== 'document') return nothing(null);
  const typeRef = segments.document.type;
  const heading = typeRef ? documentTypeByHeading(typeRef.text) : undefined;
  const byCode = number?.typeCode ? documentTypeByCode(number.typeCode) : undefined;
  let docType: string | null = null;
  let fields: HeaderFields = {};
  if (heading && typeRef) {
    docType = heading.name;
    fields = { docType: fromText(typeRef) };
  } else if (byCode) {
    docType = byCode.name;
    fields = { docType: { from: 'derived', note: `mã loại ${number!.typeCode} trong số ký hiệu` } };
  } else if (number && number.typeCode === null) {
    docType = 'Công văn';
    fields = { docType: { from: 'derived', note: 'ký hiệu không có mã loại, như công văn' } };
  }
  const diagnostics: Diagnostic[] = [];
  if (heading && byCode && heading.name !== byCode.name) {
    diagnostics.push({
      code: 'type-mismatch',
      severity: 'warning',
      line: typeRef!.line,
      message: `The heading says ${heading.name} but the symbol ${number!.canonical} says ${byCode.name}.`,
      hint: 'Check the source; the heading is used.',
    });
  }
  return { value: docType, fields, diagnostics };
}
