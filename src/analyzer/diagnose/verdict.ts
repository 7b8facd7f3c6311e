import type { Knowledge } from '../knowledge.ts';
import type { Attempt } from '../extract/attempts.ts';
import { isFailureCode } from '../extract/codes.ts';
import { leadingStamp } from '../extract/time.ts';
import type { InputRecord } from '../scan/session.ts';
import type { Coverage, Finding, MentionReport, NextStep, RootCause, Verdict, VerdictState } from '../report/model.ts';
import { nameOf } from '../report/names.ts';
import { routineEverywhere } from './noise.ts';
import { outlivedInFile } from './finding-history.ts';
import { downloadStillFailing } from '../formats/update-downloads.ts';
import { STAGE } from '../formats/event-meaning.ts';
import { ASIDE_FIELD, setAside, type SetAsideField } from './set-aside.ts';
import { splitRecovered, type Recovery } from './recovery.ts';
import { otherProvidersTrace, readAsLog, silentEventLog, silentSystemLog } from './logs-read.ts';
import { causeFromAttempts, causeFromMentions, causeFromSearches } from './root-cause.ts';
import { searchesStillFailing } from './failing-searches.ts';
import { filesApart } from './files-apart.ts';
import { dismAction } from './dism-action.ts';
import { setupLogName } from './setup-log-name.ts';

export interface Diagnosis {
  verdict: Verdict;
  rootCause: RootCause | null;
  /** the failed attempts that a later success outlived */
  recovered: Recovery[];
}

/**
 * Outcome over history: the failures still open decide (`failing`, with the cause); a
 * failure code with no outcome and no later success leaves the verdict `inconclusive`;
 * failures that later successes outlived make it `recovered`; nothing at all, `healthy`.
 */
export function diagnose(all: readonly Attempt[], records: readonly InputRecord[], knowledge: Knowledge, copies: readonly Attempt[] = []): Diagnosis {
  // DISM's work on other images or app packages, a setup its user cancelled and Store apps are not this machine's updates failing: they neither fail nor recover them.
  const attempts: Attempt[] = [];
  const aside: Partial<Pick<Verdict, SetAsideField>> = {};
  for (const a of all) {
    const why = setAside(a);
    if (!why) attempts.push(a);
    else if (a.status === 'failed') (aside[ASIDE_FIELD[why]] ??= { failed: 0, evidence: a.outcome }).failed++;
  }
  const { open, recovered } = splitRecovered(attempts);
  const installCause = causeFromAttempts(open, knowledge);
  // No install failed, but the machine's searches for updates have failed for a day or more: it finds no updates to install.
  const searching = installCause ? undefined : searchesStillFailing(records);
  const cause = installCause ?? (searching && !routineEverywhere(searching.code, knowledge) ? causeFromSearches(searching, knowledge) : null);
  // A setuperr.log episode left out as the copy of its setupact.log's (setup-error-copies.ts) still accounts for its codes.
  const { unresolved, outlived } = mentions([...all, ...copies], records, knowledge, cause?.basis === 'search' ? cause.code : undefined);
  // No log read at all says nothing about the machine: that is not healthy.
  const read = records.some(readAsLog);
  const silent = !read && records.some(silentEventLog);
  // A failure still open with no code is not health: with no cause found, none of them had a code
  // anywhere in its attempt either (causeFromAttempts takes one where there is), so the cause is unknown.
  const unexplained = !cause && open.some((a) => !a.code);
  // The log ends before the result of an operation it started: that operation may be the one that fails.
  const unfinished = records.flatMap((r) => (r.facts?.unfinished && !wentOn(r, records) ? [r.facts.unfinished] : []));
  // Logs that record no result at all, failed or successful, cannot show a machine healthy: they show nothing either way.
  const noResult = read && !all.length && !records.some((r) => r.facts?.lastSuccess) && !unresolved.length && !unfinished.length;
  const state: VerdictState = cause ? 'failing' : unresolved.length || !read || unexplained || unfinished.length || noResult ? 'inconclusive' : recovered.length ? 'recovered' : 'healthy';
  const rootCause = cause ?? (state === 'inconclusive' ? causeFromMentions(unresolved, knowledge) : null);
  const wrapperCause = cause && knowledge.codes[cause.code]?.wrapper ? cause.code : undefined;
  const apart = filesApart(records);
  // setuperr.log alone: its errors may be those of a setup that then completed, which only setupact.log says
  const setuperrOnly = !!installCause && open.length > 0 && open.every((a) => setupLogName(a.file)?.kind === 'err') && !records.some((r) => setupLogName(r.file)?.kind === 'act');
  // What still fails is DISM work (a command someone ran, a program calling DISM), not an update: the lead says so.
  const dismLogs = new Set(records.filter((r) => r.format === 'dism').map((r) => r.file));
  const dismOnly = !!installCause && open.every((a) => a.kind === 'servicing' && dismLogs.has(a.file) && !installsPackage(a));
  const verdict: Verdict = {
    state,
    coverage: coverage(attempts, records),
    recovered: recovered.map(({ failure, fixedBy }) => {
      const name = nameOf(knowledge, failure.code);
      return {
        ...(failure.code ? { code: failure.code } : {}),
        ...(name ? { name } : {}),
        update: { ...fixedBy.update, ...failure.update },
        failure: failure.outcome,
        fixedBy: fixedBy.outcome,
        ...(fixedBy.restartPending ? { restartPending: true as const } : {}),
      };
    }),
    unresolved,
    outlived,
    // In the table's order, as the report has always listed them.
    ...Object.fromEntries(Object.values(ASIDE_FIELD).flatMap((field) => (aside[field] ? [[field, aside[field]]] : []))),
    ...(unfinished.length ? { unfinished } : {}),
    ...(silent ? { silentEvents: true as const } : {}),
    ...(noResult ? { noResult: true as const } : {}),
    ...(wrapperCause ? { wrapperCause } : {}),
    ...(apart ? { apart } : {}),
    ...(dismOnly ? { dismOnly: true as const } : {}),
    ...(cause?.basis === 'search' ? { searchFails: true as const } : {}),
    ...(setuperrOnly ? { setuperrOnly: true as const } : {}),
    // A wrapper as the cause is all these logs say: the error it wraps is in the whole log, or in a log not given, as an inconclusive verdict asks.
    next: wrapperCause ? nextSteps('inconclusive', records, open, silent, true, false) : setuperrOnly ? ['setupact-log'] : nextSteps(state, records, open, silent, unfinished.length > 0, noResult),
  };
  return { verdict, rootCause, recovered };
}

/**
 * Whether a log that ends with an operation running goes on in another file of the bundle: a
 * CBS.log rolled over into the next (CbsPersist_….log, then CBS.log) ends mid-operation as often as
 * not, and the next file starts at or after the operation did.
 */
function wentOn(record: InputRecord, records: readonly InputRecord[]): boolean {
  const since = record.facts?.unfinished?.time;
  return !!since && records.some((r) => r !== record && r.format === record.format && r.facts?.firstTime !== undefined && r.facts.firstTime >= since);
}

/**
 * Failure codes no attempt accounts for (not an outcome, not a companion), that are not
 * routine where they were written: outlived when an operation in the same log ended with
 * success after their last occurrence, else unresolved.
 */
function mentions(attempts: readonly Attempt[], records: readonly InputRecord[], knowledge: Knowledge, searchCode?: string): { unresolved: MentionReport[]; outlived: MentionReport[] } {
  // A download still failing is not accounted for by an install that succeeded near it.
  const downloading = new Set(records.flatMap((r) => [...(r.facts?.downloads?.values() ?? [])]));
  // The code searches still fail with is the cause, not a code with no outcome.
  const accounted = new Set<string>(searchCode ? [searchCode] : []);
  for (const a of attempts) {
    if (a.code) accounted.add(a.code);
    for (const c of a.companions) if (a.status === 'failed' || !downloading.has(c.code)) accounted.add(c.code);
  }
  const unresolved = new Map<string, MentionReport>();
  const outlived = new Map<string, MentionReport>();
  for (const record of records) {
    const facts = record.facts;
    if (!facts) continue;
    for (const tally of facts.codes.values()) {
      const count = tally.count - tally.noise;
      if (count <= 0 || !isFailureCode(tally.code) || accounted.has(tally.code) || routineEverywhere(tally.code, knowledge)) continue;
      // A value only ever written as `[gle=…]` is the last error beside a line's own report, as no parser takes it for a failure;
      // but one mapped from an NTSTATUS is the status a component-store line failed with (`(F) STATUS_SXS_ASSEMBLY_NOT_FOUND … [gle=0xd0150004]`),
      // the only trace of that failure in a log cut before CBS wrote its result (with a result, CBS's code says it).
      if (tally.forms.gle === tally.count && !(storeStatusFailure(tally.code) && !facts.servicing.attempts.some((a) => a.status === 'failed'))) continue;
      const target = outlivedInFile(tally, facts) ? outlived : unresolved;
      const entry = target.get(tally.code);
      if (entry) {
        entry.count += count;
        continue;
      }
      const name = nameOf(knowledge, tally.code);
      const download = target === unresolved && downloadStillFailing(facts.downloads, tally.code);
      target.set(tally.code, { code: tally.code, ...(name ? { name } : {}), count, evidence: tally.evidence, ...(download ? { download: true as const } : {}) });
    }
  }
  const byCount = (m: Map<string, MentionReport>) => [...m.values()].sort((a, b) => b.count - a.count);
  return { unresolved: byCount(unresolved), outlived: byCount(outlived) };
}

/**
 * A side-by-side (component store) NTSTATUS error mapped with HRESULT_FROM_NT (0xD015…): what CSI
 * writes as `gle` beside the status its transaction failed with, by name. Its other statuses (a
 * registry value not found, 0xD0000034) are notes of lookups that may fail.
 */
const storeStatusFailure = (code: string): boolean => Number(code) >>> 16 === 0xd015;

function coverage(attempts: readonly Attempt[], records: readonly InputRecord[]): Coverage {
  const analyzed = records.filter((r) => r.status === 'analyzed' && r.facts);
  const times = analyzed
    .flatMap((r) => [r.facts!.firstTime, r.facts!.lastTime, r.facts!.lastSuccess && leadingStamp(r.facts!.lastSuccess.text)?.time])
    .filter((t): t is string => !!t)
    .sort();
  const installed: Coverage['installed'] = [];
  const seen = new Set<string>();
  for (const a of attempts) {
    if (a.kind !== 'update' || a.status !== 'succeeded' || a.update.phase === STAGE) continue;
    const key = a.update.kb ?? a.update.id ?? a.update.title ?? `${a.file}:${a.outcome.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    installed.push({ update: a.update, evidence: a.outcome, ...(a.restartPending ? { restartPending: true as const } : {}) });
  }
  // What CBS.log reports installed: no attempt of its own, as a servicing log keeps only the sessions after a failure.
  for (const { update, evidence } of analyzed.flatMap((r) => r.facts!.installs ?? [])) {
    const key = update.kb ?? update.package!;
    if (seen.has(key)) continue;
    seen.add(key);
    installed.push({ update, evidence });
  }
  return {
    files: analyzed.length,
    ...(times.length ? { from: times[0], to: times[times.length - 1] } : {}),
    installed,
    succeeded: attempts.filter((a) => a.status === 'succeeded').length,
    failed: attempts.filter((a) => a.status === 'failed').length,
  };
}

/**
 * Problems a check found that no later line clears, where no code tells of them (findings of
 * rules with a pattern and no code, not cleared): they leave no machine healthy or recovered. Such a
 * verdict becomes inconclusive, as no install may have failed of it yet; its first sentence names
 * the problem (leadSentence), and the findings' runbooks, not more logs, are what comes next.
 */
export function settleStanding(verdict: Verdict, findings: readonly Finding[]): void {
  const standing = findings.filter((f) => !f.code && !f.cleared);
  if (!standing.length) return;
  verdict.standing = standing.map((f) => ({ rule: f.rule, title: f.title, ...(f.links.runbook ? { runbook: f.links.runbook } : {}), evidence: f.evidence[f.evidence.length - 1] }));
  if (verdict.state === 'healthy' || verdict.state === 'recovered') verdict.state = 'inconclusive';
  // What a check found is a result of the logs: they are not without one, and the problem's runbook comes before more logs.
  if (verdict.noResult) {
    delete verdict.noResult;
    verdict.next = ['failing-machine-logs'];
  }
}

const UPDATE_LOGS = new Set(['windowsupdate', 'windowsupdate-legacy', 'reportingevents']);

/**
 * An event log of one of `channels`, or an export that names none: the System log stands for the
 * update log too (the client writes its events 19 and 20 there), but an operational log of another
 * component, or an empty one, stands for neither.
 */
const eventLogOf = (record: InputRecord, channels: RegExp): boolean =>
  record.format === 'events' && (record.lines ?? 0) > 0 && (!record.facts?.channels?.size || [...record.facts.channels].some((c) => channels.test(c)));
const SYSTEM_LOG = /^System$/i;
const UPDATE_EVENTS = /^System$|WindowsUpdateClient/i;

/**
 * `silent`: only silent event logs were read, which are no update logs: what they lack is asked for.
 * `wholeLogsFirst`: a log ends before an operation's result, or the cause is a wrapper: the whole logs first.
 * `noResult`: the logs record no result at all: the failing machine's logs last.
 */
function nextSteps(state: VerdictState, records: readonly InputRecord[], open: readonly Attempt[], silent: boolean, wholeLogsFirst: boolean, noResult: boolean): NextStep[] {
  if (state === 'failing') return [];
  if (state !== 'inconclusive') return ['failing-machine-logs'];
  const analyzed = records.filter((r) => r.status === 'analyzed' && !(silent && silentEventLog(r)));
  const kinds = new Set(analyzed.map((r) => r.format));
  const missing: NextStep[] = wholeLogsFirst ? ['complete-logs'] : [];
  // A setup log's failure with no code is a rollback (ServicingParser): its code is in what setup wrote before it.
  const setupFiles = new Set(analyzed.filter((r) => r.format === 'setupact').map((r) => r.file));
  if (open.some((a) => !a.code && setupFiles.has(a.file))) missing.push('setup-logs');
  // WaaSMedic's trace, read as the update log's lines are, is not that log.
  if (!analyzed.some((r) => (r.format && UPDATE_LOGS.has(r.format) && !otherProvidersTrace(r)) || eventLogOf(r, UPDATE_EVENTS))) missing.push('windowsupdate-log');
  if (!kinds.has('cbs')) missing.push('cbs-log');
  // A silent System log is the System log all the same: it is not asked for again.
  if (!analyzed.some((r) => eventLogOf(r, SYSTEM_LOG)) && !records.some(silentSystemLog)) missing.push('event-log');
  // Logs with no result at all may be of the wrong time or the wrong machine: those of the failing one, at the time it failed.
  if (noResult) missing.push('failing-machine-logs');
  return missing.length ? missing : ['complete-logs'];
}

/** A DISM command that adds a package (`/Add-Package /PackagePath:…kb5016623.msu`): an update's install, done by hand. */
const installsPackage = (a: Attempt): boolean => /^add-package\b/.test(dismAction(a.update.phase) ?? '');

/** Why a file of a log may not be read; a program, an empty file or Windows 10's placeholder WindowsUpdate.log is no log lost. */
const LOST_LOG = new Set(['zip-corrupt', 'zip-encrypted', 'zip-limit', 'zip-depth', 'zip-method', 'cab-corrupt', 'cab-method', 'cab-split', 'evtx', 'etl', 'read-error', 'windowsupdate-undecoded']);

/** The files of logs that could not be read, of all the inputs (`diagnose` is given the analyzed ones only). */
export function unreadableLogs(records: readonly InputRecord[]): Verdict['unreadable'] {
  const lost = records.filter((r) => (r.status === 'unreadable' || r.status === 'refused') && r.reason && LOST_LOG.has(r.reason));
  return lost.length ? { count: lost.length, first: { file: lost[0].file, reason: lost[0].reason! } } : undefined;
}
