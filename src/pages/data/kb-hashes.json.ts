/**
 * Every catalog KB with its published SHA-256 (null: never published), for the hash verifier.
 * One small file shared by all KB pages and /verify/, instead of the list inlined in each page.
 */
import type { APIRoute } from 'astro';
import { siteCatalog } from '../../site/catalog.ts';
import { hashRecords } from '../../kb/from-catalog.ts';

/** Also read by the search box when a SHA-256 is pasted; `fileName` names the package file when recorded. */
export const GET: APIRoute = () => {
  const hashes = hashRecords(siteCatalog().kbs);
  return new Response(JSON.stringify(hashes), { headers: { 'content-type': 'application/json' } });
};
