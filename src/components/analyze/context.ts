/** What every part of the results needs: the language, its words and the report's links. */
import { labelColon, type Lang } from '../../i18n/lang.ts';
import type { Report } from '../../analyzer/index.ts';
import { STRINGS } from '../../analyzer/report/strings.ts';
import { codeLabel } from '../../analyzer/report/names.ts';
import { analyzeStrings, type AnalyzeStrings } from '../../i18n/analyze.ts';
import { reportLinks, type ReportLinks } from './links.ts';
import type { SymptomRefs } from '../../catalog/symptom-links.ts';
import { h } from './dom.ts';

export interface RenderContext {
  lang: Lang;
  report: Report;
  /** the page's own words */
  s: AnalyzeStrings;
  /** the report's terms, shared with the CLI text */
  t: (typeof STRINGS)[Lang];
  links: ReportLinks;
  /** runbook titles in this language, by id, from the catalog the page was built with */
  runbookTitles: Record<string, string>;
  /** the symptom pages, from the catalog the page was built with */
  symptoms: SymptomRefs;
}

const NO_SYMPTOMS: SymptomRefs = { byCode: {}, byRunbook: {}, titles: {} };

export function renderContext(report: Report, lang: Lang, base: string, runbookTitles: Record<string, string> = {}, symptoms = NO_SYMPTOMS): RenderContext {
  return { lang, report, s: analyzeStrings(lang), t: STRINGS[lang], links: reportLinks(report, lang, base), runbookTitles, symptoms };
}

export const runbookTitle = (ctx: RenderContext, id: string): string =>
  ctx.runbookTitles[id] ?? ctx.report.runbooks.find((r) => r.id === id)?.title?.[ctx.lang] ?? id;

/** A code as a link to its page, with its name after it when known, or the name its log lines print (marked so). */
export function codeLink(ctx: RenderContext, code: string, name?: string): HTMLElement {
  const known = codeLabel(ctx.report.codes.find((c) => c.code === code), ctx.s.printed, name);
  return h('span', { class: 'ut-an-code' }, h('a', { href: ctx.links.code(code) }, h('code', {}, code)), known ? ' ' : '', known ? breakableName(known) : '');
}

/** A name that breaks only after its underscores (`ERROR_FILE_CORR` / `UPT` broke a phone's table mid-word). */
function breakableName(name: string): HTMLElement {
  const parts = name.split('_');
  return h('span', { class: 'ut-an-name' }, ...parts.flatMap((part, i) => (i < parts.length - 1 ? [`${part}_`, h('wbr', {})] : [part])));
}

export function kbLink(ctx: RenderContext, kb: string): HTMLAnchorElement {
  return h('a', { href: ctx.links.kb(kb), class: 'ut-an-kb' }, kb);
}

/** A table cell's label, which a phone shows before it when the table's rows become cards (site.css, `.ut-stacked-table`). */
export const cellLabel = (ctx: RenderContext, label: string): { 'data-label': string } => ({ 'data-label': `${label}${labelColon(ctx.lang)}` });

/** `CBS.log:7`: where a line comes from, in the form an engineer quotes it. */
export const where = (e: { file: string; line: number }): string => `${e.file}:${e.line}`;

export function section(id: string, title: string, ...children: (Node | null | false)[]): HTMLElement {
  return h('section', { class: 'ut-an-section', id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), ...children);
}
