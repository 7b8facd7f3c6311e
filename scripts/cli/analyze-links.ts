/** The pages a text report points to, as links to paste: the root cause's code page, its runbooks, then the findings'. */
import type { Report } from '../../src/analyzer/index.ts';
import { reportLinks } from '../../src/components/analyze/links.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const TITLE: Record<Lang, string> = { 'zh-CN': '页面链接', en: 'Pages' };

export function pageLinksText(report: Report, lang: Lang, site: string): string {
  const links = reportLinks(report, lang, site);
  const lines: string[] = [];
  const root = report.rootCause;
  if (root) lines.push(`- ${root.code}${root.name ? ` ${root.name}` : ''}: ${links.code(root.code)}`);
  for (const id of new Set([...(root?.runbooks ?? []), ...report.runbooks.map((r) => r.id)])) lines.push(`- ${id}: ${links.runbook(id)}`);
  return lines.length ? `\n## ${TITLE[lang]}\n${lines.join('\n')}\n` : '';
}
