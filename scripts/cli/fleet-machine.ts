/** One machine of a fleet: its bundle analyzed, boiled down to one JSON line. */
import { analyze, type Knowledge, type Report, type VerdictState } from '../../src/analyzer/index.ts';
import { collectInputs } from './analyze-inputs.ts';

export interface MachineLine {
  type: 'machine';
  machine: string;
  /** the verdict: failing, recovered, healthy or inconclusive (a bundle that could not be read is inconclusive) */
  state: VerdictState;
  rootCause: { code: string; name?: string; basis: string; count: number } | null;
  failedAttempts: number;
  /** failed outcomes (attempts and servicing episodes) per code */
  outcomes: Record<string, number>;
  /** failed outcomes that a later success of the same thing outlived */
  recovered: number;
  runbooks: string[];
  kbs: string[];
  builds: string[];
  wsus: (string | null)[];
  files: { analyzed: number; unreadable: number; refused: number };
  error?: string;
}

export async function analyzeMachine(machine: string, path: string, knowledge: Knowledge): Promise<MachineLine> {
  try {
    const { inputs } = await collectInputs([path]);
    return summarize(machine, await analyze(inputs, knowledge));
  } catch (error) {
    return failedMachine(machine, `${path}: ${(error as Error).message}`);
  }
}

/** The line of a machine whose bundle could not be analyzed (a read error, a worker that died). */
export const failedMachine = (machine: string, error: string): MachineLine => ({ ...summarize(machine, undefined), error });

function summarize(machine: string, report: Report | undefined): MachineLine {
  const outcomes: Record<string, number> = {};
  for (const a of [...(report?.attempts ?? []), ...(report?.servicing ?? [])]) {
    if (a.status === 'failed' && a.code) outcomes[a.code] = (outcomes[a.code] ?? 0) + 1;
  }
  const count = (status: string) => report?.inputs.filter((i) => i.status === status).length ?? 0;
  const root = report?.rootCause;
  return {
    type: 'machine',
    machine,
    state: report?.verdict.state ?? 'inconclusive',
    rootCause: root ? { code: root.code, ...(root.name ? { name: root.name } : {}), basis: root.basis, count: root.count } : null,
    failedAttempts: report?.attempts.filter((a) => a.status === 'failed').length ?? 0,
    outcomes,
    recovered: report?.verdict.recovered.length ?? 0,
    runbooks: report?.runbooks.map((r) => r.id) ?? [],
    kbs: report?.kbs.map((k) => k.kb) ?? [],
    builds: [...new Set(report?.builds.map((b) => b.build) ?? [])],
    wsus: [...new Set(report?.wsus.map((w) => w.url) ?? [])],
    files: { analyzed: count('analyzed'), unreadable: count('unreadable'), refused: count('refused') },
  };
}
