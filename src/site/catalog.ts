/** Build-time access to the compiled catalog for pages (read once per build, then memoized). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Catalog, CodeEntry, KbRecord, Runbook, Symptom } from '../catalog/types.ts';
import { symptomLinks, type SymptomLink } from '../catalog/symptom-links.ts';
import { buildCodeIndex, type CodeIndex } from '../hresult/code-index.ts';

export interface SiteCatalog extends Catalog {
  codeByValue: Map<string, CodeEntry>;
  articleByCode: Map<string, Article>;
  kbById: Map<string, KbRecord>;
  runbookById: Map<string, Runbook>;
  symptomById: Map<string, Symptom>;
  /** the symptoms whose answers lead to a runbook, by runbook id */
  symptomsByRunbook: Map<string, SymptomLink[]>;
  /** the symptoms whose answers lead to a code article, by code */
  symptomsByCode: Map<string, SymptomLink[]>;
}

let cached: SiteCatalog | undefined;

export function siteCatalog(): SiteCatalog {
  if (cached) return cached;
  const file = join(process.cwd(), '.catalog', 'catalog.json');
  let catalog: Catalog;
  try {
    catalog = JSON.parse(readFileSync(file, 'utf8')) as Catalog;
  } catch {
    throw new Error(`${file}: the compiled catalog is missing; run \`npm run catalog\` (npm run build does it first)`);
  }
  const links = symptomLinks(catalog.symptoms ?? []);
  cached = {
    ...catalog,
    symptoms: catalog.symptoms ?? [],
    codeByValue: new Map(catalog.codes.map((c) => [c.value, c])),
    articleByCode: new Map(catalog.articles.map((a) => [a.code, a])),
    kbById: new Map(catalog.kbs.map((k) => [k.kb, k])),
    runbookById: new Map(catalog.runbooks.map((r) => [r.id, r])),
    symptomById: new Map((catalog.symptoms ?? []).map((s) => [s.id, s])),
    symptomsByRunbook: links.byRunbook,
    symptomsByCode: links.byCode,
  };
  return cached;
}

let index: CodeIndex | undefined;

/** The decoder's index over every name in the catalog (built once per build). */
export function siteCodeIndex(): CodeIndex {
  index ??= buildCodeIndex(siteCatalog().codes);
  return index;
}
