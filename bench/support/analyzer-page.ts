/**
 * Driving the /analyze/ page for the benchmarks: give it files, wait for the verdict, and watch
 * the main thread meanwhile (long tasks, long scripts, gaps of a 10 ms timer); with TRACE=1 in
 * the environment, a performance trace of each run says what the long tasks were made of.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { siteBase } from '../../scripts/lib/load-catalog.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../test/e2e/support/browser.ts';
import { longTasks, startTrace } from './main-thread-trace.ts';

const IDLE_MS = 2000;

export type Phase = 'analysis' | 'after the verdict';

export interface Blocked {
  ms: number;
  phase: Phase;
  /** for a script: what ran it and where (Long Animation Frames attribution) */
  what?: string;
}

export interface PageRun {
  ms: number;
  cause: string;
  /** the longest gap between 10 ms timer ticks on the main thread, and when */
  gap: Blocked;
  /** the longest task the browser reported (Long Tasks API: tasks over 50 ms), and when */
  longTask: Blocked;
  /** the longest script the page ran (from Long Animation Frames), and when */
  script: Blocked;
  /** the longest timer gap while the page sat idle before the run */
  idleGapMs: number;
  /** with TRACE=1: the long tasks of the run, each with what took longest inside it */
  trace?: string[];
}

/** In the page: long tasks and timer gaps with their times, and the moments the run starts and ends. */
function watchMainThread(): void {
  const w = window as unknown as { tasks: [number, number][]; gaps: [number, number][]; scripts: [number, number, string][]; t0: number; tDone: number };
  w.tasks = [];
  w.gaps = [];
  w.scripts = [];
  // Long Animation Frames name the scripts that ran: the page's own work, apart from GC or the OS
  new PerformanceObserver((list) => {
    type Script = { startTime: number; duration: number; invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; forcedStyleAndLayoutDuration: number };
    for (const frame of list.getEntries() as unknown as { duration: number; renderStart: number; startTime: number; scripts: Script[] }[]) {
      for (const s of frame.scripts) {
        const where = `${s.invoker} ${s.sourceFunctionName || '(anonymous)'} ${s.sourceURL.replace(/^.*\//, '')}:${s.sourceCharPosition}, layout ${Math.round(s.forcedStyleAndLayoutDuration)} ms`;
        w.scripts.push([s.startTime, s.duration, where]);
      }
      // the frame's own rendering after its scripts (style, layout, paint of what they drew)
      if (frame.renderStart) w.scripts.push([frame.renderStart, frame.startTime + frame.duration - frame.renderStart, 'rendering (style, layout, paint)']);
    }
  }).observe({ type: 'long-animation-frame' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 20) w.gaps.push([last, now - last]);
    last = now;
  }, 10);
  const analyzer = document.querySelector('ut-analyzer')!;
  new MutationObserver(() => {
    const state = analyzer.getAttribute('data-state');
    if (state === 'running') w.t0 = performance.now();
    if (state === 'done') w.tDone = performance.now();
  }).observe(analyzer, { attributes: true, attributeFilter: ['data-state'] });
}

function readMainThread(): { worst: [number, number, string?][]; idleGap: number; t0: number; tDone: number; cause: string } {
  const w = window as unknown as { tasks: [number, number][]; gaps: [number, number][]; scripts: [number, number, string][]; t0: number; tDone: number };
  // No helper functions in here: the bundler would wrap them in a name helper the page lacks.
  const worst: [number, number, string?][] = [];
  for (const list of [w.gaps, w.tasks, w.scripts] as [number, number, string?][][]) {
    let pick: [number, number, string?] = [w.t0, 0];
    for (const entry of list) if (entry[0] >= w.t0 && entry[1] > pick[1]) pick = entry;
    worst.push(pick);
  }
  let idleGap = 0;
  for (const entry of w.gaps) if (entry[0] + entry[1] < w.t0) idleGap = Math.max(idleGap, entry[1]);
  return { worst, idleGap, t0: w.t0, tDone: w.tDone, cause: document.querySelector('.ut-an-cause')?.getAttribute('data-code') || 'none' };
}

/** Only what happens once the files are given counts: page loading is not the analyzer's. */
function blocked([t, ms, what]: [number, number, string?], tDone: number): Blocked {
  return { ms, phase: t + ms <= tDone ? 'analysis' : 'after the verdict', ...(what ? { what } : {}) };
}

/** One run: the page at `url` is given `files` (paths), and the time to its verdict is measured. */
export async function pageRun(browser: Browser, url: string, files: string | string[]): Promise<PageRun> {
  const tab = await browser.newPage();
  await tab.goto(url, { waitUntil: 'networkidle' });
  await tab.evaluate(watchMainThread);
  // the same page idle for a while first: the baseline for the timer gaps on this machine
  await tab.waitForTimeout(IDLE_MS);
  if (process.env.TRACE) await startTrace(browser, tab);
  // Timed by the page's own clock, to the moment it shows the result: a wait for a selector
  // notices it only at its next poll, which comes up to 500 ms later.
  const start = await tab.evaluate(() => performance.now());
  await tab.setInputFiles('[data-pick-files]', files);
  // attached, not visible: a visibility check would lay the page out, a task the page itself never runs
  await tab.waitForSelector('ut-analyzer[data-state="done"] .ut-an-cause', { state: 'attached', timeout: 600_000 });
  // the panels under the result (reply composer, redacted export) start right after: count them too
  await tab.waitForTimeout(500);
  const trace = process.env.TRACE ? await longTasks(browser) : undefined;
  const read = await tab.evaluate(readMainThread);
  await tab.close();
  return { ms: read.tDone - start, cause: read.cause, gap: blocked(read.worst[0], read.tDone), longTask: blocked(read.worst[1], read.tDone), script: blocked(read.worst[2], read.tDone), idleGapMs: read.idleGap, ...(trace ? { trace } : {}) };
}

/** The built site served on a free loopback port, and Debian's Chromium with the project's flags. */
export async function openAnalyzerSite(dist: string): Promise<{ url: string; browser: Browser; close(): Promise<void> }> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH or install Debian chromium');
  if (!existsSync(join(dist, 'analyze/index.html'))) throw new Error(`${dist} has no analyzer page: run npm run build`);
  const { server, url } = await serveStatic({ root: dist, port: 0, base: siteBase() });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return { url, browser, close: async () => (await browser.close(), void server.close()) };
}

/** The worst of `runs` for the main thread: longest task, longest script and longest timer gap, against the idle page. */
export function printPageRuns(runs: PageRun[]): void {
  const worst = (pick: (r: PageRun) => Blocked) => runs.map(pick).reduce((a, b) => (b.ms > a.ms ? b : a));
  const task = worst((r) => r.longTask);
  const script = worst((r) => r.script);
  const gap = worst((r) => r.gap);
  console.log(`  longest main-thread task                 ${task.ms ? `${task.ms.toFixed(0)} ms (${task.phase})` : 'none over 50 ms'}   (target < 100 ms, worst of ${runs.length} runs)`);
  console.log(`  longest script or rendering of the page  ${script.ms ? `${script.ms.toFixed(0)} ms (${script.phase}): ${script.what}` : 'none in a frame over 50 ms'}`);
  const idle = Math.max(...runs.map((r) => r.idleGapMs));
  console.log(`  longest gap of a 10 ms timer             ${gap.ms.toFixed(0)} ms (${gap.phase}); idle page before the run: ${idle.toFixed(0)} ms`);
  for (const [i, r] of runs.entries()) for (const task of r.trace ?? []) console.log(`  run ${i + 1}: ${task}`);
}
