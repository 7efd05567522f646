// node scripts/synth-corpus.ts --out <dir> [--docs N] [--seed S] [--bad-rate R]
// Writes N synthetic source texts (the same seed gives the same files) to <dir>, never to content/sources/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthCorpus } from './lib/synth.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, docs: { type: 'string' }, seed: { type: 'string' }, 'bad-rate': { type: 'string' } } });
if (!values.out) {
  console.error('Usage: node scripts/synth-corpus.ts --out <dir> [--docs 1000] [--seed 1] [--bad-rate 0]');
  process.exit(2);
}
const out = resolve(values.out);
if (out === resolve('content/sources')) {
  console.error('synth-corpus: refusing to write into content/sources/; give another folder.');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const files = synthCorpus(Number(values.docs ?? 1000), Number(values.seed ?? 1), Number(values['bad-rate'] ?? 0));
for (const file of files) writeFileSync(join(out, file.name), file.bytes);
console.error(`synth-corpus: ${files.length} texts in ${out}`);
