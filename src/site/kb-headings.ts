import type { KbRecord } from '../catalog/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/ui.ts';

/**
 * The sections a KB page's facts have (KbFacts.astro writes them with these ids), for the page's
 * "On this page": a page built from a record has no Markdown headings for Starlight to list.
 */
export function kbHeadings(kb: KbRecord, lang: Lang): { depth: number; slug: string; text: string }[] {
  return [
    { depth: 2, slug: 'sha256', text: t(lang, 'kb.sha256') },
    ...(kb.knownIssues[lang].length ? [{ depth: 2, slug: 'known-issues', text: t(lang, 'kb.knownIssues') }] : []),
    { depth: 2, slug: 'sources', text: t(lang, 'kb.sources') },
  ];
}
