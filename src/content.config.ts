import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Free-form guide pages (content/guides/*.md, English under content/guides/en/). Codes, KB
// packages and runbooks are not a collection: they come from the compiled catalog.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/guides', pattern: '**/*.md' }),
    schema: docsSchema(),
  }),
};
