import type { Rule } from '../../catalog/types.ts';
import type { FormatKind } from '../formats/types.ts';

export interface CompiledRule {
  index: number;
  rule: Rule;
  pattern?: RegExp;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** rules whose pattern does not compile, with where they come from */
  errors: string[];
}

/** Longest pattern accepted from content; patterns are data, kept short and simple. */
const MAX_PATTERN = 300;

/** Compiles the signatures once per analysis; a broken pattern disables its rule with a message. */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const out: CompiledRule[] = [];
  const errors: string[] = [];
  rules.forEach((rule, index) => {
    if (!rule.pattern) return void out.push({ index, rule });
    const where = `${rule.source.file}:${rule.source.line}`;
    if (rule.pattern.length > MAX_PATTERN) return void errors.push(`${where}: pattern of rule ${rule.id} is longer than ${MAX_PATTERN} characters`);
    try {
      out.push({ index, rule, pattern: new RegExp(rule.pattern) });
    } catch (error) {
      errors.push(`${where}: pattern of rule ${rule.id} is not a valid regular expression (${(error as Error).message})`);
    }
  });
  return { rules: out, errors };
}

export const ruleApplies = (rule: Rule, kind: FormatKind): boolean => rule.log === 'any' || rule.log === kind;
