import { looksLikeEtl } from './etl/wmi-buffer.ts';

/** Why a file was not read as text; the report shows a localized sentence for each. */
export type UnreadableReason =
  | 'cab-corrupt'
  | 'cab-method'
  | 'cab-split'
  | 'evtx'
  | 'etl'
  | 'binary'
  | 'zip-corrupt'
  | 'zip-limit'
  | 'zip-depth'
  | 'zip-method'
  | 'zip-encrypted'
  | 'read-error'
  | 'empty'
  | 'windowsupdate-stub'
  | 'windowsupdate-undecoded';

export type Container = 'zip' | 'cab' | 'text' | { unreadable: UnreadableReason };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** Recognises containers and binary files by their first bytes, never by name. */
export function sniffContainer(sample: Uint8Array): Container {
  if (sample.length === 0) return { unreadable: 'empty' };
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04]) || startsWith(sample, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(sample, [0x4d, 0x53, 0x43, 0x46])) return 'cab'; // "MSCF"
  if (startsWith(sample, [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00])) return { unreadable: 'evtx' }; // "ElfFile\0"
  if (looksLikeEtl(sample)) return { unreadable: 'etl' }; // read by EtlReader, not as text
  // A byte-order mark says text, whatever bytes follow (UTF-16 CJK text has many low bytes).
  if (startsWith(sample, [0xef, 0xbb, 0xbf]) || startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return 'text';
  return looksBinary(sample) ? { unreadable: 'binary' } : 'text';
}

/**
 * Text, even UTF-16, has few control bytes outside tab/CR/LF/NUL-pairs; binary files
 * are full of them. UTF-16 is caught by its regular NUL pattern before this runs.
 */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) nul++;
    else if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  const evenOdd = utf16Shaped(b, n);
  if (evenOdd) return control > n * 0.1;
  return nul > n * 0.01 || control > n * 0.1;
}

function utf16Shaped(b: Uint8Array, n: number): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > n / 2 * 0.3 && Math.min(even, odd) < n / 2 * 0.05;
}
