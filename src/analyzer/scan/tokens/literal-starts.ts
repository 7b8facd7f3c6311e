import { MAX_LITERAL_BYTES, type Literal } from './literal.ts';

/**
 * The literals every match of a regex starts with: for `DPX phase|^Error:|\bhr ?[=:]` they are
 * `DPX phase`, `Error:` and `hr`. Each top-level alternative must begin, after zero-width
 * assertions (`^`, `\b`, lookbehinds), with at least two literal characters, or with a group whose
 * alternatives do; a class of one letter's two cases (`[xX]`) counts as that letter, folded.
 * Anything else gives undefined: the caller then searches with the regex itself. A literal found
 * is a prefix of every match of its alternative, so a search for the literals finds every match
 * start (and more, which the regex then decides).
 */
export function literalStarts(source: string, fold = false, after = ''): Literal[] | undefined {
  const starts: Literal[] = [];
  for (const branch of alternatives(source)) {
    const found = branchStarts(branch, fold, after);
    if (!found) return undefined;
    starts.push(...found);
  }
  return starts;
}

/**
 * The alternatives of a source with the literals each starts with, a group that makes up a whole
 * alternative (`(?:DPX phase|cabinet)`) opened into its own: a reader that finds where a literal
 * stands need only try the alternatives it starts. Undefined as for literalStarts.
 */
export function startingBranches(source: string): { branch: string; starts: Literal[] }[] | undefined {
  const out: { branch: string; starts: Literal[] }[] = [];
  for (const branch of alternatives(source)) {
    const inner = branch.startsWith('(') && groupEnd(branch, 0) === branch.length - 1 ? groupBody(branch.slice(1, -1)) : undefined;
    const opened = inner === undefined ? undefined : startingBranches(inner);
    if (opened) {
      out.push(...opened);
      continue;
    }
    const starts = branchStarts(branch, false, '');
    if (!starts) return undefined;
    out.push({ branch, starts });
  }
  return out;
}

/** The body of a group's inner text, or undefined for a lookaround (which matches no character). */
function groupBody(inner: string): string | undefined {
  if (inner.startsWith('?=') || inner.startsWith('?!') || inner.startsWith('?<=') || inner.startsWith('?<!')) return undefined;
  return inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?<') ? inner.slice(inner.indexOf('>') + 1) : inner;
}

/**
 * The top-level alternatives of a source that are literal text and nothing else (`HRESULT`,
 * `DPX phase`, `Package_`): where one of them stands, the source matches, with no regex to ask.
 */
export function wholeLiterals(source: string): Literal[] {
  return alternatives(source)
    .map(plainText)
    .filter((text): text is string => text !== undefined && text.length >= 2 && text.length <= MAX_LITERAL_BYTES)
    .map((text) => ({ text }));
}

/** The text of a branch made only of plain characters and escapes of metacharacters, or undefined. */
function plainText(branch: string): string | undefined {
  let text = '';
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i];
    if (c === '\\' && ESCAPED.has(branch[i + 1])) text += branch[++i];
    else if (META.has(c)) return undefined;
    else text += c;
  }
  return text;
}

/** The top-level alternatives of a source, split where `|` stands outside groups and classes. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Where the group opened at `open` closes, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0, inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const META = new Set([...'^$.|?*+()[]{}\\']);
/** Escapes that stand for their own character. */
const ESCAPED = new Set([...'^$\\.*+?()[]{}|/-']);
/** What makes the character before it optional or repeated. */
const OPTIONAL = new Set(['?', '*', '{']);

/** `after`: what follows the branch in its pattern (after the group it ends), for a two-character literal's third byte. */
function branchStarts(branch: string, fold: boolean, after: string): Literal[] | undefined {
  let i = 0;
  // zero-width assertions first: they match no character
  for (;;) {
    if (branch[i] === '^') i++;
    else if (branch.startsWith('\\b', i)) i += 2;
    else if (branch.startsWith('(?<=', i) || branch.startsWith('(?<!', i)) {
      const end = groupEnd(branch, i);
      if (end < 0) return undefined;
      i = end + 1;
    } else break;
  }
  if (branch[i] === '(') return groupStarts(branch, i, fold, after);
  let text = '';
  let folded = fold;
  while (i < branch.length) {
    const c = branch[i];
    let next: string | undefined;
    let width = 1;
    if (c === '\\' && ESCAPED.has(branch[i + 1])) [next, width] = [branch[i + 1], 2];
    else if (c === '[' && /^\[([a-zA-Z])([a-zA-Z])\]/.test(branch.slice(i, i + 4)) && branch[i + 1] !== branch[i + 2] && branch[i + 1].toLowerCase() === branch[i + 2].toLowerCase()) {
      [next, width, folded] = [branch[i + 1], 4, true];
    } else if (!META.has(c)) next = c;
    if (next === undefined) break;
    if (OPTIONAL.has(branch[i + width])) break; // the character may be absent
    text += next;
    i += width;
    if (branch[i] === '+') break;
  }
  if (text.length < 2) return undefined;
  // `0x` and eight hex digits, the code form: the scan checks the digits itself
  const hex8 = /^0x$/i.test(text) && branch.startsWith('[0-9a-fA-F]{8}', i);
  // A two-character literal alone is common in text (`hr` in `three`): the byte after it narrows it.
  const third = text.length === 2 && !hex8 ? followingBytes(branch.slice(i) + after) : undefined;
  return [{ text: text.slice(0, MAX_LITERAL_BYTES), ...(folded ? { fold: true } : {}), ...(hex8 ? { hex8: true } : {}), ...(third ? { third } : {}) }];
}

/** `\s`: ASCII white space, and 0x80, which stands for every character past ASCII in the scan's bytes (some are white space). */
const SPACE = ' \t\n\v\f\r\x80';
const DIGITS = '0123456789';

/** The ASCII characters that may come first in `rest`, or undefined when it may be anything (or nothing). */
function followingBytes(rest: string): string | undefined {
  let set = '';
  for (let i = 0; i < rest.length; ) {
    const item = firstItem(rest, i);
    if (!item) return undefined;
    set += item.chars;
    i += item.width;
    if (rest[i] !== '?' && rest[i] !== '*') return set;
    i++;
  }
  return undefined; // the match may end here, and any character follow
}

/** One character, escape or simple class at `i`: the characters it matches and its width in the source. */
function firstItem(rest: string, i: number): { chars: string; width: number } | undefined {
  const c = rest[i];
  if (c === '\\') {
    const e = rest[i + 1];
    if (e === 's') return { chars: SPACE, width: 2 };
    if (e === 'd') return { chars: DIGITS, width: 2 };
    return ESCAPED.has(e) ? { chars: e, width: 2 } : undefined;
  }
  if (c === '[') {
    const m = /^\[([^\]\\^][^\]\\]*)\]/.exec(rest.slice(i));
    if (!m) return undefined;
    let chars = '';
    const body = m[1];
    for (let k = 0; k < body.length; k++) {
      if (body[k + 1] === '-' && k + 2 < body.length) {
        for (let code = body.charCodeAt(k); code <= body.charCodeAt(k + 2); code++) chars += String.fromCharCode(code);
        k += 2;
      } else chars += body[k];
    }
    return { chars, width: m[0].length };
  }
  return META.has(c) ? undefined : { chars: c, width: 1 };
}

/** A leading group (capturing, named or not): the starts of its own alternatives, unless it may match nothing. */
function groupStarts(branch: string, open: number, fold: boolean, after: string): Literal[] | undefined {
  const end = groupEnd(branch, open);
  if (end < 0 || OPTIONAL.has(branch[end + 1])) return undefined;
  const body = groupBody(branch.slice(open + 1, end));
  return body === undefined ? undefined : literalStarts(body, fold, branch.slice(end + 1) + after);
}
