/**
 * Where a code, a KB number or a runbook of a report leads on this site, for a language and a
 * base path. Framework-free: the page passes `import.meta.env.BASE_URL`, tests pass their own.
 */
import type { Lang } from '../../i18n/lang.ts';
import { codePath, kbPath, queryPath, runbookPath, siteRoot, symptomPath } from '../../routes/index.ts';
import type { Report } from '../../analyzer/index.ts';

export interface ReportLinks {
  code(code: string): string;
  kb(kb: string): string;
  runbook(id: string, step?: number): string;
  symptom(id: string): string;
}

export function reportLinks(report: Report, lang: Lang, base: string): ReportLinks {
  const root = siteRoot(base, lang);
  // A code has a page when the catalog names it or has an article on it; any other value is
  // decoded from its bits by the lookup on the home page.
  const withPage = new Set(report.codes.filter((c) => c.names.length > 0 || c.article).map((c) => c.code.toUpperCase()));
  // An HRESULT_FROM_NT value has no page of its own: its NTSTATUS's page is its page (the site's search takes either);
  // nor has an NTSTATUS_FROM_WIN32 value: its Win32 error's page is.
  const pageOf = new Map(report.codes.flatMap((c) => (c.ntstatus || c.win32 ? [[c.code.toUpperCase(), (c.ntstatus ?? c.win32)!]] : [])));
  const knownKbs = new Set(report.kbs.filter((k) => k.known).map((k) => k.kb.toUpperCase()));
  return {
    code(code) {
      const key = code.toUpperCase().replace(/^0X/, '0x');
      return root + (withPage.has(key.toUpperCase()) ? codePath(pageOf.get(key.toUpperCase()) ?? key) : queryPath(key));
    },
    kb(kb) {
      const key = kb.toUpperCase();
      return root + (knownKbs.has(key) ? kbPath(key) : queryPath(key));
    },
    runbook(id, step) {
      return root + runbookPath(id, step);
    },
    symptom(id) {
      return root + symptomPath(id);
    },
  };
}
