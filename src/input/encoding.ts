/** Text encodings the analyzer reads; the name is what the report shows. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export interface Sniffed {
  encoding: Encoding;
  /** bytes of byte-order mark to skip */
  bom: number;
}

/**
 * Chooses an encoding from the first bytes of a file: BOM first, then NUL-byte
 * placement for BOM-less UTF-16, then strict UTF-8, then GB18030 when the high
 * bytes form valid double-byte pairs, else Windows-1252 (which decodes any byte).
 * `complete` says the sample is the whole file (no sequence was cut at its end).
 */
export function sniffEncoding(sample: Uint8Array, complete = false): Sniffed {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8-bom', bom: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };

  const utf16 = sniffUtf16(sample);
  if (utf16) return { encoding: utf16, bom: 0 };

  // Cut the sample back to a line end, so a multi-byte sequence split by the sample is not a failure.
  const body = complete ? sample : sample.subarray(0, lastNewline(sample));
  if (!hasHighBytes(body) || decodes('utf-8', body)) return { encoding: 'utf-8', bom: 0 };
  if (decodes('gb18030', body) && looksDoubleByte(body)) return { encoding: 'gb18030', bom: 0 };
  // Some lines valid UTF-8 with non-ASCII text, others not: UTF-8, each bad line read as Windows-1252.
  return { encoding: hasUtf8Line(body) ? 'utf-8' : 'windows-1252', bom: 0 };
}

/** ASCII text stored as UTF-16 has a NUL in every other byte. */
function sniffUtf16(sample: Uint8Array): Encoding | undefined {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function lastNewline(bytes: Uint8Array): number {
  const i = bytes.lastIndexOf(0x0a);
  return i < 0 ? bytes.length : i + 1;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/** A line with non-ASCII bytes that is valid UTF-8. */
function hasUtf8Line(bytes: Uint8Array): boolean {
  for (let start = 0; start < bytes.length; ) {
    let stop = bytes.indexOf(0x0a, start);
    if (stop < 0) stop = bytes.length;
    const line = bytes.subarray(start, stop);
    if (hasHighBytes(line) && decodes('utf-8', line)) return true;
    start = stop + 1;
  }
  return false;
}

function decodes(label: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * GB18030 accepts many Windows-1252 byte runs too; real Chinese text has high bytes
 * almost only in pairs whose second byte is also high, while `Microsoft® Windows`
 * puts a lone high byte before ASCII.
 */
function looksDoubleByte(bytes: Uint8Array): boolean {
  let pairs = 0;
  let lone = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    if (bytes[i + 1] >= 0x80) {
      pairs++;
      i++;
    } else lone++;
  }
  return pairs > 0 && lone <= pairs / 4;
}
