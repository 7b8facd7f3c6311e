/**
 * Where the address of a page that does not exist should lead. A code or KB page typed by hand,
 * or kept from an old link, names a value: a code in its page's form but another case
 * (`/codes/0X80070005/`, `/codes/80070005/`) goes to its page, and any other form
 * (`/codes/-2147024891/`, `/codes/ERROR_ACCESS_DENIED/`, a code with no page, `/kb/kb5005566/` for
 * a KB the site does not list) to the home page's lookup (`?q=`), which answers it in any form.
 * Any other missing page is just missing.
 */
import type { Lang } from '../i18n/lang.ts';
import { codePath, queryPath } from './index.ts';

/** A code or KB page's path under the site's base. Exported for the 404 page's first script, which hides the page while it is sent on. */
export const CODE_OR_KB = /^(en\/)?(codes|kb)\/([^/]+)\/?$/;
const HEX_CODE = /^(?:0x)?([0-9a-f]{8})$/i;
/** The lookup box's heading on the home page: the answer is there, not at the top. */
const LOOKUP_ANCHOR = '#lookup';

/** `pathname` as the browser has it, `base` the site's base path (`/`, `/update-triage/`); the path is from the language's root. */
export function missingPageTarget(pathname: string, base: string): { lang: Lang; path: string } | undefined {
  const root = base.replace(/\/?$/, '/');
  if (!pathname.startsWith(root)) return undefined;
  const m = CODE_OR_KB.exec(pathname.slice(root.length));
  if (!m) return undefined;
  let value: string;
  try {
    value = decodeURIComponent(m[3]).trim();
  } catch {
    return undefined; // a broken escape is no value anyone typed
  }
  if (!value) return undefined;
  const lang: Lang = m[1] ? 'en' : 'zh-CN';
  const hex = m[2] === 'codes' ? HEX_CODE.exec(value) : null;
  // The page's own form that is missing has no page: only another spelling of it is worth a try.
  const page = hex && codePath(`0x${hex[1]}`);
  if (page && page !== `codes/${m[3]}/`) return { lang, path: page };
  return { lang, path: queryPath(value) + LOOKUP_ANCHOR };
}
