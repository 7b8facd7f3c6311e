import type { BuildRow, Catalog, Rule } from '../catalog/types.ts';
import type { Localized } from '../i18n/lang.ts';
import type { KbFact } from '../kb/near-kb.ts';

/** What the analyzer knows about one code value. */
export interface CodeInfo {
  /** symbolic names from the code tables, most specific first */
  names: string[];
  /** a curated article exists: its page key is the code */
  article?: boolean;
  title?: Localized;
  /** routine in healthy logs: never taken as a cause */
  noise?: boolean;
  /** only reports that something else failed: look for the underlying code */
  wrapper?: boolean;
  runbooks?: string[];
  /** every name is an NTSTATUS's: the value with the N bit set (HRESULT_FROM_NT) is named by them too */
  ntstatus?: true;
}

/**
 * Everything the analyzer takes from the catalog, as plain JSON: the CLI builds it in
 * process, the site writes it to a file that the Web Worker fetches.
 */
export interface Knowledge {
  version: 1;
  codes: Record<string, CodeInfo>;
  rules: Rule[];
  runbooks: Record<string, { title: Localized }>;
  /** `releaseDate` and `kind` rank and describe the records a mistyped KB number is near */
  kbs: Record<string, { title: Localized; osBuild?: string; releaseDate?: string; kind?: KbFact['kind'] }>;
  builds: BuildRow[];
}

export function knowledgeFromCatalog(catalog: Catalog): Knowledge {
  const codes: Record<string, CodeInfo> = {};
  for (const entry of catalog.codes) {
    const info: CodeInfo = { names: entry.names.map((n) => n.name) };
    if (entry.names.length && entry.names.every((n) => n.kind === 'ntstatus')) info.ntstatus = true;
    codes[entry.value.toUpperCase().replace(/^0X/, '0x')] = info;
  }
  for (const article of catalog.articles) {
    const key = article.code.toUpperCase().replace(/^0X/, '0x');
    const info = (codes[key] ??= { names: [] });
    info.article = true;
    info.title = article.title;
    if (article.noise) info.noise = true;
    if (article.wrapper) info.wrapper = true;
    if (article.runbooks.length) info.runbooks = article.runbooks;
    // The article's own name goes first: it is the reading the article is about.
    if (article.name) info.names = [article.name, ...info.names.filter((n) => n !== article.name)];
  }
  const runbooks: Knowledge['runbooks'] = {};
  for (const runbook of catalog.runbooks) runbooks[runbook.id] = { title: runbook.title };
  const kbs: Knowledge['kbs'] = {};
  for (const kb of catalog.kbs) kbs[kb.kb.toUpperCase()] = { title: kb.title, releaseDate: kb.releaseDate, kind: kb.kind, ...(kb.osBuild ? { osBuild: kb.osBuild } : {}) };
  return { version: 1, codes, rules: catalog.rules, runbooks, kbs, builds: catalog.builds };
}

export function knowledgeToJSON(knowledge: Knowledge): string {
  return JSON.stringify(knowledge);
}

/** Reads the JSON form back, refusing other versions with a clear message. */
export function knowledgeFromJSON(text: string): Knowledge {
  const value = JSON.parse(text) as Partial<Knowledge>;
  if (!value || value.version !== 1) throw new Error(`analyzer knowledge: expected version 1, got ${String(value?.version)}`);
  return {
    version: 1,
    codes: value.codes ?? {},
    rules: value.rules ?? [],
    runbooks: value.runbooks ?? {},
    kbs: value.kbs ?? {},
    builds: value.builds ?? [],
  };
}

/** An empty knowledge: the analyzer still counts codes and attempts without a catalog. */
export const emptyKnowledge = (): Knowledge => ({ version: 1, codes: {}, rules: [], runbooks: {}, kbs: {}, builds: [] });
