/**
 * The data the lookup box downloads the first time someone types: the decoder's index over
 * every code name and the KB numbers that have a page. Built once per site build, served
 * gzip-compressed as a static file (the index is ~350 KB as JSON, ~80 KB compressed).
 */
import { deserializeCodeIndex, serializeCodeIndex, type CodeIndex, type SerializedCodeIndex } from '../hresult/code-index.ts';
import type { KbFact } from '../kb/near-kb.ts';

/** A KB record as the "did you mean" needs it: [kb, release date, OS build or '', kind]. */
type KbFactRow = [string, string, string, KbFact['kind']];

export interface SerializedLookupData {
  version: 1;
  codes: SerializedCodeIndex;
  /** code pages whose value no header names (an article about an unnamed code), `0x…` */
  unnamed: string[];
  /** upper-case `KB…` numbers with a page */
  kbs: string[];
  /** what each KB is, for "no KB6016623: did you mean KB5016623 (…)?" (~1 KB for 28 records) */
  kbFacts?: KbFactRow[];
}

export interface LookupData {
  index: CodeIndex;
  /** every value that has a code page */
  pages: Set<number>;
  kbs: Set<string>;
  kbFacts: KbFact[];
}

/** Site path of the file, relative to the site base. */
export const LOOKUP_DATA_PATH = 'data/lookup.json.gz';

/** `pages`: the `0x…` value of every code page; `kbs`: every KB number with a page. */
export function serializeLookupData(index: CodeIndex, pages: string[], kbs: string[], facts: readonly KbFact[] = []): SerializedLookupData {
  const unnamed = pages.filter((page) => !index.byPage.has(Number(page) >>> 0));
  const kbFacts = facts.map((f): KbFactRow => [f.kb, f.releaseDate, f.osBuild ?? '', f.kind]);
  return { version: 1, codes: serializeCodeIndex(index), unnamed, kbs: kbs.map((kb) => kb.toUpperCase()).sort(), kbFacts };
}

export function deserializeLookupData(data: SerializedLookupData): LookupData {
  if (data?.version !== 1 || !Array.isArray(data.kbs)) throw new Error('lookup data: unsupported format');
  const index = deserializeCodeIndex(data.codes);
  const pages = new Set([...index.pages, ...data.unnamed.map((page) => Number(page) >>> 0)]);
  const kbFacts = (data.kbFacts ?? []).map(([kb, releaseDate, osBuild, kind]): KbFact => ({ kb, releaseDate, kind, ...(osBuild ? { osBuild } : {}) }));
  return { index, pages, kbs: new Set(data.kbs), kbFacts };
}
