/**
 * The development corpus (test/fixtures/logs/corpus/README.md): real logs of healthy and
 * recovered machines next to the failing samples. Prints the rates and asserts them:
 * no root cause on a healthy or recovered log, no value counted that is not a result,
 * every failure result found, and the causes of the failing logs unchanged.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, knowledgeFromCatalog, type Knowledge, type Report, type VerdictState } from '../../../src/analyzer/index.ts';
import { isFailureCode } from '../../../src/analyzer/extract/codes.ts';
import { loadCatalog } from '../../../scripts/lib/load-catalog.ts';
import { FIXTURES, fixtureInput } from '../helpers.ts';

interface Labelled {
  file: string;
  state: VerdictState;
  /** every result value in the file, with its count */
  results: Record<string, number>;
  /** 8-digit hex values that are not results (flags, types), with their count */
  nonResults?: Record<string, number>;
}

const manifest = JSON.parse(readFileSync(`${FIXTURES}corpus/manifest.json`, 'utf8')) as { logs: Labelled[] };

/** Samples of machines with nothing failing (their .expected.md: noise test, negative control, success exit code). */
const HEALTHY_SAMPLES: Labelled[] = [
  { file: 'samples/real-10-windowsupdate.log', state: 'healthy', results: { '0x80070032': 6, '0x8024000E': 1, '0x80190193': 1, '0x00000000': 1 } },
  { file: 'samples/real-11-windowsupdate.log', state: 'healthy', results: { '0x80240013': 3, '0x8024000C': 2, '0x00000000': 1, '0x00240001': 1 } },
  { file: 'samples/real-15-windowsupdate.log', state: 'healthy', results: { '0x00240001': 1 } },
  // Added later: network timeouts of a scan that completed later; their findings were runbooks suggested for a healthy machine.
  { file: 'samples/real-44-windowsupdate.log', state: 'healthy', results: { '0x8024401C': 6, '0x803D0006': 2, '0x8024402C': 2, '0x80072EE2': 3, '0x00000000': 1 } },
  // An install call's trace code before its handler started: the suspect of a healthy machine until the call's start was kept.
  { file: 'samples/real-46-windowsupdate.log', state: 'healthy', results: { '0x8024801E': 1, '0x00000000': 2 } },
  // A store check that repaired all it found.
  { file: 'samples/real-42-cbs.log', state: 'healthy', results: { '0x8007000D': 1, '0x00000000': 3 } },
];

/** Failing logs: the cause the analyzer gave before this corpus existed, and the codes their .expected.md lists. */
const FAILING: { files: string[]; cause: string; codes: string[] }[] = [
  { files: ['samples/real-01-cbs.log'], cause: '0x800F0922', codes: ['0x800F0922'] },
  { files: ['samples/real-06-dism.log'], cause: '0x800F081F', codes: ['0x800F081F', '0x80070002'] },
  { files: ['samples/real-12-events.txt'], cause: '0x80070570', codes: ['0x80240009', '0x8024200B', '0xC1900131', '0x80070002', '0x80070570'] },
  { files: ['samples/real-14-setupact.log'], cause: '0x80070570', codes: ['0x80070570', '0x8007000D', '0x8144012D', '0x81440133', '0xC144012E', '0x00000715', '0x00000570', '0x000000B7'] },
  { files: ['samples/real-17-windowsupdate.log'], cause: '0x80070643', codes: ['0x80070643'] },
  { files: ['samples/real-22-events-zh.txt'], cause: '0x8024200B', codes: ['0x8024200B'] },
  { files: ['samples/real-30-cbs.log'], cause: '0x800F0831', codes: ['0x800F0831'] },
  // Added later, with the handler's result read: before that, this log was called healthy.
  { files: ['samples/real-40-windowsupdate.log'], cause: '0x80070002', codes: ['0x80070002', '0x80240022'] },
  // Added later, with CBS's event-log bookkeeping listed as noise: before that, its cause was ERROR_NOT_ENOUGH_MEMORY of an event write.
  { files: ['samples/real-41-cbs.log'], cause: '0x800F081F', codes: ['0x800F081F', '0x800F0820', '0x8007010B'] },
  // Added later, with updates named by their own ids: before that, the failed update was called the .NET update and the .NET update KB5034441.
  { files: ['samples/real-45-windowsupdate.log'], cause: '0x800F0828', codes: ['0x800F0828', '0x80070643', '0x8024200B', '0x80070002'] },
  { files: ['case/WindowsUpdate.log', 'case/CBS.log'], cause: '0x80070570', codes: ['0x80070570', '0x8024001E', '0x80070490', '0x800F0821'] },
];

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = knowledgeFromCatalog(await loadCatalog());
}, 120_000);

const run = (files: string[]): Promise<Report> => analyze(files.map((f) => fixtureInput(f)), knowledge);
const pct = (n: number, of: number) => `${n}/${of} (${of ? Math.round((100 * n) / of) : 0}%)`;

describe('development corpus', () => {
  it('every corpus file is labelled and listed in the README with its source', () => {
    const readme = readFileSync(`${FIXTURES}corpus/README.md`, 'utf8');
    expect(manifest.logs.length).toBeGreaterThanOrEqual(30);
    for (const log of manifest.logs) {
      expect(readme).toContain(`\`${log.file}\``);
      // inconclusive: a healthy machine's log of no known format, with no success in it (README.md)
      expect(['healthy', 'recovered', 'inconclusive']).toContain(log.state);
    }
  });

  it('healthy and recovered logs: no root cause, no non-result counted, every failure result found', async () => {
    const logs = [...manifest.logs.map((l) => ({ ...l, file: `corpus/${l.file}` })), ...HEALTHY_SAMPLES];
    let causes = 0;
    let states = 0;
    let noResult = 0;
    let counted = 0;
    let failureResults = 0;
    let successResults = 0;
    let successFound = 0;
    let valuesAsText = 0;
    const nonResults: string[] = [];
    const missed: string[] = [];
    const wrongState: string[] = [];
    const leads: string[] = [];
    for (const log of logs) {
      const report = await run([log.file]);
      if (report.rootCause) causes++;
      // A runbook suggested is a cause by another name: only what is still open may send the reader to one.
      if (report.runbooks.length) leads.push(`${log.file}: ${report.runbooks.map((r) => r.id).join(', ')}`);
      // An excerpt of a healthy machine's log that records no result of any operation cannot show it
      // healthy: inconclusive for want of a result, with no cause named, is the honest reading.
      if (report.verdict.noResult && log.state === 'healthy' && !report.rootCause) noResult++;
      else if (report.verdict.state === log.state) states++;
      else wrongState.push(`${log.file}: ${report.verdict.state}`);
      const found = Object.fromEntries((report.inputs[0].codes ?? []).map((c) => [c.code, c.count]));
      for (const [code, n] of Object.entries(found)) {
        counted += n;
        const extra = n - (log.results[code] ?? 0);
        if (extra > 0) nonResults.push(`${log.file}: ${code} ×${extra}`);
      }
      for (const n of Object.values(log.nonResults ?? {})) valuesAsText += n;
      for (const [code, n] of Object.entries(log.results)) {
        if (isFailureCode(code)) {
          failureResults += n;
          if ((found[code] ?? 0) < n) missed.push(`${log.file}: ${code}`);
        } else {
          successResults += n;
          successFound += Math.min(n, found[code] ?? 0);
        }
      }
    }
    console.log(
      [
        `healthy/recovered logs: ${logs.length}`,
        `  root causes named: ${pct(causes, logs.length)}`,
        `  runbooks suggested: ${pct(leads.length, logs.length)}`,
        `  verdict state as labelled: ${pct(states, logs.length)}; inconclusive for want of any result (healthy excerpts that record none): ${pct(noResult, logs.length)}`,
        `  values counted that are not results: ${nonResults.length} of ${counted} counted (the logs hold ${valuesAsText} labelled non-result values: flags, types)`,
        `  failure results found: ${pct(failureResults - missed.length, failureResults)}`,
        `  success results found: ${pct(successFound, successResults)}`,
      ].join('\n'),
    );
    expect(causes).toBe(0);
    expect(leads).toEqual([]);
    expect(wrongState).toEqual([]);
    expect(nonResults).toEqual([]);
    expect(missed).toEqual([]);
  }, 120_000);

  it('failing logs: the cause is unchanged and every code their expected analysis lists is found', async () => {
    let same = 0;
    let listed = 0;
    const lost: string[] = [];
    for (const log of FAILING) {
      const report = await run(log.files);
      expect(report.verdict.state, log.files.join(' + ')).toBe('failing');
      if (report.rootCause?.code === log.cause) same++;
      const found = new Set(report.codes.map((c) => c.code));
      listed += log.codes.length;
      for (const code of log.codes) if (!found.has(code)) lost.push(`${log.files[0]}: ${code}`);
    }
    console.log(`failing logs: ${FAILING.length}\n  causes unchanged: ${pct(same, FAILING.length)}\n  listed codes found: ${pct(listed - lost.length, listed)}`);
    expect(same).toBe(FAILING.length);
    expect(lost).toEqual([]);
  }, 120_000);
});
