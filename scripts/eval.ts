// npm run eval -- [folder...] [--json file] [--summary] [--raise-floors]: scores the extraction against hand annotations.
// --raise-floors runs every set of tests/eval-floors.json and raises its floors to what it measures (never lowers them).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { FLOORS_PATH, figuresOf, raiseFloors, type Floors } from './lib/eval-floors.ts';
import { rate, SCORED_ATTRIBUTES, SCORED_FIELDS, type Miss } from '../src/ingest/evaluate/score-extraction.ts';
import { evaluateFolders } from './lib/evaluate-folder.ts';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const jsonAt = args.indexOf('--json');
const jsonPath = jsonAt === -1 ? undefined : args[jsonAt + 1];
if (jsonAt !== -1 && jsonPath === undefined) fail('--json needs a file name.');
const summary = args.includes('--summary');
if (args.includes('--raise-floors')) {
  const all = JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) as Record<string, Floors | string>;
  for (const [name, floors] of Object.entries(all)) {
    if (typeof floors === 'string') continue;
    if (!floors.folders.every((folder) => existsSync(folder))) {
      process.stdout.write(`${name}: skipped (${floors.folders.join(', ')} not here)\n`);
      continue;
    }
    const score = evaluateFolders(floors.folders);
    // Floors measured on fewer texts than the set holds would be no floors at all.
    if (score.failed.length > 0) fail(`${name}: ${score.failed.length} texts were refused (${score.failed.join(', ')}); floors left as they are.`);
    all[name] = raiseFloors(floors, figuresOf(score));
    process.stdout.write(`${name}: floors raised where the extraction now does better\n`);
  }
  writeFileSync(FLOORS_PATH, `${JSON.stringify(all, null, 2)}\n`);
  process.exit(0);
}
const folders = args.filter((arg, index) => !arg.startsWith('--') && !(jsonAt !== -1 && index === jsonAt + 1));
const chosen = folders.length > 0 ? folders : ['../shared/corpus/real'];
for (const folder of chosen) if (!existsSync(folder)) fail(`${folder} does not exist. Give a folder of NNN.txt texts with NNN.json annotations.`);

const score = evaluateFolders(chosen);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const show = (miss: Miss) => `    ${miss.file}: expected ${JSON.stringify(miss.expected)}, got ${JSON.stringify(miss.got)}`;
const out: string[] = [`${score.texts} annotated texts in ${chosen.join(', ')}${score.failed.length ? ` (${score.failed.length} refused: ${score.failed.join(', ')})` : ''}`, '', 'Header fields'];
for (const field of SCORED_FIELDS) {
  const tally = score.fields[field];
  out.push(`  ${field.padEnd(13)} ${percent(rate(tally)).padStart(6)}  ${tally.right}/${tally.total}`);
  if (!summary) out.push(...tally.misses.map(show));
}
const fieldsRight = SCORED_FIELDS.reduce((sum, field) => sum + score.fields[field].right, 0);
const fieldsTotal = SCORED_FIELDS.reduce((sum, field) => sum + score.fields[field].total, 0);
out.push(`  ${'all fields'.padEnd(13)} ${percent(fieldsTotal === 0 ? 1 : fieldsRight / fieldsTotal).padStart(6)}  ${fieldsRight}/${fieldsTotal}`, '');
const refs = score.references;
out.push(`References  precision ${percent(refs.precision)}  recall ${percent(refs.recall)}  F1 ${percent(refs.f1)}  (${refs.found} found of ${refs.expected} annotated; ${refs.predicted} extracted)`);
if (!summary) {
  out.push('  missed:', ...refs.missed.map(show), '  not annotated:', ...refs.spurious.map(show));
}
out.push(`Reference attributes ${percent(rate(score.attributes.all))}  ${score.attributes.all.right}/${score.attributes.all.total}`);
for (const attribute of SCORED_ATTRIBUTES) {
  const tally = score.attributes[attribute];
  out.push(`  ${attribute.padEnd(13)} ${percent(rate(tally)).padStart(6)}  ${tally.right}/${tally.total}`);
  if (!summary) out.push(...tally.misses.map(show));
}
process.stdout.write(`${out.join('\n')}\n`);
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(score, null, 2)}\n`);

function fail(message: string): never {
  process.stderr.write(`npm run eval: ${message}\n`);
  process.exit(2);
}
