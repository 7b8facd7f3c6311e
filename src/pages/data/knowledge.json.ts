/**
 * What the analyzer knows from the catalog (code names, rules, runbooks, KB packages, builds),
 * as a static file the analyzer page's Web Worker fetches from the site itself.
 */
import type { APIRoute } from 'astro';
import { knowledgeFromCatalog, knowledgeToJSON } from '../../analyzer/index.ts';
import { siteCatalog } from '../../site/catalog.ts';

export const GET: APIRoute = () =>
  new Response(knowledgeToJSON(knowledgeFromCatalog(siteCatalog())), { headers: { 'content-type': 'application/json' } });
