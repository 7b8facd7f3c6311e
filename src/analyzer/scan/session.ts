import type { Knowledge } from '../knowledge.ts';
import type { UnreadableReason, ExpandBudget, Encoding } from '../../input/index.ts';
import type { FormatKind } from '../formats/types.ts';
import { compileRules, type CompiledRule } from '../diagnose/rules.ts';
import type { FileFacts } from './file-facts.ts';

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
  facts?: FileFacts;
}

export const DEFAULT_MAX_EXPANDED = 2 * 1024 ** 3;

/** State shared by all files of one analysis. */
export class Session {
  readonly records: InputRecord[] = [];
  readonly rules: CompiledRule[];
  readonly ruleErrors: string[];
  budget: ExpandBudget;

  constructor(
    readonly knowledge: Knowledge,
    readonly maxExpandedBytes = DEFAULT_MAX_EXPANDED,
  ) {
    const compiled = compileRules(knowledge.rules);
    this.rules = compiled.rules;
    this.ruleErrors = compiled.errors;
    this.budget = { used: 0, limit: maxExpandedBytes };
  }

  /** Each top-level input gets its own expansion budget. */
  resetBudget(): void {
    this.budget = { used: 0, limit: this.maxExpandedBytes };
  }
}
