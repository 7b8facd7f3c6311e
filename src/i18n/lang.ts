/** The site's languages, zh-CN first (served at the root), and text given in each of them. */

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized<T = string> = Record<Lang, T>;

/** What follows a label before its value: a full-width colon in Chinese, `: ` in English. */
export const labelColon = (lang: Lang): string => (lang === 'en' ? ': ' : '：');
/** The colon that ends a heading or a list's lead-in (`Steps:`, `操作步骤：`). */
export const headingColon = (lang: Lang): string => (lang === 'en' ? ':' : '：');
/** `, ` in English, `，` in Chinese: between the items of a list in a sentence. */
export const listComma = (lang: Lang): string => (lang === 'en' ? ', ' : '，');
/** ` (text)` in English, `（text）` in Chinese: brackets around words of the page's language. */
export const bracketed = (lang: Lang, text: string): string => (lang === 'en' ? ` (${text})` : `（${text}）`);
