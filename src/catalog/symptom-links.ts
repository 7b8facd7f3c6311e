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
 * many symptoms to mean one).
 */
export function symptomsForCause(refs: SymptomRefs, code: string | undefined, runbooks: string[] = [], limit = 2): string[] {
  const byCode = code ? (refs.byCode[`0x${code.replace(/^0x/i, '').toUpperCase()}`] ?? []) : [];
  const list = byCode.length ? byCode : (refs.byRunbook[runbooks[0]] ?? []);
  return list.slice(0, limit);
}
