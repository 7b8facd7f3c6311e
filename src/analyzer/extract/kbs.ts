/**
 * `KB5016623`, `KB 5016623`, `_for_KB5016623`, `-KB5016623-x64.cab`. The literal comes first and
 * the look-behind after it (no letter or digit before the `KB`): V8 then searches for the literal,
 * which costs less than trying the look-behind at every position.
 */
const KB = /KB(?<![A-Za-z0-9]KB) ?(\d{6,7})(?!\d)/gi;

/**
 * Servicing package identities: `Package_for_KB5020683~31bf3856ad364e35~amd64~~19041.2304.1.3`,
 * `Microsoft-Windows-NetFx3-OC-Package~31bf3856ad364e35~amd64~~10.0.17763.1`. Found from the
 * literal `Package` (fast to search), then widened to the left by hand: a regex that starts
 * at the name would try every position of a long line.
 */
export const PACKAGE = /Package[\w.-]{0,60}~[0-9a-fA-F]{16}~[A-Za-z0-9]*~[\w-]*~\d+(?:\.\d+){1,3}/g;

/** Update package files: `Windows10.0-KB5016623-x64.cab`, found from their KB number and widened by hand. */
const FILE_KB = /KB\d{6,7}/gi;
const PACKAGE_EXT = /\.(?:cab|msu|psf|wim)$/i;

/** `[\w.-]` by character code, for widening names by hand. */
export function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

/** `limit`: stop after that many, for callers that want only the first. */
export function extractKbs(line: string, limit = Infinity): string[] {
  const out: string[] = [];
  KB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = KB.exec(line))) out.push('KB' + m[1]);
  return out;
}

/** A package as the update an operation worked on: its identity or file name, and the KB in it (`Package_for_KB3177467~…`). */
export const packageRef = (identity: string): { package: string; kb: string | undefined } => ({ package: identity, kb: extractKbs(identity, 1)[0] });

/** `limit`: stop after that many, for callers that want only the first. */
export function extractPackages(line: string, limit = Infinity): string[] {
  const out: string[] = [];
  PACKAGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = PACKAGE.exec(line))) out.push(packageIdentity(line, m.index, m.index + m[0].length));
  return out;
}

/** Characters a package identity's name is widened by, at most, to the left of its `Package`. */
export const MAX_WIDENING = 120;

/** The identity whose `Package…~…` part stands at `[at, end)`: its name widened to the left. */
export function packageIdentity(line: string, at: number, end: number): string {
  let start = at;
  while (start > 0 && at - start < MAX_WIDENING && isNameChar(line.charCodeAt(start - 1))) start--;
  return line.slice(start, end);
}

/** `limit`: stop after that many, for callers that want only the first. */
export function extractPackageFiles(line: string, limit = Infinity): string[] {
  const out: string[] = [];
  FILE_KB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = FILE_KB.exec(line))) {
    let start = m.index;
    while (start > 0 && m.index - start < 80 && isNameChar(line.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < line.length && end - m.index < 80 && isNameChar(line.charCodeAt(end))) end++;
    const name = line.slice(start, end);
    if (PACKAGE_EXT.test(name)) out.push(name);
    FILE_KB.lastIndex = end;
  }
  return out;
}
