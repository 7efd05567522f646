import type { LegalRef } from '../../schemas/index.ts';
import type { Mark } from './inline.ts';

/**
 * Every place a reference stands, wrapped in the `<LegalRef>` MDX component
 * (src/lib/render-generated-mdx.ts): a link to its legal-basis page, anchored so
 * that page can link back to the exact place.
 */
export function referenceMarks(legalRefs: readonly LegalRef[]): Mark[] {
  return legalRefs.flatMap((ref) =>
    ref.occurrences.map((occurrence) => ({
      start: occurrence.span.start,
      end: occurrence.span.end,
      wrap: (children) => ({
        type: 'mdxJsxTextElement' as const,
        name: 'LegalRef',
        attributes: [
          { type: 'mdxJsxAttribute' as const, name: 'to', value: ref.id },
          { type: 'mdxJsxAttribute' as const, name: 'anchor', value: occurrence.anchor ?? '' },
        ],
        children,
      }),
    })),
  );
}
