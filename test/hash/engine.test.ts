import { describe, expect, it } from 'vitest';
import { chooseEngine, inMemoryLimit } from '../../src/hash/engine.ts';

const MB = 1024 * 1024;

describe('chooseEngine', () => {
  it('uses WebCrypto for a file that fits in memory in a secure context', () => {
    expect(chooseEngine(100 * MB, { subtle: true })).toBe('webcrypto');
    expect(chooseEngine(0, { subtle: true })).toBe('webcrypto');
  });

  it('streams a file above the in-memory limit', () => {
    expect(chooseEngine(inMemoryLimit() + 1, { subtle: true })).toBe('stream');
    expect(chooseEngine(1024 * MB, { subtle: true, deviceMemoryGb: 8 })).toBe('stream');
  });

  it('streams every file where crypto.subtle is missing (plain-http intranet host)', () => {
    expect(chooseEngine(1, { subtle: false })).toBe('stream');
    expect(chooseEngine(1, { subtle: false, deviceMemoryGb: 8 })).toBe('stream');
  });

  it('keeps a 583 MB package in memory only on machines that report 8 GB or more', () => {
    const size = 583.29 * MB;
    expect(chooseEngine(size, { subtle: true, deviceMemoryGb: 8 })).toBe('webcrypto');
    expect(chooseEngine(size, { subtle: true, deviceMemoryGb: 4 })).toBe('stream');
    expect(chooseEngine(size, { subtle: true })).toBe('stream');
  });
});
