import { CODE_FORM_SOURCES } from '../../extract/codes.ts';
import type { Markers } from '../../extract/markers.ts';
import { literalStarts, startingBranches, wholeLiterals } from './literal-starts.ts';
import { MAX_LITERAL_BYTES, type Literal } from './literal.ts';
import { MAX_LITERALS } from './token-scanner.ts';

/** What a token may start: a line filter match, a content pattern's match (also a filter match), a `0x` code, a keyword-form code. */
export const FILTER = 1, PATTERN = 2, HEX = 4, KEYWORD = 8;
/** A filter token whose literal is a whole alternative of a trigger: the line filter matches wherever it stands. */
export const FILTER_SURE = 16;
/** A filter token of a literal that folds case, where such a whole alternative is written: sure when the token is written so. */
export const FILTER_AS_WRITTEN = 32;

/**
 * The literals a format's line layer starts from, and what each stands for (`roles`: the bits
 * above; `marks`: the marker bits a token of it sets; a two-character literal's `third`
 * characters are checked by the scan itself). Every
 * match of the line filter (its trigger sources and the content patterns), of the code forms and
 * every marker word begins with one of them, so the matches are found by testing only where
 * tokens start.
 */
export interface TokenTable {
  literals: Literal[];
  roles: Uint8Array;
  marks: Int32Array;
  /** the marker bits whose words' places the line layer notes (Markers.placed) */
  placed: number;
}

/** The hex form's start: `0x` with eight hex digits after it, in either case. */
const HEX_START: Literal = { text: '0x', fold: true, hex8: true };

/** True when every place `b` matches, `a` matches too. */
function covers(a: Literal, b: Literal): boolean {
  if (a.text !== b.text || !a.hex8 !== !b.hex8 || (b.fold && !a.fold)) return false;
  if (a.third === undefined) return true;
  if (b.third === undefined) return false;
  const fold = (s: string) => (a.fold ? s.toLowerCase() : s);
  return [...fold(b.third)].every((c) => fold(a.third!).includes(c));
}

/** The table, or undefined when a source does not start with literals or there are too many (the regexes read then). */
export function tokenTable(filterSources: readonly string[], patternSources: readonly string[], markers: Markers): TokenTable | undefined {
  const literals: Literal[] = [];
  const roles: number[] = [];
  const marks: number[] = [];
  const add = (literal: Literal, role: number, mark = 0) => {
    // One literal for several roles (`WSUS`, a trigger and a marker word) is searched once. A
    // wider literal may stand for a narrower one whose matches are checked by a regex after,
    // never for a marker word, whose bit the token sets by itself.
    let at = literals.findIndex((l) => covers(l, literal) && (covers(literal, l) || !mark));
    if (at < 0) at = literals.findIndex((l, i) => covers(literal, l) && !marks[i]);
    if (at < 0) at = literals.push(literal) - 1;
    else if (covers(literal, literals[at])) literals[at] = literal;
    roles[at] = (roles[at] ?? 0) | role;
    marks[at] = (marks[at] ?? 0) | mark;
  };
  add(HEX_START, HEX);
  const keywordStarts = literalStarts(CODE_FORM_SOURCES.keyword, true);
  if (!keywordStarts) throw new Error('the keyword forms must start with literals'); // a test keeps it so
  keywordStarts.forEach((literal) => add(literal, KEYWORD));
  for (const [sources, role] of [[filterSources, FILTER], [patternSources, FILTER | PATTERN]] as const) {
    for (const source of sources) {
      const starts = literalStarts(source);
      if (!starts) return undefined;
      starts.forEach((literal) => add(literal, role));
    }
  }
  for (const word of markers.words) {
    if (word.length < 2 || word.length > MAX_LITERAL_BYTES) return undefined;
    add({ text: word }, 0, markers.bit(word));
  }
  if (literals.length > MAX_LITERALS || literals.some((l) => /[^\x20-\x7e]/.test(l.text))) return undefined;
  // Only the triggers: a content pattern leaves the filter once it is found.
  const wholes = filterSources.flatMap(wholeLiterals);
  literals.forEach((literal, id) => {
    if (!(roles[id] & FILTER)) return;
    if (wholes.some((whole) => covers(whole, literal))) roles[id] |= FILTER_SURE;
    else if (wholes.some((whole) => whole.text === literal.text)) roles[id] |= FILTER_AS_WRITTEN;
  });
  return { literals, roles: Uint8Array.from(roles), marks: Int32Array.from(marks), placed: markers.placed };
}

/** The filter as the token reader asks it: the table's roles for it, and per literal the alternatives it starts. */
export interface LiveFilter {
  roles: Uint8Array;
  /**
   * Per literal id, the filter's alternatives that start with it, as one sticky regex: where its
   * token stands, the filter matches if one of them does (another literal's alternatives are asked
   * at its own token). Undefined for a literal that starts none, or when the alternatives cannot be
   * read: the whole filter is asked then.
   */
  matchers: (RegExp | undefined)[];
}

/**
 * The filter made of `filterSources` (multiline, as the triggers' regex), for the table's tokens. Content patterns
 * found drop out of the filter: a literal that starts no alternative of it any more is no filter
 * or pattern token, so its tokens no longer ask the filter's regex, nor the patterns', about
 * lines they cannot match. A literal that starts both a trigger and a pattern found keeps both
 * roles (harmless: the patterns still sought decide).
 */
export function liveFilter(table: TokenTable, filterSources: readonly string[]): LiveFilter {
  const branches = filterSources.map((source) => startingBranches(source));
  if (branches.some((b) => !b)) return { roles: table.roles, matchers: [] };
  const all = branches.flat() as { branch: string; starts: Literal[] }[];
  const roles = table.roles.slice();
  const matchers = table.literals.map((literal, id) => {
    const own = all.filter(({ starts }) => starts.some((start) => covers(literal, start)));
    if (!own.length) roles[id] &= ~(FILTER | PATTERN | FILTER_SURE | FILTER_AS_WRITTEN);
    return roles[id] & FILTER && !(roles[id] & FILTER_SURE) ? new RegExp(own.map(({ branch }) => `(?:${branch})`).join('|'), 'my') : undefined;
  });
  return { roles, matchers };
}
