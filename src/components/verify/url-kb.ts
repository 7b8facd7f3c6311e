/**
 * The KB a link to /verify/ names (`?kb=KB5016623`), read as the search box reads one: `kb 5016623`
 * and full-width digits too. A number no record has but one typing mistake from records we have
 * (the case's `KB6016623`) is no KB to check against: it gets the same "did you mean" instead.
 */
import type { HashRecord } from '../../kb/hash-match.ts';
import { readKbNumber } from '../../kb/kb-number.ts';
import { matchKb, type KbFact, type KbMatch } from '../../kb/near-kb.ts';

export type UrlKb =
  | { kind: 'record'; record: HashRecord }
  | { kind: 'miss'; miss: Exclude<KbMatch, { kind: 'exact' }> };

/** `search`: the page's `location.search`; nothing when it names no KB number. */
export function readUrlKb(search: string, records: readonly HashRecord[], facts: readonly KbFact[]): UrlKb | undefined {
  const given = new URLSearchParams(search).get('kb');
  const kb = given ? readKbNumber(given) : undefined;
  if (!kb) return undefined;
  const record = records.find((r) => r.kb === kb);
  if (record) return { kind: 'record', record };
  const match = matchKb(kb, facts);
  return match.kind === 'exact' ? undefined : { kind: 'miss', miss: match };
}
