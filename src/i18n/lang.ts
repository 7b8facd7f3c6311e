/** The site's languages, zh-CN first (served at the root), and text given in each of them. */

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized<T = string> = Record<Lang, T>;
