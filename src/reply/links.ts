import type { Lang } from '../i18n/lang.ts';
import { codePath, kbPath, queryPath, runbookPath, siteRoot, symptomPath } from '../routes/index.ts';

/** Absolute links into the site for a reply: `siteUrl` is the site's address with its base path. */
export interface ReplyLinks {
  code(code: string, hasPage: boolean): string;
  kb(kb: string): string;
  runbook(id: string, step?: number): string;
  symptom(id: string): string;
}

export function replyLinks(siteUrl: string, lang: Lang): ReplyLinks {
  const root = siteRoot(siteUrl, lang);
  return {
    // A value with no page of its own is decoded by the lookup on the home page.
    code: (code, hasPage) => root + (hasPage ? codePath(code) : queryPath(code)),
    kb: (kb) => root + kbPath(kb),
    runbook: (id, step) => root + runbookPath(id, step),
    symptom: (id) => root + symptomPath(id, 1),
  };
}
