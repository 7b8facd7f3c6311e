import { bracketed, listComma, type Lang } from '../../i18n/lang.ts';
import type { InputReport } from './model.ts';
import { otherProvidersTrace } from '../diagnose/logs-read.ts';
import { STRINGS } from './strings.ts';
import { warningInChinese } from './warning-zh.ts';

/**
 * What an input was, as the text report and the analyzer page both write it after its name: a log's
 * format in words, encoding (an event log has none) and lines; an archive's kind; or why it could not be read.
 */
export function inputDescription(input: InputReport, lang: Lang): string {
  const t = STRINGS[lang];
  const format = t.format[input.format ?? 'zip'];
  const lines = (n: number) => `${n} ${n === 1 ? t.line : t.lines}`;
  // A trace none of whose events decoded is no text of any format: what it is, and that nothing in it was read.
  if (input.status === 'analyzed' && input.trace) {
    if (!input.lines) return t.traceUndecoded;
    return otherProvidersTrace(input) ? t.traceOf(input.providers!) + bracketed(lang, lines(input.lines)) : format + bracketed(lang, `${t.trace}${listComma(lang)}${lines(input.lines)}`);
  }
  if (input.status === 'analyzed') return format + bracketed(lang, `${input.encoding ? `${input.encoding}${listComma(lang)}` : ''}${lines(input.lines ?? 0)}`);
  if (input.status === 'container') return format;
  // In Chinese, a detail of a known shape is said so, without the file's name the line begins with.
  const said = input.message && lang === 'zh-CN' ? warningInChinese(input.message.startsWith(`${input.file}: `) ? input.message.slice(input.file.length + 2) : input.message) : undefined;
  const message = said ?? input.message;
  return `${input.reason ? t.reason[input.reason] : input.status}${message ? ` — ${message}` : ''}`;
}
