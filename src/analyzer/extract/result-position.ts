/**
 * Whether a `0x` + 8 hex digits token stands where its line puts a result or an error.
 * Logs are full of other 8-digit hex values (flags `0x00000080`, types `0x00000004`,
 * masks, sizes, offsets, handles, ids): those stay evidence text and are never counted.
 *
 * A token is a result when the words just before it name one (`error`, `hr`, `HRESULT`,
 * `status`, `result`, `code`, `ErrorCode`, `returned`, `Error with`, `finished installing (`,
 * `errorCode">`, `错误为`, the agent's `FATAL: UH:`), when a symbolic error
 * name follows it (`0x800f0922 - CBS_E_INSTALLERS_FAILED`), or in the result column of
 * WIMGAPI lines in setupact.log (`[1676.1796] [0x80070570] ResExtract:…`).
 */
const KEYWORD_BEFORE =
  /(?:\b(?:error|err|errors|hr|hresult|result|status|code|returned|failure|failed|gle|finished \w{3,12}|(?:error|result|exit|return)_?code)|错误为?|错误代码|代码|结果)['"]?\s{0,3}(?:with|is|was|of|[=:：>])?\s{0,3}[[(]?\s{0,2}$/i;
/** `Post-reboot status for session 30898227_2712392487: 0x00000000` */
const STATUS_OF_BEFORE = /\b(?:status|result)\s(?:for|of)\s[^:=]{1,40}[:=]\s{0,2}$/i;
const WIMGAPI_BEFORE = /^\s*\[\d+\.\d+\]\s\[$/;
/** The update agent's own failure mark, before its component: `Handler FATAL: UH: 0x80070057: EvaluateApplicability failed`. */
const FATAL_BEFORE = /\bFATAL:\s{0,2}(?:[A-Z]{1,8}:\s{0,2})?$/;
const NAME_AFTER = /^\]?\s{0,3}(?:-\s{0,3}|\()?[A-Z][A-Z0-9]*_[A-Z0-9_]{2,}/;

/** How far back the keyword may sit: `Error with 0x…`, `[HRESULT = 0x…`, `hr: 0x…`. */
const LOOK_BACK = 24;

export function isResultPosition(line: string, index: number, length: number): boolean {
  // CBS writes most results so (`[HRESULT = 0x800f0821 - CBS_E_ABORT]`): known without a regex.
  return (index >= 11 && line.startsWith(HRESULT_BEFORE, index - 11)) || isResultByWords(line, index, length);
}

/** What stands just before CBS's results: the case isResultPosition knows without a regex. */
export const HRESULT_BEFORE = '[HRESULT = ';

/** isResultPosition where the text before the token is known not to be HRESULT_BEFORE. */
export function isResultByWords(line: string, index: number, length: number): boolean {
  const before = line.slice(Math.max(0, index - LOOK_BACK), index);
  if (KEYWORD_BEFORE.test(before)) return true;
  if (STATUS_OF_BEFORE.test(line.slice(Math.max(0, index - 64), index))) return true;
  if (index < 40 && WIMGAPI_BEFORE.test(line.slice(0, index))) return true;
  if (FATAL_BEFORE.test(before)) return true;
  return NAME_AFTER.test(line.slice(index + length, index + length + 60));
}
