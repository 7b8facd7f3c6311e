import type { Knowledge } from '../knowledge.ts';
import { KEPT_FIRST, MAX_ATTEMPTS, type Attempt } from '../extract/attempts.ts';
import { isFailureCode } from '../extract/codes.ts';
import { kbForBuild } from '../extract/builds.ts';
import { extractKbs } from '../extract/kbs.ts';
import { matchKb, type KbFact } from '../../kb/near-kb.ts';
import { findFindings } from '../diagnose/findings.ts';
import { routineEverywhere } from '../diagnose/noise.ts';
import { diagnose, settleStanding, unreadableLogs } from '../diagnose/verdict.ts';
import { correlateAttempts } from '../diagnose/correlate.ts';
import { bundleClock } from '../diagnose/clock-offset.ts';
import { joinSameInstalls } from '../diagnose/same-install.ts';
import { servicingEpisodes } from '../diagnose/setup-error-copies.ts';
import type { InputRecord, Session } from '../scan/session.ts';
import type { CodeTally } from '../scan/file-facts.ts';
import { REPORT_SCHEMA, REPORT_VERSION, type AttemptReport, type Evidence, type CodeReport, type InputReport, type Report } from './model.ts';
import { isWrapper, nameOf, namesInContext, ntstatusWrapped, readingOf, structureOf, win32Wrapped } from './names.ts';
import { printedName } from './printed-name.ts';
import { reportedExtend } from './setup-extend.ts';

/** Turns what the scanners gathered into the versioned report. */
export function buildReport(session: Session): Report {
  const { knowledge } = session;
  const analyzed = session.records.filter((r) => r.status === 'analyzed' && r.facts);
  const { episodes: servicing, copies } = servicingEpisodes(analyzed);
  // Events stamp UTC, text logs local time: one clock first, then one attempt per install.
  const zones = analyzed.flatMap((r) => (r.facts!.timeZone ? [r.facts!.timeZone] : []));
  const clock = bundleClock(analyzed.flatMap((r) => r.facts!.updates.attempts), zones);
  const updates = joinSameInstalls(analyzed.flatMap((r) => r.facts!.updates.attempts), clock);
  correlateAttempts(updates, servicing, clock);
  const { verdict, rootCause, recovered } = diagnose([...updates, ...servicing], analyzed, knowledge, copies);
  const findings = findFindings(analyzed, session.rules, knowledge, recovered);
  settleStanding(verdict, findings);
  const unreadable = unreadableLogs(session.records);
  if (unreadable) verdict.unreadable = unreadable;

  const runbookCounts = new Map<string, number>();
  for (const f of findings) if (f.links.runbook && !f.cleared) runbookCounts.set(f.links.runbook, (runbookCounts.get(f.links.runbook) ?? 0) + 1);
  // An open finding (store corruption a check found and nothing repaired) is this machine's: these are not another machine's logs.
  if (runbookCounts.size) verdict.next = verdict.next.filter((step) => step !== 'failing-machine-logs');
  const recoveredBy = new Map(recovered.map((r) => [r.failure, r.fixedBy.outcome]));
  if (rootCause) {
    const fromFindings = findings.filter((f) => f.code === rootCause.code && f.links.runbook && !f.cleared).map((f) => f.links.runbook!);
    rootCause.runbooks = [...new Set([...fromFindings, ...rootCause.runbooks])];
    const titled = rootCause.runbooks.filter((id) => knowledge.runbooks[id]);
    if (titled.length) rootCause.runbookTitles = Object.fromEntries(titled.map((id) => [id, knowledge.runbooks[id].title]));
    const extend = reportedExtend(analyzed, rootCause.code);
    if (extend) rootCause.setupExtend = extend;
  }

  return {
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    inputs: session.records.map(inputReport),
    codes: codeReports(analyzed, [...updates, ...servicing], knowledge),
    attempts: byTime(updates).map((a) => attemptReport(a, knowledge, recoveredBy.get(a))),
    servicing: byTime(servicing).map((a) => attemptReport(a, knowledge, recoveredBy.get(a))),
    kbs: kbReports(analyzed, knowledge),
    packages: analyzed.flatMap((r) =>
      [...r.facts!.packages].map(([identity, evidence]) => {
        const kb = extractKbs(identity)[0];
        return { identity, ...(kb ? { kb } : {}), evidence };
      }),
    ),
    builds: analyzed.flatMap((r) =>
      [...r.facts!.builds].map(([build, evidence]) => {
        const row = kbForBuild(build, knowledge.builds);
        return { build, ...(row ? { kb: row.kb, date: row.date } : {}), evidence };
      }),
    ),
    wsus: analyzed.flatMap((r) => r.facts!.wsus.map((w) => ({ url: w.url, evidence: w.evidence }))),
    findings,
    runbooks: [...runbookCounts]
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => ({ id, ...(knowledge.runbooks[id] ? { title: knowledge.runbooks[id].title } : {}), findings: n })),
    rootCause,
    verdict,
    warnings: [
      ...session.ruleErrors.map((message) => ({ message })),
      ...analyzed.flatMap((r) => [
        ...r.facts!.warnings.map((w) => ({ file: r.file, ...(w.line ? { line: w.line } : {}), message: w.message })),
        ...(r.facts!.updates.dropped + r.facts!.servicing.dropped
          ? [{ file: r.file, message: `${r.facts!.updates.dropped + r.facts!.servicing.dropped} attempts were not kept: the first ${KEPT_FIRST} and the latest ${MAX_ATTEMPTS - KEPT_FIRST} were` }]
          : []),
        ...(r.facts!.droppedCodes ? [{ file: r.file, message: `${r.facts!.droppedCodes} occurrences of codes beyond the first ${r.facts!.codes.size} distinct ones were not counted` }] : []),
      ]),
    ],
  };
}

function inputReport(record: InputRecord): InputReport {
  const { facts, ...rest } = record;
  const codes = facts
    ? [...facts.codes.values()].sort((a, b) => b.count - a.count).map(({ code, count, noise, forms, evidence }) => ({ code, count, noise, forms, evidence }))
    : undefined;
  return codes ? { ...rest, codes } : rest;
}

function byTime(attempts: Attempt[]): Attempt[] {
  // Stable: attempts without time keep file order.
  return [...attempts].sort((a, b) => (a.outcome.time && b.outcome.time ? a.outcome.time.localeCompare(b.outcome.time) : 0));
}

function attemptReport(a: Attempt, knowledge: Knowledge, recoveredBy?: Evidence): AttemptReport {
  const name = nameOf(knowledge, a.code);
  return {
    file: a.file,
    update: a.update,
    ...(a.start ? { start: a.start } : {}),
    status: a.status,
    ...(a.code ? { code: a.code } : {}),
    ...(name ? { name } : {}),
    ...(a.restartPending ? { restartPending: true as const } : {}),
    source: a.source,
    outcome: a.outcome,
    ...(recoveredBy ? { recoveredBy } : {}),
    ...(a.related ? { related: a.related } : {}),
    ...(a.joined ? { joined: a.joined } : {}),
    companions: a.companions.map((c) => {
      const n = namesInContext(knowledge, c.code, readingOf({ [c.form]: 1 }))[0];
      return { code: c.code, ...(n ? { name: n } : {}), wrapper: isWrapper(knowledge, c.code), form: c.form, evidence: c.evidence };
    }),
  };
}

/** `{ ntstatus }` or `{ win32 }` for a value named through the NTSTATUS or the Win32 error it wraps, else nothing. */
function wrappedOf(knowledge: Knowledge, code: string): { ntstatus?: string; win32?: string } {
  const ntstatus = ntstatusWrapped(knowledge, code);
  if (ntstatus) return { ntstatus };
  const win32 = win32Wrapped(knowledge, code);
  return win32 ? { win32 } : {};
}

/**
 * A value with its severity bit clear that is not a Win32 error: 0x00000003 written in a log is
 * ERROR_PATH_NOT_FOUND as its names read it (namesInContext), not a success, though as an HRESULT
 * its bits would be one.
 */
function isSuccessValue(code: string, names: readonly string[]): boolean {
  return !isFailureCode(code) && !(names[0]?.startsWith('ERROR_') && names[0] !== 'ERROR_SUCCESS');
}

/** A code's entry as its first file has it, before the counts of each file are added. */
function newCodeReport(tally: CodeTally, attempts: Attempt[], knowledge: Knowledge): CodeReport {
  const info = knowledge.codes[tally.code];
  const names = namesInContext(knowledge, tally.code, readingOf(tally.forms));
  return {
    code: tally.code,
    names,
    ...wrappedOf(knowledge, tally.code),
    article: info?.article === true,
    ...(info?.title ? { title: info.title } : {}),
    count: 0,
    noise: true,
    success: isSuccessValue(tally.code, names),
    wrapper: info?.wrapper === true,
    outcomes: attempts.filter((a) => a.status === 'failed' && a.code === tally.code).length,
    files: [],
    structure: structureOf(tally.code),
  };
}

function codeReports(records: InputRecord[], attempts: Attempt[], knowledge: Knowledge): CodeReport[] {
  const all = new Map<string, CodeReport>();
  for (const record of records) {
    for (const tally of record.facts!.codes.values()) {
      const entry = all.get(tally.code) ?? newCodeReport(tally, attempts, knowledge);
      entry.count += tally.count;
      entry.noise &&= tally.noise === tally.count || routineEverywhere(tally.code, knowledge);
      if (tally.noiseWhy && !entry.noiseWhy) entry.noiseWhy = tally.noiseWhy;
      entry.files.push({ file: record.file, count: tally.count });
      // No table names it: the name its own lines print beside it, if any of the kept ones does.
      if (!entry.names.length && !entry.printed) {
        const printed = printedName(tally.code, tally.evidence.map((e) => e.text));
        if (printed) entry.printed = printed;
      }
      all.set(tally.code, entry);
    }
  }
  return [...all.values()].sort((a, b) => b.outcomes - a.outcomes || b.count - a.count);
}

/** The knowledge's KB records as the near-KB check reads them (src/kb's kbFacts reads the catalog's). */
function knowledgeKbFacts(knowledge: Knowledge): KbFact[] {
  return Object.entries(knowledge.kbs).map(([id, k]): KbFact => ({ kb: id, releaseDate: k.releaseDate ?? '', kind: k.kind ?? 'other', ...(k.osBuild ? { osBuild: k.osBuild } : {}) }));
}

/** The records a KB number no record has is one typing mistake from. */
function nearestKbs(kb: string, facts: readonly KbFact[]): KbFact[] {
  const match = matchKb(kb, facts);
  return match.kind === 'near' ? match.candidates.map((c) => c.fact) : [];
}

function kbReports(records: InputRecord[], knowledge: Knowledge): Report['kbs'] {
  const all = new Map<string, Report['kbs'][number]>();
  // Made once per report, not once per KB: a real CBS.log names hundreds the catalog has not.
  let facts: KbFact[] | undefined;
  for (const record of records) {
    // Windows writes a KB number as it is: only one a person typed (text in no log format) may be a typo.
    const typed = record.format === 'text';
    for (const [kb, evidence] of record.facts!.kbs) {
      const entry = all.get(kb);
      if (entry) {
        if (!entry.files.includes(record.file)) entry.files.push(record.file);
        if (!typed) delete entry.nearest;
        continue;
      }
      const known = knowledge.kbs[kb];
      const nearest = known || !typed ? [] : nearestKbs(kb, (facts ??= knowledgeKbFacts(knowledge)));
      all.set(kb, { kb, ...(known ? { title: known.title } : {}), known: !!known, ...(nearest.length ? { nearest } : {}), files: [record.file], evidence });
    }
  }
  return [...all.values()];
}
