/**
 * What the page's long main-thread tasks were made of, from a Chromium performance trace (the
 * events DevTools' Performance panel shows): for each task over 50 ms, the events inside it that
 * took longest (script, message deserialization, style, layout, paint, garbage collection …),
 * and its CPU time: on a busy machine a task can last far longer than the work in it.
 */
import type { Browser, Page } from 'playwright-core';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'toplevel'];
const LONG_US = 50_000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread (CPU) time: far below `dur` when the OS gave the thread no core */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } };
}

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
}

/** Stops the trace and describes each long task on the renderer's main thread, longest first. */
export async function longTasks(browser: Browser): Promise<string[]> {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const mains = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`));
  const runs = onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur! > LONG_US);
  // a task the trace nests in another is the same task
  const tasks = runs.filter((t) => !runs.some((o) => o !== t && o.tid === t.tid && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur! && (o.ts < t.ts || o.dur! > t.dur! || runs.indexOf(o) < runs.indexOf(t)))).sort((a, b) => b.dur! - a.dur!);
  const t0 = Math.min(...onMain.map((e) => e.ts));
  return tasks.slice(0, 5).map((task) => {
    const wrappers = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'v8.callFunction', 'HandlePostMessage', 'Receive mojo message']);
    const inside = onMain.filter((e) => !wrappers.has(e.name) && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! > 5_000);
    const parts = inside
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 8)
      .map((e) => `${label(e)} ${(e.dur! / 1000).toFixed(0)}`);
    const cpu = task.tdur !== undefined ? ` (${(task.tdur / 1000).toFixed(0)} ms of CPU)` : '';
    return `${(task.dur! / 1000).toFixed(0)} ms task${cpu} at +${((task.ts - t0) / 1e6).toFixed(1)} s: ${parts.join(', ') || 'nothing over 5 ms inside'}`;
  });
}

function label(e: TraceEvent): string {
  const data = e.args?.data;
  if (data?.type) return `${e.name}(${data.type})`;
  if (data?.functionName || data?.url) return `${e.name}(${data.functionName || '?'} ${(data.url ?? '').replace(/^.*\//, '')})`;
  return e.name;
}
