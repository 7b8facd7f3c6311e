/** KB numbers, OS builds and the WSUS server the logs name; then the inputs and any notes. */
import type { RenderContext } from './context.ts';
import { kbLink, section, where } from './context.ts';
import { h } from './dom.ts';
import { showMore } from './more-list.ts';
import { inputDescription } from '../../analyzer/report/input-line.ts';
import { warningLine } from '../../analyzer/report/warning-line.ts';
import { kbDidYouMean } from '../../i18n/kb-match.ts';
import { labelColon } from '../../i18n/lang.ts';

/** A list drawn a step at a time (more-list.ts), with its "show more" button after it. */
function longList<T>(ctx: RenderContext, attrs: Record<string, string>, items: readonly T[], draw: (item: T) => Node): DocumentFragment {
  const list = h('ul', attrs);
  const fragment = document.createDocumentFragment();
  fragment.append(list);
  const more = showMore(list, items, draw, ctx.s.showMore);
  if (more) fragment.append(more);
  return fragment;
}

export function renderSystem(ctx: RenderContext): HTMLElement | null {
  const { s, report, lang } = ctx;
  if (!report.kbs.length && !report.builds.length && !report.wsus.length) return null;
  const facts = h('dl', { class: 'ut-facts' });
  const plain = { class: 'ut-an-plain' };
  if (report.kbs.length)
    facts.append(
      h('dt', {}, s.kbs),
      h(
        'dd',
        {},
        longList(ctx, plain, report.kbs, (k) =>
          h('li', { 'data-kb': k.kb }, kbLink(ctx, k.kb), k.title ? ` ${k.title[lang]}` : '', ...(k.nearest ? [h('p', { class: 'ut-kb-miss', 'data-match': 'kb-near' }, kbDidYouMean(lang, k.kb, k.nearest))] : [])),
        ),
      ),
    );
  if (report.builds.length)
    facts.append(
      h('dt', {}, s.builds),
      h('dd', {}, longList(ctx, plain, report.builds, (b) => h('li', {}, h('code', {}, b.build), b.kb ? kbWithArrow(ctx, b.kb) : '', ' ', h('span', { class: 'ut-an-where' }, where(b.evidence))))),
    );
  if (report.wsus.length)
    facts.append(
      h('dt', {}, s.wsus),
      h('dd', {}, longList(ctx, plain, report.wsus, (w) => h('li', {}, w.url ? h('code', { class: 'ut-an-wsus' }, w.url) : s.wsusNone, ' ', h('span', { class: 'ut-an-where' }, where(w.evidence))))),
    );
  return section('system', s.system, facts);
}

function kbWithArrow(ctx: RenderContext, kb: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(' → ', kbLink(ctx, kb));
  return fragment;
}

export function renderInputs(ctx: RenderContext): HTMLElement {
  const { s, report, lang } = ctx;
  const inputs = longList(ctx, { class: 'ut-an-inputs' }, report.inputs, (i) =>
    h('li', { 'data-status': i.status }, h('span', { class: 'ut-an-file' }, i.file), `${labelColon(lang)}${inputDescription(i, lang)}`),
  );
  const notes = report.warnings.length
    ? h('div', { class: 'ut-an-notes' }, h('h3', {}, s.notes), longList(ctx, {}, report.warnings, (w) => h('li', {}, warningLine(w, ctx.lang))))
    : null;
  return section('inputs', s.inputs, inputs, notes);
}
