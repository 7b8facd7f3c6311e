/**
 * Every install attempt and servicing episode of the timeline as a table row, behind a
 * disclosure: built when first opened, a step at a time (more-list.ts).
 */
import type { AttemptReport } from '../../analyzer/index.ts';
import { shownTime } from '../../analyzer/report/verdict-words.ts';
import type { RenderContext } from './context.ts';
import { cellLabel, codeLink, kbLink, where } from './context.ts';
import { h, type Child } from './dom.ts';
import { evidenceMessage } from './evidence-list.ts';
import { showMore } from './more-list.ts';
import { setAsideFailure, updateLabel } from './timeline-model.ts';

/** Every attempt as a table row, behind a disclosure: built when first opened, a step at a time. */
export function attemptsTable(ctx: RenderContext): HTMLElement {
  const { s, report } = ctx;
  const rows = [...report.attempts.map((a) => ({ a, servicing: false })), ...report.servicing.map((a) => ({ a, servicing: true }))];
  const cell = (label: string, ...c: Child[]) => h('td', cellLabel(ctx, label), ...c);
  const details = h('details', { class: 'ut-an-timeline-table' }, h('summary', {}, s.timelineTable));
  const fill = () => {
    details.removeEventListener('toggle', fill);
    const body = h('tbody', {});
    const more = showMore(body, rows, ({ a, servicing }) => {
      const aside = setAsideFailure(a, servicing);
      return h(
        'tr',
        { 'data-status': aside ? 'aside' : a.status },
        cell(s.date, ...timeParts(a.outcome.time)),
        cell(s.update, updateCell(ctx, a), servicing ? ` · ${s.servicingRow}` : ''),
        cell(s.outcome, outcomeWord(ctx, a.status, aside), ' ', a.code ? codeLink(ctx, a.code, a.name) : a.status === 'failed' ? ctx.t.noCode : ''),
        cell(s.where, h('span', { class: 'ut-an-where' }, where(a.outcome)), a.outcome.message ? ' ' : null, evidenceMessage(a.outcome, ctx.lang)),
      );
    }, s.showMore);
    details.append(h('table', { class: 'ut-table ut-stacked-table' }, h('thead', {}, h('tr', {}, ...[s.date, s.update, s.outcome, s.where].map((x) => h('th', {}, x)))), body), more ?? '');
  };
  details.addEventListener('toggle', fill);
  return details;
}

/** A time in the table: its day and its time of day each kept whole, as the report writes them (shownTime). */
function timeParts(time: string | undefined): Child[] {
  if (!time) return ['—'];
  const [day, ...rest] = shownTime(time).split(' ');
  return [h('span', { class: 'ut-an-day' }, day), ' ', h('span', { class: 'ut-an-day' }, rest.join(' '))];
}

function updateCell(ctx: RenderContext, a: AttemptReport): Node | string {
  if (a.update.kb) return kbLink(ctx, a.update.kb);
  return updateLabel(a) ?? ctx.s.unnamedUpdate;
}

/** How a point's outcome is said: set aside, failed or succeeded. */
export const outcomeWord = (ctx: RenderContext, status: AttemptReport['status'], aside?: boolean): string =>
  aside ? ctx.s.asideOutcome : status === 'failed' ? ctx.s.failedOutcome : ctx.s.succeededOutcome;
