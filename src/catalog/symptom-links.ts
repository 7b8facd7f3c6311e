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
