import { analyze, knowledgeFromCatalog, type Report } from '../../src/analyzer/index.ts';
import { loadCatalog } from '../../scripts/lib/load-catalog.ts';
import { replyDataFromCatalog, type ReplyData } from '../../src/reply/data.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { fixtureInput } from '../analyzer/helpers.ts';

export const SITE = 'https://support.example.cn/update-triage/';

/** The real catalog, its reply data, and the analyzer's report on log fixtures (`case/CBS.log` …). */
export async function caseSetup(files: string[] = ['case/WindowsUpdate.log', 'case/CBS.log']): Promise<{ catalog: Catalog; data: ReplyData; report: Report }> {
  const catalog = await loadCatalog();
  const report = await analyze(files.map((f) => fixtureInput(f)), knowledgeFromCatalog(catalog));
  return { catalog, data: replyDataFromCatalog(catalog), report };
}
