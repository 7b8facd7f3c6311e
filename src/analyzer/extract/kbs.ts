/** `KB5016623`, `KB 5016623`, `_for_KB5016623`, `-KB5016623-x64.cab`. */
const KB = /(?<![A-Za-z0-9])KB ?(\d{6,7})(?!\d)/gi;

/**
 * Servicing package identities: `Package_for_KB5020683~31bf3856ad364e35~amd64~~19041.2304.1.3`.
 * Found from their public-key token (`~` + 16 hex + `~`), then widened by hand: a regex
 * that starts at the name would try every position of a long line.
 */
const TOKEN = /~[0-9a-fA-F]{16}~/g;
const AFTER_TOKEN = /[a-zA-Z0-9]*~[\w-]*~\d+(?:\.\d+){1,3}/y;
const NAME_CHAR = /[\w.-]/;

/** Update package files: `Windows10.0-KB5016623-x64.cab`, found from their KB number and widened by hand. */
const FILE_KB = /KB\d{6,7}/gi;
const PACKAGE_EXT = /\.(?:cab|msu|psf|wim)$/i;

export function extractKbs(line: string): string[] {
  const out: string[] = [];
  KB.lastIndex = 0;
  for (let m = KB.exec(line); m; m = KB.exec(line)) out.push('KB' + m[1]);
  return out;
}

export function extractPackages(line: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    let start = m.index;
    while (start > 0 && m.index - start < 200 && NAME_CHAR.test(line[start - 1])) start--;
    AFTER_TOKEN.lastIndex = m.index + m[0].length;
    const tail = AFTER_TOKEN.exec(line);
    if (tail && start < m.index && /[A-Za-z]/.test(line[start])) out.push(line.slice(start, AFTER_TOKEN.lastIndex));
    if (tail) TOKEN.lastIndex = AFTER_TOKEN.lastIndex;
  }
  return out;
}

export function extractPackageFiles(line: string): string[] {
  const out: string[] = [];
  FILE_KB.lastIndex = 0;
  for (let m = FILE_KB.exec(line); m; m = FILE_KB.exec(line)) {
    let start = m.index;
    while (start > 0 && m.index - start < 80 && NAME_CHAR.test(line[start - 1])) start--;
    let end = m.index + m[0].length;
    while (end < line.length && end - m.index < 80 && NAME_CHAR.test(line[end])) end++;
    const name = line.slice(start, end);
    if (PACKAGE_EXT.test(name)) out.push(name);
    FILE_KB.lastIndex = end;
  }
  return out;
}
