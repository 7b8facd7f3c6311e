import type { Localized, Symptom } from './types.ts';

/** A symptom that leads to a page, as the page lists it. */
export interface SymptomLink {
  id: string;
  title: Localized;
}

/**
 * Which symptoms lead to each runbook and each code article, computed from the symptoms'
 * answers so that the pages' "symptoms that lead here" lists never need hand upkeep.
 */
export function symptomLinks(symptoms: Symptom[]): { byRunbook: Map<string, SymptomLink[]>; byCode: Map<string, SymptomLink[]> } {
  const byRunbook = new Map<string, SymptomLink[]>();
  const byCode = new Map<string, SymptomLink[]>();
  const add = (map: Map<string, SymptomLink[]>, key: string, symptom: Symptom) => {
    const list = map.get(key) ?? [];
    list.push({ id: symptom.id, title: symptom.title });
    map.set(key, list);
  };
  for (const symptom of symptoms) {
    for (const runbook of symptom.runbooks) add(byRunbook, runbook, symptom);
    for (const code of symptom.codes) add(byCode, code, symptom);
  }
  return { byRunbook, byCode };
}

/** The symptoms as plain JSON for the analyzer page and the reply composer: which lead to a code or a runbook, and their titles. */
export interface SymptomRefs {
  byCode: Record<string, string[]>;
  byRunbook: Record<string, string[]>;
  titles: Record<string, Localized>;
}

export function symptomRefs(symptoms: Symptom[]): SymptomRefs {
  const { byRunbook, byCode } = symptomLinks(symptoms);
  const ids = (map: Map<string, SymptomLink[]>) => Object.fromEntries([...map].map(([key, list]) => [key, list.map((s) => s.id)]));
  return { byCode: ids(byCode), byRunbook: ids(byRunbook), titles: Object.fromEntries(symptoms.map((s) => [s.id, s.title])) };
}

/**
 * The symptoms that match a diagnosis: those leading to the root-cause code's article first,
 * else those leading to its first runbook (later runbooks, such as log collection, fit too
 * many symptoms to mean one). Among a code's symptoms, one that also leads to the cause's
 * earliest runbook comes first, then the one that leads to fewest codes: 0x800F0922 rolled back
 * at restart is "undoing changes at restart" before the generic "update history says failed".
 */
export function symptomsForCause(refs: SymptomRefs, code: string | undefined, runbooks: string[] = [], limit = 2): string[] {
  const byCode = code ? (refs.byCode[`0x${code.replace(/^0x/i, '').toUpperCase()}`] ?? []) : [];
  if (!byCode.length) return (refs.byRunbook[runbooks[0]] ?? []).slice(0, limit);
  const runbookRank = (id: string) => {
    const i = runbooks.findIndex((r) => refs.byRunbook[r]?.includes(id));
    return i < 0 ? runbooks.length : i;
  };
  const codeCount = (id: string) => Object.values(refs.byCode).filter((ids) => ids.includes(id)).length;
  const ranked = byCode.map((id, order) => ({ id, order, runbook: runbookRank(id), codes: codeCount(id) }));
  ranked.sort((a, b) => a.runbook - b.runbook || a.codes - b.codes || a.order - b.order);
  return ranked.slice(0, limit).map((r) => r.id);
}
