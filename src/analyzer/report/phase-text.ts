import type { Lang } from '../../i18n/lang.ts';
import { CANCELLED_BY_USER } from '../diagnose/set-aside.ts';

/**
 * What an episode was doing, as a reader is told: as its log wrote it (a DISM command, a DPX phase),
 * except the one phase the analyzer words itself, a user's cancel of Windows Setup, said in the
 * reader's language.
 */
export function phaseText(phase: string, lang: Lang): string {
  return phase === CANCELLED_BY_USER && lang === 'zh-CN' ? 'Windows 安装程序：用户取消了安装' : phase;
}
