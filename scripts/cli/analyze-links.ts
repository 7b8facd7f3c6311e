/** The pages a text report points to, as links to paste: the root cause's code page and each runbook. */
import type { Report } from '../../src/analyzer/index.ts';
import { reportLinks } from '../../src/components/analyze/links.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const TITLE: Record<Lang, string> = { 'zh-CN': '页面链接', en: 'Pages' };

export function pageLinksText(report: Report, lang: Lang, site: string): string {
  const links = reportLinks(report, lang, site);
  const lines: string[] = [];
  const root = report.rootCause;
  if (root) lines.push(`- ${root.code}${root.name ? ` ${root.name}` : ''}: ${links.code(root.code)}`);
  for (const runbook of report.runbooks) lines.push(`- ${runbook.id}: ${links.runbook(runbook.id)}`);
  return lines.length ? `\n## ${TITLE[lang]}\n${lines.join('\n')}\n` : '';
}
