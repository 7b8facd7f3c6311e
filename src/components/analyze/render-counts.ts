/** The counts: failed attempts by result code (the case's tally), then every code the logs hold. */
import type { RenderContext } from './context.ts';
import { cellLabel, codeLink, section } from './context.ts';
import { h } from './dom.ts';
import { tallyFailures } from '../../analyzer/report/failure-tally.ts';
import { showMore } from './more-list.ts';
import { bracketed } from '../../i18n/lang.ts';
import { isFailureCode } from '../../analyzer/extract/codes.ts';

/** Codes drawn at once, and per "show more". */
const CODES_STEP = 100;

export function renderCounts(ctx: RenderContext): HTMLElement | null {
  const { s, report } = ctx;
  const tally = tallyFailures(report.attempts);
  if (!tally.length && !report.codes.length) return null;
  const head = (...cols: string[]) => h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', {}, c))));
  const tallyTable = tally.length
    ? h(
        'div',
        {},
        h('p', {}, s.countsLead),
        h(
          'table',
          { class: 'ut-table ut-stacked-table ut-an-tally' },
          head(s.code, s.attempts, s.date),
          h(
            'tbody',
            {},
            ...tally.map((row) =>
              h(
                'tr',
                { 'data-code': row.code ?? '' },
                h('td', cellLabel(ctx, s.code), row.code ? codeLink(ctx, row.code, row.name) : ctx.t.noCode),
                h('td', { class: 'ut-an-count', ...cellLabel(ctx, s.attempts) }, String(row.count)),
                h('td', { class: 'ut-an-dates', ...cellLabel(ctx, s.date) }, ...days([row.first, row.last])),
              ),
            ),
          ),
        ),
      )
    : null;
  const codes = report.codes;
  const codeRows = h('tbody', {});
  const more = showMore(
    codeRows,
    codes,
    (c) =>
      h(
        'tr',
        { 'data-code': c.code },
        h('td', cellLabel(ctx, s.code), codeLink(ctx, c.code), c.names.length || c.printed ? '' : ` (${s.noName})`, c.noise ? ` · ${s.noise}` : '', !c.success && !isFailureCode(c.code) ? ` · ${ctx.t.notFailure}` : '', c.wrapper ? ` · ${s.wrapper}` : ''),
        h('td', { class: 'ut-an-count', ...cellLabel(ctx, s.occurrences) }, String(c.count)),
        h('td', { class: 'ut-an-count', ...cellLabel(ctx, s.attempts) }, String(c.outcomes)),
      ),
    s.showMore,
    CODES_STEP,
  );
  const codesTable = codes.length
    ? h('details', { class: 'ut-an-codes' }, h('summary', {}, s.allCodes + bracketed(ctx.lang, String(report.codes.length))), h('table', { class: 'ut-table ut-stacked-table' }, head(s.code, s.occurrences, s.attempts), codeRows), more)
    : null;
  // A heading over nothing but the collapsed list of codes read as a table gone missing.
  const outcomes = tallyTable ?? (report.attempts.length || report.servicing.length ? null : h('p', { class: 'ut-an-none' }, s.noOutcomes));
  return section('counts', s.counts, outcomes, codesTable);
}

/** The first and last day, each kept whole (a phone broke `2022-10-` from `28`), the range able to break at its ellipsis. */
function days(times: (string | undefined)[]): (Node | string)[] {
  const list = times.map((t) => t?.slice(0, 10)).filter((d, i, all): d is string => !!d && all.indexOf(d) === i);
  return list.flatMap((d, i) => [...(i ? [' … '] : []), h('span', { class: 'ut-an-day' }, d)]);
}
