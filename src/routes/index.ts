/**
 * Every URL of the site, in one place: pages, search results, the CLI, replies and the analyzer
 * build their links here. zh-CN lives at the site root and English under `en/`; code and KB
 * pages are lower case; a runbook step is a fragment of its runbook's page.
 *
 * A `root` is the base path the site is built for (`/`, `/update-triage/`) or a full address
 * (`https://kb.example/update-triage/`); a path is relative to a language's root.
 */
import type { Lang } from '../i18n/lang.ts';

/** The folder of a language under the site root. */
export const langPrefix = (lang: Lang): string => (lang === 'en' ? 'en/' : '');

/** The index page of each section. */
export const SECTIONS = { codes: 'codes/', kb: 'kb/', runbooks: 'runbooks/', symptoms: 'symptoms/' } as const;

export const codePath = (code: string): string => `codes/${code.toLowerCase()}/`;
/** A list of codes by facility or by header (`codes/facility/win32/`). */
export const codeGroupPath = (by: 'facility' | 'header', slug: string): string => `codes/${by}/${slug}/`;
export const kbPath = (kb: string): string => `kb/${kb.toLowerCase()}/`;
/** The element id of a runbook's n-th step (from 1): the stable link `#step-3` pasted into replies. */
export const stepAnchor = (n: number): string => `step-${n}`;
export const runbookPath = (id: string, step?: number): string =>
  `runbooks/${encodeURIComponent(id)}/${step ? `#${stepAnchor(step)}` : ''}`;
/** The element id of a symptom troubleshooter's n-th question (from 1): `#q-2`. */
export const questionAnchor = (n: number): string => `q-${n}`;
export const symptomPath = (id: string, question?: number): string =>
  `symptoms/${encodeURIComponent(id)}/${question ? `#${questionAnchor(question)}` : ''}`;
/** The home page's lookup for a value or KB number that has no page of its own. */
export const queryPath = (query: string): string => `?q=${encodeURIComponent(query)}`;

/** A language's root: `siteRoot('/kb', 'en')` → `/kb/en/`. */
export function siteRoot(root: string, lang: Lang): string {
  return `${root.replace(/\/?$/, '/')}${langPrefix(lang)}`;
}

/** A page's URL: `pageUrl('/', 'en', codePath('0x80070570'))` → `/en/codes/0x80070570/`. */
export function pageUrl(root: string, lang: Lang, path = ''): string {
  return siteRoot(root, lang) + path;
}
