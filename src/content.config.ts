import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { recordSchema } from './schemas/index.ts';

// `npm run build -- --generated <dir>` points the site at another generated folder.
const generated = process.env['ARCHIVE_GENERATED_DIR'] ?? 'content/generated';

const documents = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${generated}/documents`,
    // The glob loader would derive ids from file names; the record carries its own ASCII id.
    generateId: ({ data }) => String(data['id']),
  }),
  schema: recordSchema,
});

export const collections = { documents };
