/**
 * The lookup box's data as a static file, gzip-compressed at build time: plain static hosting
 * on an intranet rarely compresses on the fly, and the client inflates it itself.
 */
import { gzipSync } from 'node:zlib';
import type { APIRoute } from 'astro';
import { siteCatalog, siteCodeIndex } from '../../site/catalog.ts';
import { serializeLookupData } from '../../search/lookup-data.ts';
import { kbFacts } from '../../kb/from-catalog.ts';

export const GET: APIRoute = () => {
  const catalog = siteCatalog();
  const data = serializeLookupData(siteCodeIndex(), catalog.codes.map((c) => c.value), catalog.kbs.map((k) => k.kb), kbFacts(catalog.kbs));
  return new Response(new Uint8Array(gzipSync(JSON.stringify(data), { level: 9 })), { headers: { 'content-type': 'application/gzip' } });
};
