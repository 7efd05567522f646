import type { Signer } from '../../schemas/index.ts';
import { isUppercaseLine, SIGNING_FORM } from '../patterns/document-parts.ts';
import type { TextRef } from '../segment/segments.ts';
import { recaseName, recasePosition } from './recase.ts';

// (Đã ký) · Đã ký · (ký tên, đóng dấu): where the signature stood.
const SIGNATURE_PLACEHOLDER = /^\(?\s*(?:Đã ký|ký tên.*|ký, ghi rõ họ tên.*|chữ ký.*)\s*\)?$/iu;
// `PHÓ CHỦ TỊCH THƯỜNG TRỰC`: a position is short; a longer line in capitals is an annex's title.
const MAX_POSITION_LENGTH = 50;
// Phạm Hưng Hùng: two to five capitalised words.
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;

/**
 * The signing block: `TL. ỦY BAN NHÂN DÂN` / `CHÁNH VĂN PHÒNG` / `Phạm Hưng Hùng`.
 * With two forms (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`) the
 * signer's own form is the last one and the body signed for is the first.
 */
export function extractSigner(signature: readonly TextRef[]): { signer: Signer; refs: { name?: TextRef; position?: TextRef; form?: TextRef } } | null {
  const lines = signature
    // `**` of emphasis and `|` of a flattened table (`| KT. CHỦ TỊCH |`) are not part of the block's words.
    .map((ref) => ({ ref, text: ref.text.replace(/\*+|\|/gu, '').trim() }))
    .filter(({ text }) => text !== '' && !SIGNATURE_PLACEHOLDER.test(text));
  if (lines.length === 0) return null;
  let form: Signer['form'] = null;
  let onBehalfOf: string | null = null;
  let formRef: TextRef | undefined;
  let position: { text: string; ref: TextRef } | undefined;
  let name: { text: string; ref: TextRef } | undefined;
  for (const { ref, text } of lines) {
    const signing = SIGNING_FORM.exec(text);
    if (signing?.groups) {
      form = `${signing.groups['form']}.` as Signer['form'];
      formRef = ref;
      onBehalfOf ??= recaseName(signing.groups['body']!);
      // `KT. CHỦ TỊCH` alone: the position is on the next line.
    } else if (isUppercaseLine(text) && text.length <= MAX_POSITION_LENGTH) {
      position = { text: recasePosition(text), ref };
    } else if (PERSON_NAME.test(text)) {
      name = { text, ref };
    }
  }
  if (!form && !position && !name) return null;
  return {
    signer: { name: name?.text ?? null, position: position?.text ?? null, form, onBehalfOf },
    refs: { ...(name ? { name: name.ref } : {}), ...(position ? { position: position.ref } : {}), ...(formRef ? { form: formRef } : {}) },
  };
}
