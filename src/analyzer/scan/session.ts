import type { Knowledge } from '../knowledge.ts';
import type { UnreadableReason, ExpandBudget, Encoding } from '../../input/index.ts';
import type { FormatKind } from '../formats/types.ts';
import type { Attempt } from '../extract/attempts.ts';
import { compileRules, type CompiledRule } from '../diagnose/rules.ts';
import type { FileFacts } from './file-facts.ts';

/** What the report needs of a tracker: its attempts and how many were not kept. */
export interface TrackedAttempts {
  readonly attempts: Attempt[];
  readonly dropped: number;
}

/**
 * The facts of one file as data: what the report reads of a `FileFacts`. Plain objects, arrays
 * and maps, so a worker can post them (structured clone) and the report is built from them alike.
 */
export type FactsData = Pick<
  FileFacts,
  'file' | 'codes' | 'droppedCodes' | 'kbs' | 'packages' | 'builds' | 'wsus' | 'patternHits' | 'patternWatch' | 'warnings' | 'lastSuccess' | 'firstTime' | 'lastTime' | 'timeZone'
> & { updates: TrackedAttempts; servicing: TrackedAttempts };

/** One file as read: an analyzed log, an archive that was opened, or a file that could not be read. */
export interface InputRecord {
  file: string;
  size?: number;
  status: 'analyzed' | 'container' | 'unreadable' | 'refused';
  format?: FormatKind | 'zip' | 'cab';
  confidence?: number;
  encoding?: Encoding;
  lines?: number;
  reason?: UnreadableReason;
  message?: string;
  facts?: FactsData;
}

export const DEFAULT_MAX_EXPANDED = 2 * 1024 ** 3;

// Rules are compiled once per list of rules: a worker builds a session for every file it reads.
const compiledRules = new WeakMap<Knowledge['rules'], { count: number; compiled: ReturnType<typeof compileRules> }>();

function rulesOf(knowledge: Knowledge): ReturnType<typeof compileRules> {
  const cached = compiledRules.get(knowledge.rules);
  if (cached && cached.count === knowledge.rules.length) return cached.compiled;
  const compiled = compileRules(knowledge.rules);
  compiledRules.set(knowledge.rules, { count: knowledge.rules.length, compiled });
  return compiled;
}

/** State shared by all files of one analysis. */
export class Session {
  readonly records: InputRecord[] = [];
  readonly rules: CompiledRule[];
  readonly ruleErrors: string[];
  budget: ExpandBudget;

  constructor(
    readonly knowledge: Knowledge,
    readonly maxExpandedBytes = DEFAULT_MAX_EXPANDED,
    /** false: the regex line layer reads every file (see AnalyzeOptions.regexLineLayer) */
    readonly tokens = true,
  ) {
    const compiled = rulesOf(knowledge);
    this.rules = compiled.rules;
    this.ruleErrors = compiled.errors;
    this.budget = { used: 0, limit: maxExpandedBytes };
  }

  /** Each top-level input gets its own expansion budget. */
  resetBudget(): void {
    this.budget = { used: 0, limit: this.maxExpandedBytes };
  }
}
