/** Zips made in the tests, where a real one would be large or hard to come by. */
import { zipSync, strToU8 } from 'fflate';

/** A zip of three entries whose local header of `Logs/CBS.log` says it is encrypted (flag bit 0). */
export function zipWithEncryptedEntry(): Uint8Array {
  const zip = zipSync({ 'Logs/WindowsUpdate.log': strToU8('a'.repeat(3000)), 'Logs/CBS.log': strToU8('b'.repeat(3000)), 'Logs/名前.log': strToU8('c') });
  for (let at = 0; at + 4 <= zip.length; at++) {
    const local = zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x03 && zip[at + 3] === 0x04;
    const central = zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x01 && zip[at + 3] === 0x02;
    const name = (o: number, n: number) => new TextDecoder().decode(zip.subarray(o, o + n));
    if (local && name(at + 30, zip[at + 26] | (zip[at + 27] << 8)) === 'Logs/CBS.log') zip[at + 6] |= 1;
    if (central && name(at + 46, zip[at + 28] | (zip[at + 29] << 8)) === 'Logs/CBS.log') zip[at + 8] |= 1;
  }
  return zip;
}
