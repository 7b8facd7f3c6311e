/**
 * Install attempts over time: an SVG with one row per update and a dot per attempt at its date,
 * drawn by outcome (a filled dot a failure, a ring a success; each has a <title> to read on hover),
 * attempts of one moment as one dot with their number, then the same as a table.
 */
import type { AttemptReport } from '../../analyzer/index.ts';
import { shownTime } from '../../analyzer/report/verdict-words.ts';
import { attemptsTable, outcomeWord } from './attempts-table.ts';
import type { RenderContext } from './context.ts';
import { section } from './context.ts';
import { h, svg } from './dom.ts';
import type { Drawn } from './slices.ts';
import { buildTimeline, stackPoints, type Timeline, type TimelineRow, type TimelineStack } from './timeline-model.ts';

/**
 * The chart's own units. Each row's label stands above its line, across the whole width: a label
 * column beside the lines cut English labels short. On a phone the drawing is narrower, so that
 * when it is scaled to the screen its text stays near its set size.
 */
const WIDE = 760;
const NARROW = 400;
const LEFT = 12;
const RIGHT = 16;
const ROW = 42;
/** from a row's top: its label's baseline, then its line */
const LABEL_Y = 14;
const LINE_Y = 29;
const AXIS = 28;
/** the radius that takes a tap on a dot: about 24 px across on a phone (WCAG 2.5.8), less than half a row */
const HIT_RADIUS = 14;
/** characters of an update's name shown in its label, by the chart's width (the table below gives it whole): a phone's took 72 past its edge */
const nameChars = (width: number): number => (width === NARROW ? 44 : 72);

const chartWidth = (): number => (typeof matchMedia === 'function' && matchMedia('(max-width: 40rem)').matches ? NARROW : WIDE);

/** Dots drawn per task: a report with thousands of attempts draws its chart over several tasks. */
const DOTS_PER_STEP = 400;

/** The section, with the chart's rows still to draw: one batch per step (render-report.ts runs them a task apart). */
export function renderTimeline(ctx: RenderContext): Drawn | null {
  const width = chartWidth();
  // A date with its year takes a fifth of a phone's chart: half as many there.
  const timeline = buildTimeline(ctx.report, width === NARROW ? 4 : 8);
  if (!timeline) return null;
  const root = chart(ctx, timeline, width);
  const aside = timeline.rows.some((r) => r.points.some((p) => p.aside));
  return { element: section('timeline', ctx.s.timeline, root, legend(ctx, aside), attemptsTable(ctx)), steps: chartRows(ctx, timeline, root, width) };
}

const xOf = (timeline: Timeline, width: number) => (ms: number) => LEFT + ((ms - timeline.start) / (timeline.end - timeline.start)) * (width - LEFT - RIGHT);

/** The chart's frame: its size, title and day ticks. */
function chart(ctx: RenderContext, timeline: Timeline, width: number): SVGSVGElement {
  const { s } = ctx;
  const height = timeline.rows.length * ROW + AXIS;
  const x = xOf(timeline, width);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'ut-an-chart', role: 'group', 'aria-label': s.timelineLabel });
  root.append(svg('title', {}, s.timelineLabel));
  for (const tick of timeline.ticks) {
    root.append(
      svg('line', { x1: x(tick.ms), x2: x(tick.ms), y1: 0, y2: height - AXIS + 4, class: 'ut-an-grid' }),
      svg('text', { x: x(tick.ms), y: height - 8, 'text-anchor': tickAnchor(x(tick.ms), width), class: 'ut-an-tick' }, tick.label),
    );
  }
  return root;
}

/** A date under the chart's first or last moment is written inward from it, not half past the edge. */
const tickAnchor = (x: number, width: number): string => (x < LEFT + 20 ? 'start' : x > width - RIGHT - 20 ? 'end' : 'middle');

/** Appends the rows to the chart, yielding after every DOTS_PER_STEP dots. */
function* chartRows(ctx: RenderContext, timeline: Timeline, root: SVGSVGElement, width: number): Generator<void> {
  const x = xOf(timeline, width);
  let dots = 0;
  for (const [i, row] of timeline.rows.entries()) {
    const y = i * ROW + LINE_Y;
    root.append(
      svg('text', { x: LEFT, y: i * ROW + LABEL_Y, class: 'ut-an-row-label' }, rowLabel(ctx, row, nameChars(width))),
      svg('line', { x1: LEFT, x2: width - RIGHT, y1: y, y2: y, class: 'ut-an-row-line' }),
    );
    // Failures are drawn last, on top: a success drawn over a failure beside it hid its edge.
    for (const stack of drawOrder(stackPoints(row.points, x))) {
      root.append(dotOf(ctx, stack, y, width));
      dots += stack.points.length;
      if (dots >= DOTS_PER_STEP) {
        dots = 0;
        yield;
      }
    }
  }
}

/** One dot for a stack of points, with their number beside it when there are several (inward at the chart's right end). */
function dotOf(ctx: RenderContext, stack: TimelineStack, y: number, width: number): SVGElement {
  const [p] = stack.points;
  const last = stack.points[stack.points.length - 1];
  const n = stack.points.length;
  const when = n > 1 && last.time !== p.time ? `${shownTime(p.time)} – ${shownTime(last.time)}` : shownTime(p.time);
  // points of several codes say each; one code says its name too
  const codes = [...new Set(stack.points.map((q) => q.code).filter((c): c is string => !!c))];
  const outcome = stack.code ? outcomeText(ctx, p.status, p.code, p.name, p.aside) : [outcomeWord(ctx, p.status, p.aside), ...codes].join(' ');
  const label = [n > 1 ? ctx.s.attemptsHere(n) : null, when, outcome, `${p.file}:${p.line}`].filter(Boolean).join(' · ');
  const cx = stack.x.toFixed(1);
  const dot = svg('circle', { cx, cy: y, r: 6, class: `ut-an-dot ut-an-dot-${stack.kind}`, 'data-code': stack.code ?? '', ...(n > 1 ? { 'data-count': n } : {}) }, svg('title', {}, label));
  const inward = stack.x > width - RIGHT - 24;
  const count = n > 1 ? svg('text', { x: (stack.x + (inward ? -8 : 8)).toFixed(1), y: y - 5, 'text-anchor': inward ? 'end' : 'start', class: 'ut-an-stack', 'aria-hidden': 'true' }, String(n)) : null;
  // a dot of one code leads to the code's page, like every other code on the page; a clear ring
  // around it takes the tap, as a dot alone is about 11 px wide on a phone
  if (!stack.code) return count ? svg('g', {}, dot, count) : dot;
  return svg('a', { href: ctx.links.code(stack.code), 'aria-label': label }, svg('circle', { cx, cy: y, r: HIT_RADIUS, class: 'ut-an-hit' }), dot, count);
}

/** A row's stacks, successes first, then set-aside failures, then failures. */
const drawOrder = (stacks: TimelineStack[]) => [...stacks].sort((a, b) => RANK[a.kind] - RANK[b.kind]);
const RANK = { succeeded: 0, aside: 1, failed: 2 } as const;

function rowLabel(ctx: RenderContext, row: TimelineRow, chars: number): string {
  const name = row.update ?? ctx.s.unnamedUpdate;
  const short = name.length > chars ? `${name.slice(0, chars - 1)}…` : name;
  return row.servicing ? `${short} · ${ctx.s.servicingRow}` : short;
}

const outcomeText = (ctx: RenderContext, status: AttemptReport['status'], code?: string, name?: string, aside?: boolean) =>
  [outcomeWord(ctx, status, aside), code, name].filter(Boolean).join(' ');

function legend(ctx: RenderContext, aside: boolean): HTMLElement {
  const item = (status: string, text: string) => h('li', {}, h('span', { class: `ut-an-swatch ut-an-dot-${status}`, 'aria-hidden': 'true' }), text);
  return h('ul', { class: 'ut-an-legend' }, item('failed', ctx.s.failedOutcome), item('succeeded', ctx.s.succeededOutcome), aside ? item('aside', ctx.s.asideOutcome) : null);
}
