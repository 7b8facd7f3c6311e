/** The written pages' titles in both languages, for the search box's title match (see src/search/title-index.ts). */
import type { APIRoute } from 'astro';
import { LANGS } from '../../catalog/types.ts';
import { siteCatalog } from '../../site/catalog.ts';
import { titleRows, type SerializedTitles } from '../../search/title-index.ts';

export const GET: APIRoute = () => {
  const titles = Object.fromEntries(LANGS.map((lang) => [lang, titleRows(siteCatalog(), lang)])) as SerializedTitles;
  return new Response(JSON.stringify(titles), { headers: { 'content-type': 'application/json' } });
};
