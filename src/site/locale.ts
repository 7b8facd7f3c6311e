import { LANGS, type Lang } from '../i18n/lang.ts';
import { pageUrl } from '../routes/index.ts';

/** Route param of `[...lang]`: undefined for the zh-CN root, `en` for English. */
export type LangParam = string | undefined;

export function langParams(): { params: { lang: LangParam }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: lang === 'en' ? 'en' : undefined }, props: { lang } }));
}

export const langFromParam = (param: LangParam): Lang => (param === 'en' ? 'en' : 'zh-CN');

/** A site path for a language, with the configured base: href('en', 'codes/') → `/en/codes/`. */
export function href(lang: Lang, path = ''): string {
  return pageUrl(import.meta.env.BASE_URL, lang, path);
}
