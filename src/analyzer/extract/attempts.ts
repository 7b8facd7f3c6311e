import type { Evidence } from './evidence.ts';
import { ownCopy } from './own-copy.ts';
import { PRECEDENCE, type Attempt, type Companion, type OutcomeInput, type UpdateRef } from './attempt-model.ts';

export type { Attempt, Companion, OutcomeInput, OutcomeSource, UpdateRef } from './attempt-model.ts';

/** Outcomes this close together (and not separated by a new start) belong to one attempt. */
const WINDOW_MS = 60_000;
const WINDOW_LINES = 60;
const MAX_COMPANIONS = 12;
/** Attempts kept per file: a log that fails without end must not grow memory without end. */
export const MAX_ATTEMPTS = 5000;
/**
 * Of those, the first ones kept: they show when the trouble began. The rest are the latest, as
 * the latest outcomes decide the verdict (a success after years of failures is a recovery).
 */
export const KEPT_FIRST = 1000;
/** Attempts dropped from the middle at once while reading, so that each costs little on average. */
const DROP_STEP = 500;

/**
 * Groups outcome lines into attempts. An install writes its result several times
 * (`CBS called Error with`, then `LogHistory … resultMapped=`, then `Exit code`): they
 * make one attempt whose outcome is the line with the highest precedence; the other
 * codes are kept as its companions. Servicing episodes keep their *first* error instead.
 */
export class AttemptTracker {
  private readonly kept: Attempt[] = [];
  private droppedCount = 0;
  private current?: Attempt;
  private pendingStart?: Evidence;
  private pendingStartMs?: number;
  private before: Companion[] = [];
  private context: UpdateRef = {};

  constructor(
    private readonly file: string,
    private readonly kind: 'update' | 'servicing',
  ) {}

  /**
   * A line that opens an attempt. `strong` markers also close the previous one, unless they come
   * shortly after a start with no outcome since: the agent starts an install call, and its
   * handler then starts the install (`* START *  Installing updates`, `* START *   Command Line
   * Install`), one attempt whose failures so far are its companions.
   */
  start(at: Evidence, strong: boolean, ms?: number): void {
    if (strong && this.pendingStart && !this.current && ms !== undefined && this.pendingStartMs !== undefined && ms - this.pendingStartMs <= WINDOW_MS) return;
    if (strong || (this.current && !this.near(this.current, at.line, ms))) {
      // A start well after the last outcome opens a new attempt; the old one is closed.
      this.current = undefined;
      this.pendingStart = undefined;
      this.before = [];
      if (strong) this.context = {};
    }
    if (!this.pendingStart && !this.current) {
      this.pendingStart = at;
      this.pendingStartMs = ms;
    }
  }

  /** False when a weak start would change nothing (an attempt is already open): lets parsers skip the line. */
  needsStart(): boolean {
    return !this.pendingStart || this.current !== undefined;
  }

  /** True when `code` is already held for the next attempt and no attempt is open: a repeat adds nothing. */
  holds(code: string): boolean {
    return this.current === undefined && holdsCode(this.before, code);
  }

  /**
   * What is being installed, as the log says it (title, KB, package, phase). It also names the
   * open attempt where that lacks a name, if the note is near it (when `line` is given): a note
   * weeks after an install is of the next one.
   */
  note(update: UpdateRef, line?: number, ms?: number): void {
    Object.assign(this.context, definedOnly(update));
    const current = this.current;
    if (current && this.kind === 'update' && (line === undefined || this.near(current, line, ms))) {
      // An attempt its own result named by id takes no title (nor its KB) from the lines after it: they list the next update.
      if (current.update.id === undefined || update.title === undefined) fillMissing(current.update, update);
      else if (update.package !== undefined) fillMissing(current.update, { package: update.package });
    }
  }

  /** `note({ phase })`, with no object built and copied: a CBS.log starts a DPX phase on about every fourteenth line. */
  notePhase(phase: string): void {
    if (phase === '') return;
    const owned = phase === this.context.phase ? this.context.phase : ownCopy(phase);
    this.context.phase = owned;
    if (this.current && this.kind === 'update') this.current.update.phase ??= owned;
  }

  /** Drops what the last start said is being installed: after an event's outcome, its attempt is over. */
  forget(): void {
    this.context = {};
  }

  outcome(input: OutcomeInput): void {
    this.outcomes++;
    const current = this.current;
    // An episode's success and its failures are separate points on its timeline: never one attempt.
    const sameKind = this.kind === 'update' || current?.status === input.status;
    if (current && !input.separate && sameKind && this.belongs(current, input)) return this.merge(current, input);
    if (this.kept.length >= MAX_ATTEMPTS + DROP_STEP) this.dropMiddle(DROP_STEP);
    const attempt: Attempt = {
      file: this.file,
      kind: this.kind,
      update: input.update ? named(this.context, input.update, input.separate) : { ...this.context },
      ...(this.pendingStart ? { start: this.pendingStart } : {}),
      status: input.status,
      ...(input.code ? { code: input.code } : {}),
      ...(input.restartPending ? { restartPending: true } : {}),
      source: input.source,
      outcome: input.evidence,
      companions: this.before.filter((c) => c.code !== input.code && this.recent(c, input)),
      ...(input.ms !== undefined ? { ms: input.ms } : {}),
    };
    this.kept.push(attempt);
    this.current = attempt;
    this.pendingStart = undefined;
    this.before = [];
  }

  /** Outcomes read so far, new attempts and those merged into one: a parser tells by it whether a line gave one. */
  outcomes = 0;

  /** The attempts in the order they ended: the first KEPT_FIRST, then the latest, MAX_ATTEMPTS at most. */
  get attempts(): Attempt[] {
    this.dropMiddle(this.kept.length - MAX_ATTEMPTS);
    return this.kept;
  }

  /** Attempts left out between the first KEPT_FIRST and the latest. */
  get dropped(): number {
    this.dropMiddle(this.kept.length - MAX_ATTEMPTS);
    return this.droppedCount;
  }

  /** Drops `count` attempts after the first KEPT_FIRST (none when it is not positive): never the open one, the latest. */
  private dropMiddle(count: number): void {
    if (count <= 0) return;
    this.kept.splice(KEPT_FIRST, count);
    this.droppedCount += count;
  }

  /**
   * True when the open attempt of a servicing log already holds `code` and is near `line` and
   * `ms`: a companion with it (or, with `outcome`, a failure outcome) would change nothing but the
   * attempt's time (`touch`). An outcome that names a package (`named`) changes nothing only when
   * the attempt names its package and KB already. A dense CBS.log repeats the failure of an
   * episode on line after line: its parser builds no outcome for them.
   */
  holdsAt(code: string, line: number, ms: number | undefined, outcome: boolean, named: boolean): boolean {
    const current = this.current;
    if (!current || this.kind !== 'servicing' || !this.near(current, line, ms)) return false;
    if (outcome && (current.status !== 'failed' || (named && (current.update.package === undefined || current.update.kb === undefined)))) return false;
    return code === current.code || current.companions.length >= MAX_COMPANIONS || holdsCode(current.companions, code);
  }

  /** Whether the open attempt's time is `ms` already (or `ms` is unknown): a touch would not move it. */
  isAt(ms: number | undefined): boolean {
    return ms === undefined || this.current?.ms === ms;
  }

  /** What a failure outcome `holdsAt` holds does: the open attempt's time moves to it. */
  touch(ms: number | undefined): void {
    if (ms !== undefined && this.current) this.current.ms = ms;
  }

  /** A failure code on a line that is not itself an outcome. */
  companion(code: string, form: string, at: Evidence, ms?: number): void {
    const current = this.current;
    if (current && this.near(current, at.line, ms)) addCompanion(current, code, form, at);
    else if (this.before.length < MAX_COMPANIONS && !holdsCode(this.before, code)) this.before.push({ code, form, evidence: at });
  }

  /** A code seen before the outcome counts only after the attempt's start, or shortly before. */
  private recent(c: Companion, input: OutcomeInput): boolean {
    if (this.pendingStart) return c.evidence.line >= this.pendingStart.line;
    return input.evidence.line - c.evidence.line <= WINDOW_LINES;
  }

  private near(attempt: Attempt, line: number, ms?: number): boolean {
    if (ms !== undefined && attempt.ms !== undefined) return ms - attempt.ms <= WINDOW_MS && ms >= attempt.ms - 1000;
    return line - attempt.outcome.line <= WINDOW_LINES;
  }

  private belongs(attempt: Attempt, input: OutcomeInput): boolean {
    if (!this.near(attempt, input.evidence.line, input.ms)) return false;
    const a = attempt.update.id;
    const b = input.update?.id;
    return !(a && b && a !== b);
  }

  private merge(attempt: Attempt, input: OutcomeInput): void {
    if (input.update) fillMissing(attempt.update, input.update);
    const stronger = PRECEDENCE[input.source] > PRECEDENCE[attempt.source];
    const failureOverSuccess = input.status === 'failed' && attempt.status === 'succeeded';
    if (this.kind === 'update' && (stronger || failureOverSuccess)) {
      if (attempt.code && attempt.status === 'failed') addCompanion(attempt, attempt.code, attempt.source, attempt.outcome);
      attempt.status = input.status;
      attempt.source = input.source;
      attempt.outcome = input.evidence;
      if (input.code) attempt.code = input.code;
      else delete attempt.code;
      if (input.restartPending) attempt.restartPending = true;
      else delete attempt.restartPending;
    } else if (input.code && input.code !== attempt.code) {
      addCompanion(attempt, input.code, input.source, input.evidence);
    }
    if (input.ms !== undefined) attempt.ms = input.ms;
  }
}

/**
 * What an outcome installed: what the log said is being installed, with what the outcome says
 * itself over it. A title of its own (an update id's, UpdateTitles) names the update alone: the
 * KB the log wrote last may be another update's.
 */
function named(context: UpdateRef, own: UpdateRef, separate = false): UpdateRef {
  if (own.title === undefined) return { ...context, ...definedOnly(own) };
  const { title: _title, kb: _kb, ...rest } = context;
  // A record of its own (one REPORT EVENT, one event) names its update; the package the log noted
  // last is often another's: after a restart, Windows 7 reports every update the restart finished,
  // one after another, and they would all take the last package installed before it.
  if (separate && rest.package !== undefined && !(own.kb && rest.package.includes(own.kb))) delete rest.package;
  return { ...rest, ...definedOnly(own) };
}

/** A loop, not `some` with a closure: parsers ask this for each failure code of a line. */
function holdsCode(companions: readonly Companion[], code: string): boolean {
  for (const c of companions) if (c.code === code) return true;
  return false;
}

/** The entry is built only when it is kept: most companions repeat a code the attempt has. */
function addCompanion(attempt: Attempt, code: string, form: string, evidence: Evidence): void {
  if (code === attempt.code || attempt.companions.length >= MAX_COMPANIONS) return;
  if (!holdsCode(attempt.companions, code)) attempt.companions.push({ code, form, evidence });
}

/** A plain loop: this runs for every note and outcome, and entries/fromEntries allocate arrays each time. */
function definedOnly(update: UpdateRef): UpdateRef {
  const kept: Record<string, unknown> = {};
  for (const key in update) {
    const value = update[key as keyof UpdateRef];
    if (value !== undefined && value !== '') kept[key] = ownCopy(value);
  }
  return kept as UpdateRef;
}

/** Like definedOnly, without building the object: this runs for each outcome merged into an attempt. */
function fillMissing(target: UpdateRef, from: UpdateRef): void {
  // Another title's KB is another update's.
  const otherTitle = from.title !== undefined && target.title !== undefined && from.title !== target.title;
  for (const key in from) {
    if (otherTitle && (key === 'title' || key === 'kb')) continue;
    const value = from[key as keyof UpdateRef];
    if (value !== undefined && value !== '') target[key as keyof UpdateRef] ??= ownCopy(value);
  }
}
