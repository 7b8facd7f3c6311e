import type { FactsData, InputRecord } from '../scan/session.ts';

/**
 * Records with their facts reduced to data: a worker posts them, and structured clone keeps
 * maps and arrays but no class, no private state of the trackers, no methods.
 */
export function plainRecords(records: readonly InputRecord[]): InputRecord[] {
  return records.map((record) => (record.facts ? { ...record, facts: plainFacts(record.facts) } : { ...record }));
}

function plainFacts(facts: FactsData): FactsData {
  const { file, codes, droppedCodes, kbs, packages, builds, wsus, patternHits, patternWatch, warnings, downloads, searches, setupExtends, channels, unfinished, installs, lastSuccess, firstTime, lastTime, timeZone } = facts;
  return {
    file,
    codes,
    droppedCodes,
    kbs,
    packages,
    builds,
    wsus,
    patternHits,
    patternWatch,
    warnings,
    ...(downloads?.size ? { downloads } : {}),
    ...(searches?.failed || searches?.succeeded ? { searches } : {}),
    ...(setupExtends?.size ? { setupExtends } : {}),
    ...(channels?.size ? { channels } : {}),
    ...(unfinished ? { unfinished } : {}),
    ...(installs?.length ? { installs } : {}),
    ...(lastSuccess ? { lastSuccess } : {}),
    ...(firstTime ? { firstTime } : {}),
    ...(lastTime ? { lastTime } : {}),
    ...(timeZone ? { timeZone } : {}),
    updates: { attempts: facts.updates.attempts, dropped: facts.updates.dropped },
    servicing: { attempts: facts.servicing.attempts, dropped: facts.servicing.dropped },
  };
}
