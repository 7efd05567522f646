// No content collections: the archive's documents are read from the generated MDX files by
// src/lib/documents.ts (Astro's data store does not hold 100,000 of them; see that file).
export const collections = {};
