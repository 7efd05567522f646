import type { Parents, Text } from 'mdast';
import { defaultHandlers, type Info, type State, type Unsafe } from 'mdast-util-to-markdown';

/**
 * remark-stringify's text handler, made to try only the unsafe patterns whose
 * character occurs in the text or its neighbours: a pattern can only escape its
 * own character, so the others cannot match and the output is the same. Tried
 * all 88 on every text node, they were a fifth of ingest's time at 10,000
 * sources (most are MDX's control characters and `<`, `{`, which prose lacks).
 */
export function fastTextHandler(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const all = state.unsafe;
  const subject = `${info.before}${node.value}${info.after}`;
  let present = '';
  const characters = charactersOf(all);
  for (const character of characters.list) if (subject.includes(character)) present += character;
  let subset = characters.subsets.get(present);
  if (!subset) {
    subset = all.filter((pattern) => present.includes(pattern.character));
    characters.subsets.set(present, subset);
  }
  state.unsafe = subset;
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
}

interface Characters {
  /** Each pattern's character, once. */
  list: string[];
  /** The patterns to try, by the characters present (in `list` order). */
  subsets: Map<string, Unsafe[]>;
}

// One entry per configuration of patterns: the processor is built once.
const byPatterns = new WeakMap<Unsafe[], Characters>();

function charactersOf(patterns: Unsafe[]): Characters {
  let characters = byPatterns.get(patterns);
  if (!characters) {
    characters = { list: [...new Set(patterns.map((pattern) => pattern.character))], subsets: new Map() };
    byPatterns.set(patterns, characters);
  }
  return characters;
}
