/**
 * Vietnamese text typed with the pre-Unicode font encodings still turns up in
 * archives: TCVN3 (ABC, the `.VnTime` fonts) and VNI (`VNI-Times`). Read as
 * Unicode or Windows-1252 it becomes letters no Vietnamese text uses:
 *
 *   TCVN3: Céng hßa x· héi chñ nghÜa ViÖt Nam · §éc lËp - Tù do - H¹nh phóc
 *   VNI:   Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam · Ñoäc laäp - Töï do - Haïnh phuùc
 *
 * Converting them needs the font's whole table and a check by a reader, so the
 * ingest refuses them and says which encoding the text looks like.
 */
export type LegacyEncoding = 'TCVN3' | 'VNI';

// Letters that only Vietnamese writes: a genuine Unicode text has many of them.
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
// TCVN3 precomposed letters as Windows-1252 shows them: ® đ, ¨ ă, © â, ª ê, « ô, ¬ ơ, µ à, ¸ á, ¶ ả, · ã, ¹ ạ, Ë ậ, Ö ệ, Ü ĩ, ß ò, Þ ị.
const TCVN3_SIGN = /[®¨©ª«¬µ¸¶·¹ËÖÜßÞ§]/gu;
// VNI tone and vowel bytes after a vowel: aä (ậ's base), oø (ò), aõ (ã), uû (ủ), öï (ự); ñ/Ñ for đ/Đ.
const VNI_SIGN = /[aeiouyAEIOUYöÖ][äâùøûõïôëêøÙØÛÕÏ]|[ñÑ][aeiouöoâäAEIOU]/gu;
const MIN_SIGNS = 5;

/** Which legacy encoding the text looks like, or undefined for ordinary text. */
export function detectLegacyEncoding(text: string): { encoding: LegacyEncoding; sample: string; line: number } | undefined {
  const genuine = text.match(VIETNAMESE_LETTER)?.length ?? 0;
  const tcvn3 = text.match(TCVN3_SIGN)?.length ?? 0;
  const vni = text.match(VNI_SIGN)?.length ?? 0;
  const best: LegacyEncoding = vni > tcvn3 ? 'VNI' : 'TCVN3';
  const signs = Math.max(tcvn3, vni);
  // A few stray signs (`§ 3`, a name like `Müller`) in a Unicode text are not an encoding.
  if (signs < MIN_SIGNS || signs < genuine * 2) return undefined;
  const pattern = best === 'VNI' ? VNI_SIGN : TCVN3_SIGN;
  const lines = text.split('\n');
  const index = lines.findIndex((line) => (line.match(pattern)?.length ?? 0) > 0);
  return { encoding: best, sample: lines[index]!.trim().slice(0, 60), line: index + 1 };
}
