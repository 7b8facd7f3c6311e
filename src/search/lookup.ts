/**
 * A query → the pages it names, before any full-text search: a KB number with a page, or a
 * code in any form (hex with or without 0x, signed or unsigned decimal, Win32 decimal,
 * symbolic name). A value in a code form that no page covers gets its structural decode
 * instead, shown in place. Plain words name nothing and go to the full-text search.
 */
import { decode, type DecodedReading, type InputForm } from '../hresult/decode.ts';
import type { LookupData } from './lookup-data.ts';
import type { NormalizedQuery } from './normalize-query.ts';
import { codePath, kbPath } from '../routes/index.ts';

export type LookupHit =
  | { kind: 'kb'; kb: string; path: string }
  | { kind: 'code'; page: string; name?: string; form: InputForm; text: string; path: string };

export interface LookupAnswer {
  /** pages to go to, the best first (Enter goes to the first) */
  hits: LookupHit[];
  /** the reading of a code-form value that has no page */
  unknown?: DecodedReading;
}

/** Substring matches of a name are offered only for identifier-like input (`FILE_CORRUPT`), and few. */
const MAX_NAME_PARTS = 5;

export function lookUp(query: NormalizedQuery, data: LookupData): LookupAnswer {
  const hits: LookupHit[] = [];
  const bareKb = /^\d{6,8}$/.test(query.text) ? `KB${query.text}` : undefined;
  for (const kb of [query.kb, bareKb]) {
    if (kb && data.kbs.has(kb)) hits.push({ kind: 'kb', kb, path: kbPath(kb) });
  }
  if (query.kb || !query.text) return { hits };

  const result = decode(query.text, data.index);
  let parts = 0;
  for (const reading of result.readings) {
    if (reading.form === 'name-substring' && (!query.text.includes('_') || ++parts > MAX_NAME_PARTS)) continue;
    if (!data.pages.has(Number(reading.page) >>> 0)) continue;
    if (hits.some((h) => h.kind === 'code' && h.page === reading.page)) continue;
    const name = reading.form === 'name' || reading.form === 'name-substring' ? reading.text : reading.primary?.name;
    hits.push({ kind: 'code', page: reading.page, name, form: reading.form, text: reading.text, path: codePath(reading.page) });
  }
  if (hits.length || !query.codeLike) return { hits };
  return { hits, unknown: result.readings[0] };
}
