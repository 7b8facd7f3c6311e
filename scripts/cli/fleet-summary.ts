/** The fleet summary: causes, codes and runbooks across machines. */
import type { VerdictState } from '../../src/analyzer/index.ts';
import type { MachineLine } from './fleet-machine.ts';

export interface FleetSummary {
  type: 'summary';
  machines: number;
  /** machines whose verdict is failing */
  failing: number;
  /** machines per verdict state */
  states: Record<VerdictState, number>;
  /** root cause code → machines */
  causes: { code: string; name?: string; machines: number }[];
  /** failed outcome code → machines and attempts */
  codes: { code: string; machines: number; attempts: number }[];
  runbooks: { id: string; machines: number }[];
  errors: number;
  /** wall time of the whole run, and the rate it gives */
  seconds: number;
  machinesPerMinute: number;
}

export function summarizeFleet(lines: readonly MachineLine[], elapsedMs: number): FleetSummary {
  const causes = new Map<string, { code: string; name?: string; machines: number }>();
  const codes = new Map<string, { code: string; machines: number; attempts: number }>();
  const runbooks = new Map<string, number>();
  for (const line of lines) {
    if (line.rootCause) {
      const c = causes.get(line.rootCause.code) ?? { code: line.rootCause.code, ...(line.rootCause.name ? { name: line.rootCause.name } : {}), machines: 0 };
      c.machines++;
      causes.set(c.code, c);
    }
    for (const [code, n] of Object.entries(line.outcomes)) {
      const c = codes.get(code) ?? { code, machines: 0, attempts: 0 };
      c.machines++;
      c.attempts += n;
      codes.set(code, c);
    }
    for (const id of line.runbooks) runbooks.set(id, (runbooks.get(id) ?? 0) + 1);
  }
  const byMachines = <T extends { machines: number }>(a: T, b: T) => b.machines - a.machines;
  return {
    type: 'summary',
    machines: lines.length,
    failing: lines.filter((l) => l.state === 'failing').length,
    states: { failing: 0, recovered: 0, healthy: 0, inconclusive: 0, ...countStates(lines) },
    causes: [...causes.values()].sort(byMachines),
    codes: [...codes.values()].sort((a, b) => byMachines(a, b) || b.attempts - a.attempts),
    runbooks: [...runbooks].map(([id, machines]) => ({ id, machines })).sort(byMachines),
    errors: lines.filter((l) => l.error).length,
    seconds: Math.round(elapsedMs) / 1000,
    machinesPerMinute: elapsedMs > 0 ? Math.round((lines.length * 60_000) / elapsedMs) : 0,
  };
}

function countStates(lines: readonly MachineLine[]): Partial<Record<VerdictState, number>> {
  const tally: Partial<Record<VerdictState, number>> = {};
  for (const l of lines) tally[l.state] = (tally[l.state] ?? 0) + 1;
  return tally;
}

export function summaryText(summary: FleetSummary): string {
  const { failing, recovered, healthy, inconclusive } = summary.states;
  const out = [
    `machines: ${summary.machines} in ${summary.seconds.toFixed(1)} s (${summary.machinesPerMinute} per minute), failing: ${failing}, recovered: ${recovered}, healthy: ${healthy}, inconclusive: ${inconclusive}, errors: ${summary.errors}`,
    'root causes:',
  ];
  for (const c of summary.causes) out.push(`  ${c.code}${c.name ? ` ${c.name}` : ''}: ${c.machines}`);
  out.push('failed outcomes:');
  for (const c of summary.codes) out.push(`  ${c.code}: ${c.machines} machines, ${c.attempts} attempts`);
  out.push('runbooks:');
  for (const r of summary.runbooks) out.push(`  ${r.id}: ${r.machines}`);
  return out.join('\n') + '\n';
}
