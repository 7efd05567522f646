// node scripts/publish-records.ts [--sources <dir> --generated <dir> --out <dir>]: each record's JSON
// and original text, and the exports, into a folder (part of npm run build, which runs it beside astro build
// and moves its folder into the site; into the built site itself when run alone).
import { publishRecords } from './lib/publish-records.ts';
import { parsePaths } from './lib/parse-paths.ts';

const { paths, out } = parsePaths(process.argv.slice(2));
const started = performance.now();
const count = publishRecords(paths, out);
console.error(`publish: ${count} records and their originals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
