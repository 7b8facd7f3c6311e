import { isHex } from './line-bytes.ts';
import { isResultPosition } from './result-position.ts';

/** One code found in a line, normalized to `0x` + 8 upper-case hex digits. */
export interface CodeHit {
  code: string;
  /** how it was written: `0x`, `failed` (`*FAILED* [..]`), a keyword (`resultMapped`, `HRESULT`, `hr`…), `exit-code`, `decimal`, `ntstatus`, `gle`, `bracket` (`with [..] and`), `win32` (`HRESULT_FROM_WIN32(1058)`), `facility` (`80220005 [Error,Facility=…`), `bare` */
  form: string;
  /** offset in the line */
  index: number;
  /** a Win32 error written by its name (`HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)`): `code` is empty until the name is looked up */
  name?: string;
}

/**
 * The surface forms, in two regexes whose matches never overlap (a keyword form holds no
 * `0x` + 8 digits, and a `0x` token is never preceded by a word character). Each alternative
 * starts with a literal or a bounded class and has bounded repeats, so the scan stays linear on
 * any input. `0x` tokens, the common form, have a regex of their own that starts at its literal
 * and looks back only from there: searched alone it is several times faster than as one
 * alternative among many. `(?<![\w@]0x)` keeps pointer values (`@0x198dfcad460`) and words ending
 * in hex out, and an event id written in hex (`dcdiag`'s `EventID: 0x000727AA`) is an identity, not a result.
 */
const HEX_FORM = /0x(?<![\w@]0x)(?<!\bEvent ?ID\s{0,3}[:=：]\s{0,3}0x)([0-9a-f]{8})(?![0-9a-f])/gi;
/**
 * A CSI decoding (`[Error,Facility=`) with eight hex digits and a space before it
 * (`80220005 [Error,Facility=`), not an assignment's (`HRESULT = 800f0207 [Error,…`): a group,
 * the code. The decoding comes first and the look back after it: an alternative that starts
 * with a look-behind gives V8 no literal to seek, and the whole regex ran ten times slower.
 */
const csiDecoding = (level: string): string => `\\[${level},Facility=(?<=(?<![=:]\\s?)(?<![\\w-])([0-9a-f]{8}) \\[${level},Facility=)`;
/** The words of the keyword form `word = 80070005` (`word\s?[=:]\s?` and eight hex digits). */
export const ASSIGNMENT_WORDS = ['resultMapped', 'resultUnMapped', 'HRESULT', 'hr', 'errorCode'] as const;
const KEYWORD_FORMS = new RegExp(
  `\\*FAILED\\*\\s\\[([0-9a-f]{8})\\]|\\b(${ASSIGNMENT_WORDS.join('|')})\\s?[=:]\\s?([0-9a-f]{8})(?![0-9a-f])|\\bExit code\\s?=\\s?0x([0-9a-f]{1,7})(?![0-9a-f])|^Error:\\s(\\d{1,5})\\s*$|\\bNTSTATUS\\W{0,3}(c[0-9a-f]{7})(?![0-9a-f])|\\bNTSTATUS\\s-(\\d{9,10})(?!\\d)|\\bwith \\[([0-9a-f]{8})\\] and\\b` +
    // CSI: `with HRESULT HRESULT_FROM_WIN32(1058)`, a Win32 error in decimal or by name; `(F) 80220005 [Error,Facility=…`, the
    // value before its decoding (which `HRESULT = 800f0207 [Error,Facility=…` reads already as an assignment).
    `|\\bHRESULT_FROM_WIN32\\((?:(\\d{1,5})|(ERROR_[A-Z0-9_]{1,64}))\\)|${['Error', 'Warning'].map(csiDecoding).join('|')}`,
  'gi',
);

export const hex8 = (value: number): string => '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');

/**
 * Codes by their digits as written: a log repeats a few codes thousands of times, and one
 * string per code also makes each later lookup of it (tallies, noise, attempts) cheaper.
 */
const NORMALIZED = new Map<string, string>();
const MAX_NORMALIZED = 4096;

function upper(digits: string): string {
  let code = NORMALIZED.get(digits);
  if (code === undefined) {
    code = '0x' + digits.toUpperCase().padStart(8, '0');
    if (NORMALIZED.size < MAX_NORMALIZED) NORMALIZED.set(digits, code);
  }
  return code;
}

/** Codes by value as a 32-bit integer, which V8 looks up without hashing a string: for the `0x` form, read from the line with no slice. */
const BY_VALUE = new Map<number, string>();

/** The code of the `count` (1–8) hex digits at `from`, which the caller has matched. */
export function codeOfHexAt(line: string, from: number, count = 8): string {
  let value = 0;
  for (let i = from; i < from + count; i++) value = (value << 4) | hexDigit(line.charCodeAt(i));
  return codeOfValue(value);
}

/** The same, from the token scan's bytes (`Line.bytes`), where the digits are the same ASCII. */
export function codeOfHexBytes(bytes: Uint8Array, from: number, count: number): string {
  let value = 0;
  // A table, not hexDigit: codes mix digits and letters, and a branch per digit was mispredicted.
  for (let i = from; i < from + count; i++) value = (value << 4) | HEX_VALUE[bytes[i]];
  return codeOfValue(value);
}

/** The value of a hex digit's character code (any case). */
const hexDigit = (c: number): number => (c <= 57 ? c - 48 : (c | 32) - 87);
const HEX_VALUE = Uint8Array.from({ length: 256 }, (_, c) => (isHex(c) ? hexDigit(c) : 0));

/**
 * The codes of the values looked up last, by a hash of the value: a log repeats a few codes, and
 * a value past 31 bits is a boxed number to the Map, hashed on each lookup.
 */
const RECENT = 256;
const recentValues = new Int32Array(RECENT);
const recentCodes: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);

/** The code of a 32-bit value (as `value << 4 | …` gives it: signed), one string per value. */
function codeOfValue(value: number): string {
  const slot = (value ^ (value >>> 12) ^ (value >>> 24)) & (RECENT - 1);
  const recent = recentCodes[slot];
  if (recent !== undefined && recentValues[slot] === value) return recent;
  const code = codeOfValueInMap(value);
  recentValues[slot] = value;
  recentCodes[slot] = code;
  return code;
}

function codeOfValueInMap(value: number): string {
  let code = BY_VALUE.get(value);
  if (code === undefined) {
    code = hex8(value);
    if (BY_VALUE.size < MAX_NORMALIZED) BY_VALUE.set(value, code);
  }
  return code;
}

/**
 * The results and errors of one line, in the order they stand. A `0x` token counts only where
 * the line puts a result (see result-position.ts), or in `prose` a failure value with a code in its low word;
 * every keyword form (`*FAILED* [..]`, `resultMapped=`, `hr=`, `Exit code =`, …) is a result by its keyword.
 * `from`: where the `0x` search may start, when the caller knows there is no `0x` token before it
 * (the line filter's first hit: the filter finds every `0x` token these find, and more).
 */
export function extractCodes(line: string, prose = false, from = 0): CodeHit[] {
  const hits: CodeHit[] = [];
  HEX_FORM.lastIndex = from;
  for (let m = HEX_FORM.exec(line); m; m = HEX_FORM.exec(line)) {
    const hit = hexHitAt(line, m.index, prose);
    if (hit) hits.push(hit);
  }
  const tokens = hits.length;
  KEYWORD_FORMS.lastIndex = 0;
  for (let m = KEYWORD_FORMS.exec(line); m; m = KEYWORD_FORMS.exec(line)) {
    const hit = keywordHit(m);
    if (hit) hits.push(hit);
  }
  if (tokens && hits.length > tokens) hits.sort((a, b) => a.index - b.index);
  return hits;
}

/** The sources of the two forms, for a reader that finds their starts by other means and matches there (sticky). */
export const CODE_FORM_SOURCES = { hex: HEX_FORM.source, keyword: KEYWORD_FORMS.source } as const;

/** The hit of the `0x` token at `at`, which the hex form matched, when its place in the line makes it a result. */
export function hexHitAt(line: string, at: number, prose: boolean): CodeHit | undefined {
  const gle = line.startsWith('gle=', at - 4);
  if (gle || isResultPosition(line, at, 10)) return { code: codeOfHexAt(line, at + 2), form: gle ? 'gle' : '0x', index: at };
  if (!prose) return undefined;
  const code = codeOfHexAt(line, at + 2);
  return looksLikeFailure(code) && !NOT_A_RESULT_BEFORE.test(line.slice(Math.max(0, at - 24), at)) ? { code, form: '0x', index: at } : undefined;
}

/**
 * In prose, the words before a value that make it no result: a module's link time
 * (`Faulting module name: KERNELBASE.dll, version: 10.0.17763.2989, time stamp: 0xce358de3`,
 * Application Error events), an offset or an address.
 */
const NOT_A_RESULT_BEFORE = /\b(?:time\s?stamp|offset|address)\s{0,3}[:=]\s{0,3}$/i;

/** The hit of a keyword-form match; none for a decimal or negative value out of range. */
export function keywordHit(m: RegExpExecArray): CodeHit | undefined {
  const at = m.index;
  if (m[1]) return { code: upper(m[1]), form: 'failed', index: at };
  if (m[3]) return { code: upper(m[3]), form: m[2], index: at };
  if (m[4]) return { code: upper(m[4]), form: 'exit-code', index: at };
  if (m[5]) {
    // DISM prints Win32 errors in decimal: `Error: 14098` is 0x80073712.
    const n = Number(m[5]);
    return n > 0 && n < 0x10000 ? { code: hex8(0x80070000 | n), form: 'decimal', index: at } : undefined;
  }
  if (m[6]) return { code: upper(m[6]), form: 'ntstatus', index: at };
  if (m[7]) {
    const n = -Number(m[7]);
    return n >= -0x80000000 ? { code: hex8(n), form: 'ntstatus', index: at } : undefined;
  }
  if (m[8]) return { code: upper(m[8]), form: 'bracket', index: at }; // SLS `… with [00000000] and http status code[304]`
  if (m[9]) {
    const n = Number(m[9]);
    return n > 0 && n < 0x10000 ? { code: hex8(0x80070000 | n), form: 'win32', index: at } : undefined;
  }
  // By name (`HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)`): the line processor looks the name up in the catalog.
  if (m[10]) return { code: '', form: 'win32', index: at, name: m[10].toUpperCase() };
  const csi = m[11] ?? m[12];
  if (csi) return { code: upper(csi), form: 'facility', index: at };
  return undefined;
}

const BARE = /(?<![\w{-])([8c][0-9a-f]{7})(?![\w}-])/gi;

/**
 * Bare 8-digit failure codes standing alone between separators, as in ReportingEvents
 * records (`… 205\t80070643\tAutomaticUpdates …`). Only parsers of those records call it.
 */
export function extractBareCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  BARE.lastIndex = 0;
  for (let m = BARE.exec(text); m; m = BARE.exec(text)) hits.push({ code: upper(m[1]), form: 'bare', index: m.index });
  return hits;
}

/**
 * In prose (text in no known log format: a pasted message, a ticket), a failure value with a
 * code in its low word is taken as a code wherever it stands (`KB5034441 0x80070643`); masks
 * and flags such as `0x80000000` are not.
 */
const looksLikeFailure = (code: string): boolean => /^0x[8C]/.test(code) && !code.endsWith('0000');

/** True for a failure HRESULT/NTSTATUS (severity bit set); success and Win32 values are not. */
export function isFailureCode(code: string): boolean {
  const c = code.charCodeAt(2); // its first digit is 8–9, A–F or a–f
  return (c >= 56 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** `0x800f0821`, `800F0821`, `0X240001` → `0x800F0821`, `0x00240001`. */
export const normalizeCode = (raw: string): string => upper(raw.replace(/^0x/i, ''));
