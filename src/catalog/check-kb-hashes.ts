/**
 * Hashes across KB records: two records with the same SHA-256, or with hashes a couple of
 * characters apart, mean one of them was copied or typed wrong (the case's hash went round
 * with one character off). Either stops the build at the later record's `sha256:` line.
 */
import { ContentError } from './content-error.ts';
import type { ParsedFile } from './front-matter.ts';
import type { KbRecord } from './types.ts';

/** Hashes of different files agree on a digit one time in 16: this close is a copy gone wrong. */
export const MIN_HASH_DISTANCE = 3;

const distance = (a: string, b: string): number => {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
};

/** `parsed` and `kbs` in the same order (one compiled record per parsed file). */
export function checkKbHashes(parsed: readonly ParsedFile[], kbs: readonly KbRecord[]): void {
  const seen: { record: KbRecord; file: ParsedFile }[] = [];
  kbs.forEach((record, i) => {
    if (record.sha256 === null) return;
    const file = parsed[i];
    for (const earlier of seen) {
      const d = distance(record.sha256, earlier.record.sha256!);
      const where = `${earlier.file.file}:${earlier.file.lineOf(['sha256'])}`;
      if (d === 0) {
        throw new ContentError(file.file, file.lineOf(['sha256']), `${record.kb} has the same SHA-256 as ${earlier.record.kb} (${where})`, 'one file cannot be two packages: compute the hash again from each package file (update-triage kb record FILE)');
      }
      if (d < MIN_HASH_DISTANCE) {
        throw new ContentError(file.file, file.lineOf(['sha256']), `the SHA-256 of ${record.kb} is ${d} character${d === 1 ? '' : 's'} from that of ${earlier.record.kb} (${where})`, 'one of them was copied wrong: compute both again from the package files (update-triage kb record FILE)');
      }
    }
    seen.push({ record, file });
  });
}
