/**
 * A query → the pages it names, before any full-text search: a KB number with a page, or a
 * code in any form (hex with or without 0x, signed or unsigned decimal, Win32 decimal,
 * symbolic name), also a KB number inside a sentence. A value in a code form that no page covers gets its structural decode
 * instead, shown in place. Plain words name nothing and go to the full-text search.
 */
import { decode, type DecodedReading, type InputForm } from '../hresult/decode.ts';
import type { SetupExtend } from '../hresult/setup-extend.ts';
import type { HashMatch } from '../kb/hash-match.ts';
import { matchKb, type KbMatch } from '../kb/near-kb.ts';
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
  /** a KB number no record has: the records one typing mistake away (then also `hits`), or none */
  kbMiss?: Exclude<KbMatch, { kind: 'exact' }>;
  /** a pasted SHA-256 against the recorded hashes (answer-query.ts, from the hash list) */
  hash?: HashMatch;
  /** `0x8007005`: a code a digit short, no page of its own; the pages one digit away are the hits */
  codeMiss?: { typed: string; pages: string[] };
  /** `0xC1900101 - 0x20017`: the setup extend code after the result, its phase and operation read */
  setupExtend?: SetupExtend;
}

/** Substring matches of a name are offered only for identifier-like input (`FILE_CORRUPT`), and few. */
const MAX_NAME_PARTS = 5;

export function lookUp(query: NormalizedQuery, data: LookupData): LookupAnswer {
  const hits: LookupHit[] = [];
  const bareKb = /^\d{6,8}$/.test(query.text) ? `KB${query.text}` : undefined;
  for (const kb of [query.kb, bareKb]) {
    if (kb && data.kbs.has(kb)) hits.push({ kind: 'kb', kb, path: kbPath(kb) });
  }
  if (query.kb && !hits.length) return kbMiss(query.kb, data);
  if (query.kb || !query.text) return { hits };
  // `KB6016623 安装失败`: the sentence's KB number is answered as if typed alone, its codes too
  if (query.kbInText) {
    const named = kbMiss(query.kbInText, data);
    const answer = withCodes(query, data, named.hits);
    return named.kbMiss?.kind === 'near' ? { ...answer, kbMiss: named.kbMiss } : answer;
  }
  // `6016623` alone may be a mistyped KB number as well as a decimal code: both answers
  const bareMiss = bareKb && !hits.length && /^\d{6,7}$/.test(query.text) ? kbMiss(bareKb, data) : undefined;
  if (bareMiss?.kbMiss?.kind === 'near') return { ...withCodes(query, data, bareMiss.hits), kbMiss: bareMiss.kbMiss };
  return withCodes(query, data, hits);
}

/** The code pages the query names, after `hits`; the structural decode when none has a page. */
function withCodes(query: NormalizedQuery, data: LookupData, hits: LookupHit[]): LookupAnswer {
  const result = decode(query.text, data.index);
  let parts = 0;
  for (const reading of result.readings) {
    if (reading.form === 'name-substring' && (!query.text.includes('_') || ++parts > MAX_NAME_PARTS)) continue;
    if (!data.pages.has(Number(reading.page) >>> 0)) continue;
    if (hits.some((h) => h.kind === 'code' && h.page === reading.page)) continue;
    const name = reading.form === 'name' || reading.form === 'name-substring' ? reading.text : reading.primary?.name;
    hits.push({ kind: 'code', page: reading.page, name, form: reading.form, text: reading.text, path: codePath(reading.page) });
    // `5` is ERROR_ACCESS_DENIED's page first, and then the page of the value itself (a bug check of the same number)
    const own = reading.hex;
    if (own !== reading.page && data.pages.has(reading.value >>> 0) && !hits.some((h) => h.kind === 'code' && h.page === own)) {
      hits.push({ kind: 'code', page: own, form: reading.form, text: reading.text, path: codePath(own) });
    }
  }
  if (result.setup) return { hits, setupExtend: result.setup.extend };
  if (hits.length || !query.codeLike) return { hits };
  const near = digitShort(query.text, data);
  if (near.length) {
    // the value as typed decodes to nothing anyone meant (0x08007005): the codes one digit away are the answer
    for (const page of near) hits.push({ kind: 'code', page, name: decode(page, data.index).readings[0]?.primary?.name, form: 'hex', text: page, path: codePath(page) });
    return { hits, codeMiss: { typed: query.text, pages: near } };
  }
  return { hits, unknown: result.readings[0] };
}

/** Codes a dropped zero is most often from, first; at most this many are offered. */
const MAX_DIGIT_SHORT = 5;

/** The pages `0x` + 7 hex digits is one digit short of, a zero put back first (`0x8007005` → 0x80070005). */
function digitShort(text: string, data: LookupData): string[] {
  const m = /^0x([0-9a-f]{7})$/i.exec(text);
  if (!m) return [];
  const digits = m[1].toUpperCase();
  const found = new Set<string>();
  for (const digit of '0123456789ABCDEF') {
    for (let at = 0; at <= 7; at++) {
      const page = `0x${digits.slice(0, at)}${digit}${digits.slice(at)}`;
      if (data.pages.has(Number(page) >>> 0)) found.add(page);
    }
  }
  return [...found].slice(0, MAX_DIGIT_SHORT);
}

/** `KB6016623`: the records one edit away are the hits, closest and newest first. */
function kbMiss(kb: string, data: LookupData): LookupAnswer {
  const match = matchKb(kb, data.kbFacts);
  if (match.kind === 'exact') return { hits: [{ kind: 'kb', kb, path: kbPath(kb) }] };
  const hits = match.kind === 'near' ? match.candidates.map(({ fact }): LookupHit => ({ kind: 'kb', kb: fact.kb, path: kbPath(fact.kb) })) : [];
  return { hits, kbMiss: match };
}
