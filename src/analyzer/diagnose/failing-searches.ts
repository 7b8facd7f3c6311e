import type { Evidence } from '../extract/evidence.ts';
import { SUSTAINED_MS } from '../formats/update-searches.ts';
import type { InputRecord } from '../scan/session.ts';

/** A run of failed searches that outlasts SUSTAINED_MS (formats/update-searches.ts), and that no search in any of the files outlived. */
export interface FailingSearches {
  code: string;
  count: number;
  evidence: Evidence[];
}

export function searchesStillFailing(records: readonly InputRecord[]): FailingSearches | undefined {
  const runs = records.flatMap((r) => (r.facts?.searches ? [r.facts.searches] : []));
  // Any search that worked after a run's last failure, in whichever file, ends it (times compare as strings, one format).
  const lastSuccess = runs.reduce((latest, s) => (s.succeeded?.time && s.succeeded.time > latest ? s.succeeded.time : latest), '');
  const failing = runs.filter((s) => s.failed && s.code && s.last?.time && s.last.time > lastSuccess && s.fromMs !== undefined && s.toMs !== undefined && s.toMs - s.fromMs >= SUSTAINED_MS);
  const longest = failing.sort((a, b) => b.toMs! - b.fromMs! - (a.toMs! - a.fromMs!))[0];
  return longest && { code: longest.code!, count: longest.failed, evidence: [longest.first!, longest.last!] };
}
