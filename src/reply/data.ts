import type { Catalog } from '../catalog/types.ts';
import type { Localized } from '../i18n/lang.ts';
import { symptomRefs, type SymptomRefs } from '../catalog/symptom-links.ts';

/**
 * What a reply needs that the report does not carry: runbook steps, KB hashes and article
 * summaries. The site writes it once at build time (`data/reply-data.json`); tests make it
 * from the real catalog.
 */
export interface ReplyData {
  version: 1;
  runbooks: Record<string, { title: Localized; steps: { id: string; title: Localized }[]; escalate: Localized }>;
  kbs: Record<string, { kb: string; title: Localized; sha256: string | null; osBuild?: string }>;
  /** per code with an article, keyed `0x` + upper-case hex */
  codes: Record<string, { name?: string; title: Localized; summary: Localized }>;
  /** the symptom pages a reply can link, and which lead to a code or a runbook */
  symptoms?: SymptomRefs;
}

export const codeKey = (code: string): string => `0x${code.replace(/^0x/i, '').toUpperCase()}`;

export function replyDataFromCatalog(catalog: Pick<Catalog, 'runbooks' | 'kbs' | 'articles'> & Partial<Pick<Catalog, 'symptoms'>>): ReplyData {
  const data: ReplyData = { version: 1, runbooks: {}, kbs: {}, codes: {}, symptoms: symptomRefs(catalog.symptoms ?? []) };
  for (const r of catalog.runbooks) {
    data.runbooks[r.id] = { title: r.title, steps: r.steps.map((s) => ({ id: s.id, title: s.title })), escalate: r.escalate };
  }
  for (const k of catalog.kbs) {
    data.kbs[k.kb.toUpperCase()] = { kb: k.kb, title: k.title, sha256: k.sha256, ...(k.osBuild ? { osBuild: k.osBuild } : {}) };
  }
  for (const a of catalog.articles) {
    data.codes[codeKey(a.code)] = { ...(a.name ? { name: a.name } : {}), title: a.title, summary: a.summary };
  }
  return data;
}
