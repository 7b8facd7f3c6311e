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
> & { updates: TrackedAttempts; servicing: TrackedAttempts } & Partial<Pick<FileFacts, 'downloads' | 'searches' | 'setupExtends' | 'channels' | 'unfinished' | 'installs'>>;

/** One file as read: an analyzed log, an archive that was opened, or a file that could not be read. */
export interface InputRecord {
  file: string;
  size?: number;
  status: 'analyzed' | 'container' | 'unreadable' | 'refused';
  format?: FormatKind | 'zip' | 'cab';
  confidence?: number;
  encoding?: Encoding;
  /** read from an ETW trace (.etl): its events as the text Get-WindowsUpdateLog would write, whose encoding is not the file's */
  trace?: true;
  /** a trace's providers whose events were decoded (at most 8), in the order they first wrote */
  providers?: string[];
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

  private win32Names?: Map<string, string>;

  /** The code of a Win32 error's name (`ERROR_FILE_NOT_FOUND` → 0x80070002), from the catalog; built on first use. */
  win32Code(name: string): string | undefined {
    if (!this.win32Names) {
      this.win32Names = new Map();
      for (const [code, info] of Object.entries(this.knowledge.codes)) {
        if (!code.startsWith('0x8007')) continue;
        for (const n of info.names) if (n.startsWith('ERROR_') && !this.win32Names.has(n)) this.win32Names.set(n, code);
      }
    }
    return this.win32Names.get(name);
  }

  /** Each top-level input gets its own expansion budget. */
  resetBudget(): void {
    this.budget = { used: 0, limit: this.maxExpandedBytes };
  }
}
