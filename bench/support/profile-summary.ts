/**
 * Where the analyzer's time goes, from a V8 CPU profile: each sample's time is given to the
 * stage of the nearest project file on its stack (a native `decode` called from the chunk
 * decoder counts as decode; a regex run by the line reader as filter and split, and so is the
 * token line layer, its scan and the code forms it matches at tokens).
 */
import type { Profiler } from 'node:inspector';

export const STAGES = ['read', 'decode', 'filter+split', 'parse', 'extract', 'diagnose+report', 'gc', 'other'] as const;
export type Stage = (typeof STAGES)[number];

const BY_PATH: [RegExp, Stage][] = [
  [/analyze-inputs\.ts|read-chunks\.ts/, 'read'],
  [/text-decoder\.ts|encoding\.ts/, 'decode'],
  [/line-reader\.ts|sniffing-sink\.ts|file-scanner\.ts|triggers\.ts|\/tokens\//, 'filter+split'],
  [/\/formats\//, 'parse'],
  [/\/extract\/|file-facts\.ts|line-processor\.ts/, 'extract'],
  [/\/diagnose\/|\/report\/|session\.ts/, 'diagnose+report'],
];

function stageOf(url: string): Stage | undefined {
  if (!url.includes('/src/') && !url.includes('/scripts/')) return undefined;
  for (const [re, stage] of BY_PATH) if (re.test(url)) return stage;
  return undefined;
}

/** Milliseconds per stage. */
export function summarize(profile: Profiler.Profile): Record<Stage, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const stageCache = new Map<number, Stage>();
  const stageFor = (id: number): Stage => {
    const cached = stageCache.get(id);
    if (cached) return cached;
    const node = byId.get(id)!;
    let stage: Stage;
    if (node.callFrame.functionName === '(garbage collector)') stage = 'gc';
    else stage = stageOf(node.callFrame.url) ?? (parent.has(id) ? stageFor(parent.get(id)!) : 'other');
    stageCache.set(id, stage);
    return stage;
  };
  const totals = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) totals[stageFor(samples[i])] += (deltas[i + 1] ?? 0) / 1000;
  return totals;
}

export function formatSummary(totals: Record<Stage, number>): string {
  const all = STAGES.reduce((n, s) => n + totals[s], 0) || 1;
  return STAGES.filter((s) => totals[s] >= 0.5)
    .map((s) => `${s} ${totals[s].toFixed(0)} ms (${((totals[s] / all) * 100).toFixed(0)} %)`)
    .join(', ');
}
