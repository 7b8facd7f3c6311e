/** The written pages' titles, one gzip-compressed file per language (see src/search/title-index.ts). */
import { gzipSync } from 'node:zlib';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../i18n/lang.ts';
import { siteCatalog } from '../../site/catalog.ts';
import { titleRows } from '../../search/title-index.ts';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) => {
  const rows = titleRows(siteCatalog(), params.lang as Lang);
  return new Response(new Uint8Array(gzipSync(JSON.stringify(rows), { level: 9 })), { headers: { 'content-type': 'application/gzip' } });
};
