import type { Lang } from '../../i18n/lang.ts';
import type { Report } from './model.ts';
import { warningInChinese } from './warning-zh.ts';

/**
 * A warning as one line: `file:line: message`, in the page's language where its shape is known
 * (warning-zh.ts). A reader's own message names its file already (`System.evtx: byte 0: the log
 * was not closed cleanly …`), and is not prefixed twice.
 */
export function warningLine(w: Report['warnings'][number], lang: Lang = 'en'): string {
  const message = (lang === 'zh-CN' && warningInChinese(w.message)) || w.message;
  const colon = lang === 'zh-CN' && message !== w.message ? '：' : ': ';
  if (!w.file || w.message.startsWith(`${w.file}:`)) return message;
  return `${w.file}${w.line ? `:${w.line}` : ''}${colon}${message}`;
}
