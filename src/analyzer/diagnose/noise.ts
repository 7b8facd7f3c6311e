/**
 * Where a code is routine: the same value is noise in its context (the component that
 * writes it, the method that fails, a phrase of the line) and a real failure anywhere
 * else. Contexts are read from the line, so a rule holds in every format the line can
 * arrive in (a log, an event export, a pasted excerpt).
 */
import { NOISE, type NoiseContext, type NoiseEntry } from './noise-list.ts';

export { NOISE, type NoiseContext, type NoiseEntry };

/** Codes whose routine use is bound to a context here: elsewhere they count. */
export const CONTEXT_BOUND = new Set(NOISE.map((n) => n.code));

/** `component EEHandler`, `method AppxPackage::Initialize`, `phrase "…"`: the context in words. */
export function describeContext(context: NoiseContext): string {
  if ('component' in context) return `component ${context.component}`;
  if ('method' in context) return `method ${context.method}`;
  if ('phrase' in context) return `phrase "${context.phrase}"`;
  return `anywhere (article ${context.article})`;
}

/** A test of the line for one context, made once: noiseFor runs on every line holding a listed code. */
function contextTest(context: NoiseContext): (line: string) => boolean {
  if ('method' in context) return (line) => line.includes(context.method);
  if ('phrase' in context) return (line) => line.includes(context.phrase);
  if ('article' in context) return () => true;
  const word = context.component;
  return (line) => {
    const at = line.indexOf(word);
    // A whole word in the line's columns, not part of a longer name.
    return at > 0 && /\s/.test(line[at - 1]) && /\s/.test(line[at + word.length] ?? '');
  };
}

/** Per code, its entries in list order, each with its test: a line is checked against its own code's contexts only. */
const BY_CODE = new Map<string, { entry: NoiseEntry; holds: (line: string) => boolean }[]>();
for (const entry of NOISE) {
  const list = BY_CODE.get(entry.code) ?? [];
  list.push({ entry, holds: contextTest(entry.context) });
  BY_CODE.set(entry.code, list);
}

/** True for a code whose article marks it routine and that no context here narrows. */
export const routineEverywhere = (code: string, knowledge: { codes: Record<string, { noise?: boolean }> }): boolean =>
  knowledge.codes[code]?.noise === true && !CONTEXT_BOUND.has(code);

/** Routine wherever it appears, because its article says so. */
export const articleNoise = (code: string): NoiseEntry => ({ code, context: { article: code }, why: 'marked as noise in its article', source: `code article ${code}` });

/** The noise entry for one occurrence of `code` on `line`, if it is routine there. */
export function noiseFor(code: string, line: string): NoiseEntry | undefined {
  const entries = BY_CODE.get(code);
  if (entries) for (const { entry, holds } of entries) if (holds(line)) return entry;
  return undefined;
}
