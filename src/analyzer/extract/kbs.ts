/** `KB5016623`, `KB 5016623`, `_for_KB5016623`, `-KB5016623-x64.cab`. */
const KB = /(?<![A-Za-z0-9])KB ?(\d{6,7})(?!\d)/gi;

/** Servicing package identities: `Package_for_KB5020683~31bf3856ad364e35~amd64~~19041.2304.1.3`. */
const PACKAGE = /(?<![\w.-])([A-Za-z][\w.-]*~[0-9a-f]{16}~[a-z0-9]*~[\w-]*~\d+(?:\.\d+){1,3})/gi;

/** Update package files: `Windows10.0-KB5016623-x64.cab`. Bounded runs keep the scan linear. */
const PACKAGE_FILE = /(?<![\w.-])([\w.-]{0,80}KB\d{6,7}[\w.-]{0,80}\.(?:cab|msu|psf|wim))(?![\w.])/gi;

export function extractKbs(line: string): string[] {
  const out: string[] = [];
  KB.lastIndex = 0;
  for (let m = KB.exec(line); m; m = KB.exec(line)) out.push('KB' + m[1]);
  return out;
}

export function extractPackages(line: string): string[] {
  const out: string[] = [];
  PACKAGE.lastIndex = 0;
  for (let m = PACKAGE.exec(line); m; m = PACKAGE.exec(line)) out.push(m[1]);
  return out;
}

export function extractPackageFiles(line: string): string[] {
  const out: string[] = [];
  PACKAGE_FILE.lastIndex = 0;
  for (let m = PACKAGE_FILE.exec(line); m; m = PACKAGE_FILE.exec(line)) out.push(m[1]);
  return out;
}
