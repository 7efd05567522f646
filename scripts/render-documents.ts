// node scripts/render-documents.ts: reads and checks the generated documents and renders their bodies into
// the build's cache (src/lib/documents.ts), as the first page of an Astro build would. A split build runs it
// once before its parts, which then start from a copy of that cache (scripts/build-pages.ts).
import { documentFolders, loadDocuments } from '../src/lib/documents.ts';

await loadDocuments(documentFolders(process.cwd(), process.env));
