// npm run extract -- <file>...: prints the records of the given sources as a JSON array.
import { ingestCorpus } from '../src/ingest/ingest-corpus.ts';
import { loadRegistry } from '../src/lib/load-registry.ts';
import { convertSources } from './lib/convert-sources.ts';
import { loadSource } from './lib/load-sources.ts';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) {
  process.stderr.write('Usage: npm run extract -- <source file>...\n');
  process.exit(2);
}
const inputs = await convertSources(files.map(loadSource));
const corpus = ingestCorpus(inputs, loadRegistry());
const byFile = new Map(corpus.sources.map((source) => [source.file, source.record]));
const records = inputs.flatMap((input) => (byFile.has(input.file) ? [byFile.get(input.file)!] : []));
process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
for (const failure of corpus.failures) process.stderr.write(`error ${failure.error.message}\n`);
process.exitCode = corpus.failures.length > 0 ? 1 : 0;
