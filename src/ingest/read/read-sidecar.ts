import { parseDocument } from 'yaml';
import { sidecarSchema, type Sidecar } from '../../schemas/index.ts';
import { SourceError } from '../source-error.ts';

/** The archivist's `<name>.meta.yaml`, parsed and validated. */
export function readSidecar(text: string, file: string): Sidecar {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    throw new SourceError({
      file,
      code: 'sidecar-yaml',
      line: yamlError.linePos?.[0].line,
      message: `is not valid YAML: ${yamlError.message.split('\n')[0]}`,
      hint: 'Write one "field: value" per line (see "Sidecar files" in README.md).',
    });
  }
  const data: unknown = document.toJS() ?? {};
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || '(top level)';
    const node = issue.path.length > 0 ? document.getIn(issue.path, true) : undefined;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const line = range ? text.slice(0, range[0]).split('\n').length : undefined;
    throw new SourceError({
      file,
      code: 'sidecar-invalid',
      line,
      message: issue.code === 'unrecognized_keys' ? `has unknown fields: ${issue.keys.join(', ')}.` : `field "${field}" ${issue.message.replace(/^Invalid input: /u, '')}.`,
      hint: 'Allowed fields: jurisdiction, kind (document or news), sourceUrl, retrieved (YYYY-MM-DD), portal, notes (see "Sidecar files" in README.md).',
    });
  }
  return result.data;
}
