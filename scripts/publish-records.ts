// node scripts/publish-records.ts [--sources <dir> --generated <dir> --out <dir>]: after astro build
// (part of npm run build), each record's JSON and original text into the built site.
import { publishRecords } from './lib/publish-records.ts';
import { parsePaths } from './lib/parse-paths.ts';

const { paths, out } = parsePaths(process.argv.slice(2));
const started = performance.now();
const count = publishRecords(paths, out);
console.error(`publish: ${count} records and their originals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
