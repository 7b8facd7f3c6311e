import type { Runbook } from '../catalog/types.ts';
import { headingColon, labelColon, type Lang } from '../i18n/lang.ts';

const LABELS = {
  'zh-CN': { steps: '操作步骤', expect: '预期结果', check: '检查', link: '完整手册', rollback: '回滚' },
  en: { steps: 'Steps', expect: 'Expected', check: 'Check', link: 'Full runbook', rollback: 'Roll back' },
} as const;

/**
 * A runbook as plain text for an e-mail reply: numbered steps with their commands and a link to
 * each step (`url#step-N`), so the reader can open the exact step instead of a re-typed copy.
 */
export function runbookAsText(runbook: Runbook, lang: Lang, url: string): string {
  const l = LABELS[lang];
  const [colon, end] = [labelColon(lang), headingColon(lang)];
  const lines = [runbook.title[lang], `${l.link}${colon}${url}`, '', `${l.steps}${end}`];
  runbook.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.title[lang]}  (${url}#${step.id})`);
    // what to know before the command: when to run it, what to do first
    if (step.detail) lines.push(`   ${plainMarkdown(step.detail[lang], url)}`);
    if (step.command) lines.push(...step.command.trimEnd().split('\n').map((c) => `     ${c}`));
    lines.push(`   ${l.expect}${colon}${step.expect[lang]}`);
    if (step.check) lines.push(`   ${l.check}${colon}${step.check[lang]}`);
  });
  if (runbook.rollback[lang].length) lines.push('', `${l.rollback}${colon}${url}#rollback`);
  return lines.join('\n');
}

/** Inline Markdown as an e-mail's text: a link's text with its address after it, code without its backticks. */
function plainMarkdown(text: string, url: string): string {
  const site = url.slice(0, Math.max(0, url.indexOf('/runbooks/')));
  return text
    .replace(/\[([^\]]+)\]\((\/[^)\s]*)\)/g, (_m, words: string, path: string) => `${words} (${site}${path})`)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
