/** The compact rows the matchers need, from the compiled catalog's KB records. */
import type { KbRecord } from '../catalog/types.ts';
import type { HashRecord } from './hash-match.ts';
import type { KbFact } from './near-kb.ts';

export const kbFacts = (kbs: readonly KbRecord[]): KbFact[] =>
  kbs.map(({ kb, releaseDate, osBuild, kind }) => ({ kb, releaseDate, kind, ...(osBuild ? { osBuild } : {}) }));

export const hashRecords = (kbs: readonly KbRecord[]): HashRecord[] =>
  kbs.map(({ kb, sha256, fileName }) => ({ kb, sha256, ...(fileName ? { fileName } : {}) }));
