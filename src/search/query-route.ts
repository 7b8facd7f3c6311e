/**
 * Which answers a query needs, and in which order. The lookup (~80 KB, once) names the page of
 * a code, a KB number or a symbolic name; pagefind (~150 KB before any index chunk) finds pages
 * about words. A query the lookup answers alone must not pay for pagefind, and Chinese or
 * plain words must not pay for the lookup: pagefind finds a name typed in lower case by the
 * `aliases` each code page carries.
 */
import type { LookupAnswer } from './lookup.ts';
import type { NormalizedQuery } from './normalize-query.ts';
import type { ResultKind } from './results.ts';

/** The lookup answers only for these kinds; with another filter only full text can. */
const LOOKUP_KINDS: readonly string[] = ['all', 'code', 'kb'];

/** A token that may name a page: a digit (any code form, a KB number), `_`, or capitals (`NOERROR`). */
const MAY_NAME = /\d|_|^[A-Z][A-Z0-9]*$/;

/** A query that is one code, KB number or name and nothing else: ASCII letters, digits, `_`, `-`. */
const ONE_IDENTIFIER = /^[-\w]+$/;

/**
 * When the lookup did not answer a lone identifier, the full-text search waits this long:
 * someone typing `0x80070570` or `ERROR_FILE_CORRUPT` passes through `0x`, `800`, `ERR`, which
 * name nothing, and each keystroke supersedes the last; a pause means the query is complete.
 */
export const FULL_TEXT_PAUSE_MS = 250;

export interface QueryRoute {
  /** ask the lookup (loads its data the first time) */
  lookup: boolean;
  /** `now`: full text in parallel with the lookup; `after-lookup`: only if the lookup does not answer */
  fullText: 'now' | 'after-lookup';
}

export function routeQuery(query: NormalizedQuery, kind: ResultKind | 'all'): QueryRoute {
  const lookup = LOOKUP_KINDS.includes(kind) && (query.kb !== undefined || query.text.split(' ').some((t) => MAY_NAME.test(t)));
  const alone = lookup && (query.kb !== undefined || ONE_IDENTIFIER.test(query.text));
  return { lookup, fullText: alone ? 'after-lookup' : 'now' };
}

/**
 * After the lookup of a lone identifier: `none` when it answered (a page to go to, or the
 * decode of a value no page covers), `after-pause` otherwise. Parts of names (`FILE_CORRUPT`)
 * are suggestions, not an answer: the full text may know better.
 */
export function fullTextAfterLookup(answer: LookupAnswer): 'none' | 'after-pause' {
  // a near-miss KB number is answered by its "did you mean": the full text lists unrelated KB pages
  const answered = answer.unknown !== undefined || answer.kbMiss?.kind === 'near' || answer.hits.some((h) => h.kind === 'kb' || h.form !== 'name-substring');
  return answered ? 'none' : 'after-pause';
}
