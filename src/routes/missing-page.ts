/**
 * What the address of a page that does not exist asks for. A code or KB page typed by hand, or
 * kept from an old link, names a value the home page's lookup answers in any form
 * (`/codes/0X80070005/`, `/codes/-2147024891/`, `/codes/ERROR_ACCESS_DENIED/`, `/kb/kb5005565/`
 * for a KB the site does not list): the 404 page sends it there (`?q=`). Any other missing page
 * is just missing.
 */
import type { Lang } from '../i18n/lang.ts';

const CODE_OR_KB = /^(en\/)?(?:codes|kb)\/([^/]+)\/?$/;

/** `pathname` as the browser has it, `base` the site's base path (`/`, `/update-triage/`). */
export function lookupForMissing(pathname: string, base: string): { lang: Lang; query: string } | undefined {
  const root = base.replace(/\/?$/, '/');
  if (!pathname.startsWith(root)) return undefined;
  const m = CODE_OR_KB.exec(pathname.slice(root.length));
  if (!m) return undefined;
  let query: string;
  try {
    query = decodeURIComponent(m[2]).trim();
  } catch {
    return undefined; // a broken escape is no value anyone typed
  }
  return query ? { lang: m[1] ? 'en' : 'zh-CN', query } : undefined;
}
