/**
 * The verdict, shown first: its state in plain words; when failing, the root cause, how
 * often, and the runbook to follow; otherwise what the logs cover, what recovered and what
 * to collect next (render-state.ts).
 */
import type { RenderContext } from './context.ts';
import { codeLink, kbLink, runbookTitle, section, where } from './context.ts';
import { h } from './dom.ts';
import { symptomsForCause } from '../../catalog/symptom-links.ts';
import { renderState } from './render-state.ts';
import { causeBasis } from '../../analyzer/report/cause-basis.ts';
import { extendSentence } from '../../analyzer/report/setup-extend.ts';
import { afterLeadSentences } from '../../analyzer/report/verdict-words.ts';
import { weighedFailures } from './timeline-model.ts';
import { bracketed, headingColon, labelColon } from '../../i18n/lang.ts';

export function renderVerdict(ctx: RenderContext): HTMLElement {
  const { report, s, t, lang } = ctx;
  const root = report.rootCause;
  const state = renderState(ctx);
  // 'Nothing is still failing' only where the verdict says so: an inconclusive one cannot tell.
  // A problem a check found, with no code (Automatic Updates turned off): what the logs show, not that they tell no cause.
  const standing = [...new Set((report.verdict.standing ?? []).map((f) => f.title[lang]))];
  const noCause = standing.length
    ? [h('strong', {}, `${s.problemShown}${labelColon(lang)}`), standing.join(lang === 'en' ? '; ' : '；')]
    : [report.verdict.state === 'inconclusive' ? s.noCauseNamed : s.noRootCause];
  if (!root) return section('verdict', s.verdict, h('p', { class: 'ut-an-cause', 'data-code': '' }, ...noCause), ...state);

  const title = report.codes.find((c) => c.code === root.code)?.title?.[lang];
  const basis = causeBasis(report)!;
  const cause = h(
    'p',
    { class: 'ut-an-cause', 'data-code': root.code },
    h('strong', {}, `${basis === 'download' ? s.downloadIs : basis === 'mention' ? s.suspectIs : s.rootCauseIs}${labelColon(lang)}`),
    codeLink(ctx, root.code, root.name),
    title ? ` — ${title}` : '',
  );
  const seen = h('p', { class: 'ut-an-seen' }, s.seen(root.count, t.basis[basis]));
  const extend = root.setupExtend ? h('p', { class: 'ut-an-extend' }, `${extendSentence(root.setupExtend, lang)} `, h('span', { class: 'ut-an-where' }, where(root.setupExtend.evidence))) : null;
  const kbs = root.kbs.length ? h('p', {}, `${s.kbs}${labelColon(lang)}`, ...root.kbs.flatMap((kb, i) => [i ? ', ' : '', kbLink(ctx, kb)])) : null;
  const wrappers = root.wrappers.length
    ? h(
        'div',
        {},
        h('p', {}, `${s.alsoReported}${headingColon(ctx.lang)}`),
        h('ul', {}, ...root.wrappers.map((w) => h('li', {}, codeLink(ctx, w.code, w.name), `${bracketed(ctx.lang, w.role === 'wrapper' ? s.wrapper : s.companion)} `, h('span', { class: 'ut-an-where' }, where(w.evidence))))),
      )
    : null;
  // the failures the verdict weighs: a Store app's, set aside as the timeline marks it, is not one
  const failed = weighedFailures(report);
  const days = failed.flatMap((a) => (a.outcome.time ? [a.outcome.time.slice(0, 10)] : [])).sort();
  const span = days.length ? h('p', { class: 'ut-an-span' }, s.failedSpan(failed.length, days[0], days.at(-1)!)) : null;
  // The logs still needed come last: a suspect after them read as one of them.
  // A failing verdict shows its cause in place of the state's words, but not without what the text report says after its lead (a later command with no result yet, files years apart).
  const shown = report.verdict.state === 'failing' ? afterLeadSentences(report.verdict, lang).map((sentence) => h('p', { class: 'ut-an-after-lead' }, sentence)) : state;
  const isCollect = (e: HTMLElement) => e.classList.contains('ut-an-collect');
  return section('verdict', s.verdict, ...shown.filter((e) => !isCollect(e)), cause, seen, extend, span, kbs, wrappers, renderSymptoms(ctx, root.code, root.runbooks), renderNext(ctx, root.runbooks), ...shown.filter(isCollect));
}

/** The symptom pages that match the root cause: what the customer sees, to link in a reply. */
function renderSymptoms(ctx: RenderContext, code: string, runbooks: string[]): HTMLElement | null {
  const ids = symptomsForCause(ctx.symptoms, code, runbooks).filter((id) => ctx.symptoms.titles[id]);
  if (!ids.length) return null;
  const links = ids.flatMap((id, i) => [i ? ' · ' : '', h('a', { href: ctx.links.symptom(id), 'data-symptom': id }, ctx.symptoms.titles[id][ctx.lang])]);
  return h('p', { class: 'ut-an-symptom' }, `${ctx.s.matchingSymptom}${labelColon(ctx.lang)}`, ...links);
}

/** The runbooks of the root cause, else those the findings point to. */
function renderNext(ctx: RenderContext, ids: string[]): HTMLElement | null {
  const { report, s } = ctx;
  const list = ids.length ? ids : report.runbooks.map((r) => r.id);
  if (!list.length) return null;
  return h(
    'div',
    { class: 'ut-an-next' },
    h('h3', {}, s.doNext),
    h(
      'ul',
      {},
      ...list.map((id) =>
        h('li', {}, h('a', { href: ctx.links.runbook(id), 'data-runbook': id }, runbookTitle(ctx, id)), ' · ', h('a', { href: ctx.links.runbook(id, 1) }, s.runbookFrom)),
      ),
    ),
  );
}
