/**
 * What the reply composer on the analyzer page needs from the catalog (runbook steps, KB
 * hashes, article summaries), as one static file fetched after a report is shown.
 */
import type { APIRoute } from 'astro';
import { siteCatalog } from '../../site/catalog.ts';
import { replyDataFromCatalog } from '../../reply/data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(replyDataFromCatalog(siteCatalog())), { headers: { 'content-type': 'application/json' } });
