import type { CodeHit } from './codes.ts';
import { LINE_MARKERS } from './markers.ts';

/**
 * Lines that end an operation with success, in any log: a scan, download or install
 * call (`* END * … Exit code = 0x00000000`, `Completed install of CBS update … hr=0x0`,
 * `Post-reboot status for session …: 0x00000000`), a servicing session
 * (`Exec: Processing complete … [HRESULT = 0x00000000 - S_OK]`, `Session: … finalized`),
 * a DISM command (`The operation completed successfully.`), a phase of Windows setup
 * (`Execution phase [Pre OOBE] exiting with HRESULT [0x00000000]`) or a ConfigMgr scan
 * (`Updates scan completion received, result = 0x0.`, `Successfully completed scan.`) or install
 * (`Update 1 (…) finished installing (0x00000000)`, `Detect after reboot job completed with result = 0x0`).
 * A failure written before such a line was outlived by the work that followed it.
 */
const END_OF_OPERATION = /\* END \*|Processing complete|finalized\.|Post-reboot status|Completed install|completion received|returned hr|exiting with HRESULT|finished installing|job completed with result/;
const WORDED = /The operation completed successfully|Successfully completed scan|Installation Successful/;
const ZERO_RESULT = /\b(?:hr|result)\s?[=:]\s?0x0\b/i;

const UCCESS = LINE_MARKERS.bit('uccess');
const ZERO = LINE_MARKERS.bit('0x0');

/** `marks`: the line's marker words (see markers.ts). */
export function endsWithSuccess(line: string, codes: readonly CodeHit[], marks: number): boolean {
  // Marker words first: this runs on every line read, and most lines are neither.
  if (marks & UCCESS && WORDED.test(line)) return true;
  if (!(marks & ZERO) && !codes.some((c) => c.code === '0x00000000')) return false;
  if (!END_OF_OPERATION.test(line)) return false;
  if (codes.some((c) => c.code !== '0x00000000' && c.form !== 'gle' && (c.code.startsWith('0x8') || c.code.startsWith('0xC')))) return false;
  return codes.some((c) => c.code === '0x00000000') || ZERO_RESULT.test(line);
}
