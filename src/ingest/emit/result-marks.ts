import type { PhrasingContent } from 'mdast';
import type { SourceRecord } from '../../schemas/index.ts';
import type { Mark } from './inline.ts';

/** Anchor ids of a record's figures and tasks: the panels and /ket-qua/ link to the sentence itself. */
export const figureAnchor = (index: number) => `so-lieu-${index + 1}`;
export const taskAnchor = (index: number) => `nhiem-vu-${index + 1}`;

/**
 * An anchor on the first word of each figure (`119/133`) and of each task's
 * sentence (`Giao`, `Về`): short enough never to cross a line or a bold run.
 */
export function resultMarks(record: Pick<SourceRecord, 'metrics' | 'tasks'>, text: string): Mark[] {
  const firstWord = (start: number) => {
    const word = /^[^\s*]+/u.exec(text.slice(start))?.[0] ?? '';
    return { start, end: start + word.length };
  };
  return [
    ...record.metrics.map((metric, i) => ({ ...firstWord(metric.span.start), wrap: anchor(figureAnchor(i), 'figure') })),
    ...record.tasks.map((task, i) => ({ ...firstWord(task.sentence.span.start), wrap: anchor(taskAnchor(i), 'task') })),
  ].filter((mark) => mark.end > mark.start);
}

function anchor(id: string, className: string): Mark['wrap'] {
  return (children: PhrasingContent[]) => ({
    type: 'mdxJsxTextElement' as const,
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute' as const, name: 'id', value: id },
      { type: 'mdxJsxAttribute' as const, name: 'class', value: className },
    ],
    children,
  });
}
