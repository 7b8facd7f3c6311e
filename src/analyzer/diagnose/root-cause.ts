import type { Knowledge } from '../knowledge.ts';
import type { Attempt, Companion } from '../extract/attempts.ts';
import type { Evidence } from '../extract/evidence.ts';
import { isFailureCode } from '../extract/codes.ts';
import type { MentionReport, RootCause } from '../report/model.ts';
import { isWrapper, nameOf } from '../report/names.ts';
import { routineEverywhere } from './noise.ts';
import type { FailingSearches } from './failing-searches.ts';

const MAX_WRAPPERS = 10;

/** How much an outcome says about the cause (log-formats §4.2): explicit results first. */
function rank(attempt: Attempt): number {
  if (attempt.kind === 'update' || attempt.source === 'command-result') return 3;
  return attempt.source === 'setupdiag' ? 1 : 2;
}

interface Candidate {
  code: string;
  rank: number;
  attempts: Attempt[];
  wrapped: { code: string; attempt: Attempt }[];
  /** the lines that show it: each attempt's outcome, after the companion line a code-less outcome took its code from */
  evidence: Evidence[];
}

/**
 * The code of a failed outcome whose line gives none (`Install call complete (… failed = 1 …)`):
 * the last failure code written in its attempt that is not a wrapper, else the last wrapper. The
 * result lines of the update come just before the call's summary; earlier companions are often
 * from other steps of the same call. Routine codes are not causes.
 */
function codeOfCodeless(attempt: Attempt, knowledge: Knowledge): Companion | undefined {
  let wrapper: Companion | undefined;
  for (let i = attempt.companions.length - 1; i >= 0; i--) {
    const c = attempt.companions[i];
    if (!isFailureCode(c.code) || routineEverywhere(c.code, knowledge)) continue;
    if (!isWrapper(knowledge, c.code)) return c;
    wrapper ??= c;
  }
  return wrapper;
}

/**
 * The cause among failed outcomes still open (a wrapper outcome is replaced by the underlying
 * code on its own line, else the first of its attempt): explicit results first, then the most attempts, then
 * the most recent. Null when no open outcome carries a code that is not routine.
 */
export function causeFromAttempts(attempts: readonly Attempt[], knowledge: Knowledge): RootCause | null {
  const candidates = new Map<string, Candidate>();
  for (const attempt of attempts) {
    if (attempt.status !== 'failed') continue;
    const taken = attempt.code ? undefined : codeOfCodeless(attempt, knowledge);
    if (!attempt.code && !taken) continue;
    let code = attempt.code ?? taken!.code;
    if (routineEverywhere(code, knowledge)) continue;
    const wrapped: Candidate['wrapped'] = [];
    let shownFirst = taken?.evidence;
    if (isWrapper(knowledge, code)) {
      const underlying = (c: Companion) => !isWrapper(knowledge, c.code) && isFailureCode(c.code) && !routineEverywhere(c.code, knowledge);
      // The code the outcome line itself gives under the wrapper first (`resultMapped=80070643, resultUnMapped=800F0828`:
      // a companion keeps the line it was first seen on), then the attempt's first.
      const line = attempt.outcome.text.toUpperCase();
      const under = attempt.companions.find((c) => underlying(c) && line.includes(c.code.slice(2))) ?? attempt.companions.find(underlying);
      if (under) {
        wrapped.push({ code, attempt });
        code = under.code;
        // Its own line first, as for a code-less outcome: the wrapper's line does not hold it.
        if (under.evidence.line !== attempt.outcome.line) shownFirst = under.evidence;
      }
    }
    const entry = candidates.get(code) ?? { code, rank: 0, attempts: [], wrapped: [], evidence: [] };
    entry.rank = Math.max(entry.rank, rank(attempt));
    entry.attempts.push(attempt);
    if (shownFirst) entry.evidence.push(shownFirst);
    entry.evidence.push(attempt.outcome);
    entry.wrapped.push(...wrapped);
    candidates.set(code, entry);
  }
  // Each candidate's latest time once, not in every comparison: a CBS.log can hold hundreds of failed attempts of one code.
  const latest = new Map([...candidates.values()].map((c) => [c, latestTime(c)]));
  const best = [...candidates.values()].sort(
    (a, b) => b.rank - a.rank || b.attempts.length - a.attempts.length || latest.get(b)!.localeCompare(latest.get(a)!),
  )[0];
  return best ? fromCandidate(best, knowledge) : null;
}

/** The latest outcome time of a candidate's attempts ('' when none has one), as the times sort as strings. */
function latestTime(candidate: Candidate): string {
  let last = '';
  for (const attempt of candidate.attempts) {
    const time = attempt.outcome.time ?? '';
    if (time > last) last = time;
  }
  return last;
}

function fromCandidate(candidate: Candidate, knowledge: Knowledge): RootCause {
  const wrappers: RootCause['wrappers'] = [];
  const add = (code: string, evidence: RootCause['wrappers'][number]['evidence']) => {
    if (code === candidate.code || wrappers.length >= MAX_WRAPPERS || wrappers.some((w) => w.code === code)) return;
    const name = nameOf(knowledge, code);
    wrappers.push({ code, ...(name ? { name } : {}), role: isWrapper(knowledge, code) ? 'wrapper' : 'companion', evidence });
  };
  for (const { code, attempt } of candidate.wrapped) add(code, attempt.outcome);
  for (const attempt of candidate.attempts) for (const c of attempt.companions) if (isFailureCode(c.code)) add(c.code, c.evidence);
  const name = nameOf(knowledge, candidate.code);
  const first = candidate.attempts[0];
  return {
    code: candidate.code,
    ...(name ? { name } : {}),
    basis: first.kind === 'update' || first.source === 'command-result' ? 'attempt-outcome' : 'first-error',
    count: candidate.attempts.length,
    evidence: candidate.evidence.slice(0, 6),
    wrappers,
    runbooks: knowledge.codes[candidate.code]?.runbooks ?? [],
    kbs: [...new Set(candidate.attempts.map((a) => a.update.kb).filter((kb): kb is string => !!kb))],
  };
}

/** The cause when no install failed but the searches for updates have failed for a day or more (failing-searches.ts): basis `search`. */
export function causeFromSearches(searches: FailingSearches, knowledge: Knowledge): RootCause {
  const name = nameOf(knowledge, searches.code);
  return { code: searches.code, ...(name ? { name } : {}), basis: 'search', count: searches.count, evidence: searches.evidence, wrappers: [], runbooks: knowledge.codes[searches.code]?.runbooks ?? [], kbs: [] };
}

/** A suspect when nothing has an outcome: the most frequent failure code without one (basis `mention`). */
export function causeFromMentions(mentions: readonly MentionReport[], knowledge: Knowledge): RootCause | null {
  const best = [...mentions].sort((a, b) => b.count - a.count)[0];
  if (!best) return null;
  const name = nameOf(knowledge, best.code);
  return { code: best.code, ...(name ? { name } : {}), basis: 'mention', count: best.count, evidence: best.evidence, wrappers: [], runbooks: knowledge.codes[best.code]?.runbooks ?? [], kbs: [] };
}
