/**
 * Every code a diagnostic can carry: what the ingest found wrong or unsure in a
 * source. A new code is added here first; the record schema refuses any other,
 * and `src/lib/diagnostic-labels.ts` must say in Vietnamese what each one means.
 */
export const DIAGNOSTIC_CODES = [
  // A source that cannot be read (errors: not published).
  'encoding-unreadable',
  'legacy-font-encoding',
  'binary-source',
  'control-character',
  'empty-source',
  'html-redirect',
  'html-login',
  'html-too-complex',
  'sidecar-yaml',
  'sidecar-invalid',
  // A Word or PDF source, converted at the edge (src/ingest/read/convert-binary.ts).
  'binary-unreadable',
  'binary-too-large',
  'binary-encrypted',
  'pdf-scanned',
  'conversion-timeout',
  // The header.
  'no-header',
  'number-blank',
  'number-unreadable',
  'type-mismatch',
  'date-blank',
  'date-impossible',
  'title-missing',
  'issuer-unknown',
  'issuer-unresolved',
  'issuer-signer-mismatch',
  'jurisdiction-unknown',
  'jurisdiction-conflict',
  'jurisdiction-not-a-province',
  // References, agencies, events.
  'number-year-date-mismatch',
  'date-after-citing-document',
  'back-reference-unresolved',
  'agency-not-in-registry',
  'agency-jurisdiction-unknown',
  'agency-name-variant',
  'recipient-unread',
  'dateline-before-event',
  // The corpus.
  'id-collision',
  'duplicate-source',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];
