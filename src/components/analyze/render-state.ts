/** The verdict's state, for a machine that is not (or not provably) failing: what the logs cover, what recovered, what to collect next. */
import { coverageSentence, leadSentence, setAsideSentences, afterLeadSentences, updateName, VERDICT_WORDS, whenOf } from '../../analyzer/report/verdict-words.ts';
import type { MentionReport } from '../../analyzer/index.ts';
import type { RenderContext } from './context.ts';
import { codeLink, where } from './context.ts';
import { h } from './dom.ts';
import { headingColon } from '../../i18n/lang.ts';
import { showMore } from './more-list.ts';

/** The state as a label before its sentence: `Healthy — …` (a word of the text report's `Verdict: healthy`). */
const label = (state: string): string => state.charAt(0).toUpperCase() + state.slice(1);

export function renderState(ctx: RenderContext): HTMLElement[] {
  const { report, t, lang } = ctx;
  const w = VERDICT_WORDS[lang];
  const { verdict } = report;
  const c = verdict.coverage;
  const out: HTMLElement[] = [
    h('p', { class: 'ut-an-state', 'data-state': verdict.state }, h('strong', {}, label(w.state[verdict.state])), ' — ', leadSentence(verdict, lang)),
    h('p', { class: 'ut-an-covers' }, coverageSentence(c, lang)),
  ];
  for (const sentence of [...afterLeadSentences(verdict, lang), ...setAsideSentences(verdict, lang)]) out.push(h('p', { class: 'ut-an-set-aside' }, sentence));
  if (verdict.recovered.length) {
    const list = h('ul', { class: 'ut-an-recovered' });
    const more = showMore(list, verdict.recovered, (r) =>
      h(
        'li',
        {},
        ...(r.code ? [codeLink(ctx, r.code, r.name), ' '] : []),
        w.recoveredItem(updateName(r.update, t.unknownUpdate), whenOf(r.failure), whenOf(r.fixedBy), !!r.restartPending),
        ' ',
        h('span', { class: 'ut-an-where' }, `${where(r.failure)} → ${where(r.fixedBy)}`),
      ), ctx.s.showMore);
    out.push(h('p', { class: 'ut-an-recovered-title' }, `${w.recovered}${headingColon(lang)}`), list, ...(more ? [more] : []));
  }
  const mentions = (cls: string, title: string, list: MentionReport[]) => {
    if (!list.length) return;
    const items = h('ul', {});
    const more = showMore(items, list, (m) => h('li', {}, codeLink(ctx, m.code, m.name), ` × ${m.count} `, m.evidence[0] ? h('span', { class: 'ut-an-where' }, where(m.evidence[0])) : ''), ctx.s.showMore);
    out.push(h('div', { class: cls }, h('p', {}, `${title}${headingColon(lang)}`), items, more));
  };
  mentions('ut-an-unresolved', w.unresolved, verdict.unresolved);
  mentions('ut-an-outlived', w.outlived, verdict.outlived);
  if (verdict.next.length) out.push(h('div', { class: 'ut-an-collect' }, h('h3', {}, w.next), h('ul', {}, ...verdict.next.map((n) => h('li', { 'data-next': n }, w.steps[n])))));
  return out;
}
