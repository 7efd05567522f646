import { defineCollection } from 'astro:content';
import { generatedMdxLoader } from './lib/generated-mdx-loader.ts';
import { recordSchema } from './schemas/index.ts';

// `npm run build -- --generated <dir>` points the site at another generated folder.
const generated = process.env['ARCHIVE_GENERATED_DIR'] ?? 'content/generated';

const documents = defineCollection({
  loader: generatedMdxLoader({ base: `${generated}/documents` }),
  schema: recordSchema,
});

export const collections = { documents };
