/**
 * A KB number against the catalog: the record itself, or the records one typing mistake away
 * ("no KB6016623: did you mean KB5016623?"), or nothing. Shared by the search box, the CLI, the
 * analyzer and the reply, so that all of them answer a mistyped number the same way.
 */
import { singleEdit, type EditKind } from './edit-distance.ts';

/** What a KB record is, in the few words a "did you mean" needs. */
export interface KbFact {
  kb: string;
  /** YYYY-MM-DD */
  releaseDate: string;
  osBuild?: string;
  kind: 'cumulative' | 'servicing-stack' | 'dotnet' | 'other';
}

export interface NearKb {
  fact: KbFact;
  edit: EditKind;
}

export type KbMatch =
  | { kind: 'exact'; fact: KbFact }
  /** no record has `typed`; `candidates` are one edit away, the closest first, then the newest */
  | { kind: 'near'; typed: string; candidates: NearKb[] }
  | { kind: 'none'; typed: string };

/**
 * A changed digit or two swapped ones keeps the length people copied; a missing or extra digit
 * is a less likely reading of a number that has the length of a real one.
 */
const CLOSENESS: Record<EditKind, number> = { substitution: 0, transposition: 0, deletion: 1, insertion: 1 };

/** `kb` in canonical form (`KB5016623`, see readKbNumber). */
export function matchKb(kb: string, facts: readonly KbFact[]): KbMatch {
  const exact = facts.find((f) => f.kb === kb);
  if (exact) return { kind: 'exact', fact: exact };
  const digits = kb.replace(/^KB/, '');
  const candidates = facts
    .flatMap((fact): NearKb[] => {
      const edit = singleEdit(digits, fact.kb.replace(/^KB/, ''));
      return edit ? [{ fact, edit }] : [];
    })
    .sort((a, b) => CLOSENESS[a.edit] - CLOSENESS[b.edit] || b.fact.releaseDate.localeCompare(a.fact.releaseDate));
  return candidates.length ? { kind: 'near', typed: kb, candidates } : { kind: 'none', typed: kb };
}
