import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalHeaderFlags } from '../../src/input/zip-local-headers.ts';
import { zipWithEncryptedEntry } from './zip-samples.ts';

describe('the flags of local headers, read as a zip streams past', () => {
  it('knows the encrypted entry, whatever the chunks its bytes arrive in', () => {
    const zip = zipWithEncryptedEntry();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: zip.length }), { maxLength: 12 }), (cuts) => {
        const flags = new LocalHeaderFlags();
        const points = [...new Set([0, ...cuts, zip.length])].sort((a, b) => a - b);
        for (let i = 0; i + 1 < points.length; i++) flags.push(zip.subarray(points[i], points[i + 1]));
        expect(flags.isEncrypted('Logs/CBS.log')).toBe(true);
        expect(flags.isEncrypted('Logs/WindowsUpdate.log')).toBe(false);
        expect(flags.isEncrypted('Logs/名前.log')).toBe(false);
      }),
    );
  });
});
