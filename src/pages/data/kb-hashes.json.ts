/**
 * Every catalog KB with its published SHA-256 (null: never published), for the hash verifier.
 * One small file shared by all KB pages and /verify/, instead of the list inlined in each page.
 */
import type { APIRoute } from 'astro';
import { siteCatalog } from '../../site/catalog.ts';
import type { KbHash } from '../../hash/verdict.ts';

export const GET: APIRoute = () => {
  const hashes: KbHash[] = siteCatalog().kbs.map(({ kb, sha256 }) => ({ kb, sha256 }));
  return new Response(JSON.stringify(hashes), { headers: { 'content-type': 'application/json' } });
};
