import type { Lang } from '../../i18n/lang.ts';
import type { InputRecord } from '../scan/session.ts';
import type { RootCause } from './model.ts';

/** The extend code setup first reported `code` with, in the files' order, named; undefined where none did. */
export function reportedExtend(records: readonly InputRecord[], code: string): RootCause['setupExtend'] {
  for (const record of records) {
    const reported = record.facts?.setupExtends?.get(code);
    if (reported) return reported;
  }
  return undefined;
}

/** The extend code in one sentence, the same in the text report, the page and the reply. */
export function extendSentence(extend: NonNullable<RootCause['setupExtend']>, lang: Lang): string {
  const { value, phase, operation } = extend;
  return lang === 'en'
    ? `Setup reported it with extend code ${value}: phase ${phase}, operation ${operation}.`
    : `安装程序报告此错误时附带扩展代码 ${value}：阶段 ${phase}，操作 ${operation}。`;
}
