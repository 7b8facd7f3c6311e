/**
 * Any text a user may paste → the values and names it could mean. Follows Err.exe:
 * `0x…` is hex; bare digits are read both as decimal and as hex; a token with a–f is
 * hex only; `-…` is a signed decimal; `=NAME` is an exact name, `:TEXT` a substring.
 * On top of Err.exe: full-width characters, spaces inside a number, a code inside a
 * sentence (`错误 0x800f0922`) and setup result/extend pairs (`0xC1900101 - 0x4000D`).
 */

export type ReadingForm = 'hex' | 'decimal' | 'signed-decimal';

export interface NumberCandidate {
  value: number;
  form: ReadingForm;
  /** the text the value was read from */
  text: string;
}

export interface NameQuery {
  query: string;
  /** `=NAME` asks for an exact match only, `:TEXT` for a substring; a bare name tries exact first */
  mode: 'exact' | 'substring' | 'auto';
}

export interface SetupPair {
  result: number;
  extend: number;
  text: string;
}

export interface ParsedInput {
  /** the input after NFKC and whitespace folding */
  normalized: string;
  numbers: NumberCandidate[];
  names: NameQuery[];
  setup?: SetupPair;
}

const MAX_U32 = 0xffffffff;

function push(list: NumberCandidate[], candidate: NumberCandidate): void {
  if (!list.some((c) => c.value === candidate.value && c.form === candidate.form)) list.push(candidate);
}

/** A bare token (no `0x`): both readings when all digits, hex when it has a–f. */
function readBare(token: string, out: NumberCandidate[]): void {
  if (/^-\d+$/.test(token)) {
    const n = Number(token);
    if (n >= -0x80000000) push(out, { value: n >>> 0, form: 'signed-decimal', text: token });
    return;
  }
  if (/^\d+$/.test(token)) {
    const n = Number(token);
    if (n <= MAX_U32) push(out, { value: n, form: 'decimal', text: token });
  }
  if (/^[0-9a-f]{1,8}$/i.test(token)) push(out, { value: parseInt(token, 16) >>> 0, form: 'hex', text: token });
}

/**
 * `0x` followed by hex digits, allowing single spaces between groups while ≤ 8 digits. A group
 * after a space is a whole word: the `E` of `0x8007000 Error` is the word's, not a digit.
 */
const PREFIXED = /0x\s?([0-9a-f]+(?: (?!0x)[0-9a-f]+(?![0-9a-z_]))*)/gi;
const NAME = /(?<![A-Za-z0-9_])([=:]?)([A-Za-z_][A-Za-z0-9_]*)/g;
const SETUP = /0x([0-9a-f]{8})\s*-\s*0x([0-9a-f]{1,5})(?![0-9a-f])/i;

function readPrefixed(text: string, out: NumberCandidate[]): void {
  for (const m of text.matchAll(PREFIXED)) {
    let digits = '';
    for (const group of m[1].split(' ')) {
      if (digits && digits.length + group.length > 8) break;
      digits += group;
    }
    if (digits.length <= 8) push(out, { value: parseInt(digits, 16) >>> 0, form: 'hex', text: m[0].trim() });
  }
}

/** A name-looking word that is a code name rather than prose or a hex number. */
function isNameLike(word: string, marked: boolean, alone: boolean): boolean {
  if (marked) return true;
  // a single word on its own may be a name without `_` (NOERROR); in prose it needs one
  if (alone) return !/^[0-9a-f]+$/i.test(word);
  if (/^0x/i.test(word) || /^[0-9a-f]+$/i.test(word)) return false;
  return /_/.test(word) && /[A-Za-z]{2}/.test(word);
}

/** `8007OOO5` → `80070005`: only a token of hex digits and O's, six to ten long, with three decimal digits or more. */
function zeroForO(token: string): string {
  const m = /^(0x)?([0-9a-fo]{6,8})$/i.exec(token);
  if (!m || !/o/i.test(m[2]) || (m[2].match(/\d/g)?.length ?? 0) < 3) return token;
  return (m[1] ?? '') + m[2].replace(/o/gi, '0');
}

export function parseInput(text: string): ParsedInput {
  const normalized = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const numbers: NumberCandidate[] = [];
  const names: NameQuery[] = [];
  const result: ParsedInput = { normalized, numbers, names };

  const setup = SETUP.exec(normalized);
  if (setup) {
    result.setup = { result: parseInt(setup[1], 16) >>> 0, extend: parseInt(setup[2], 16), text: setup[0] };
  }

  // the whole input as one number, spaces removed: `8007 0570`, `-2145124322`; a letter O typed
  // for a zero among hex digits (`8007OOO5`, `0x8OO7OOO5`) is read as the zero
  const spaceless = normalized.replace(/ /g, '');
  const compact = zeroForO(spaceless);
  if (/^-?[0-9a-f]+$/i.test(compact) && !/^0x/i.test(compact)) {
    readBare(compact, numbers);
    return result;
  }

  readPrefixed(setup ? normalized.replace(setup[0], `0x${setup[1]}`) : compact !== spaceless ? compact : normalized, numbers);
  // bare numbers inside a sentence: only long enough to be codes, not dates or counts
  for (const m of normalized.matchAll(/(?<![0-9A-Za-z_{-])(-?[0-9a-f]+)(?![0-9A-Za-z_-])/gi)) {
    const token = m[1];
    if (/^-\d{9,10}$/.test(token) || /^\d{10}$/.test(token) || (/^[0-9a-f]{8}$/i.test(token) && /\d/.test(token))) {
      readBare(token, numbers);
    }
  }
  const alone = /^[=:]?[A-Za-z_][A-Za-z0-9_]*$/.test(normalized);
  for (const m of normalized.matchAll(NAME)) {
    const [, mark, word] = m;
    if (!isNameLike(word, mark !== '', alone)) continue;
    // in prose only exact names count: a word like `Cab_2_for_KB…` must not fan out
    const mode = mark === '=' ? 'exact' : mark === ':' ? 'substring' : alone ? 'auto' : 'exact';
    if (!names.some((n) => n.query === word && n.mode === mode)) names.push({ query: word, mode });
  }
  return result;
}
