import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundsSource } from '../../src/hash/generate-rounds.ts';

describe('rounds.generated.ts', () => {
  it('is exactly what the generator makes (regenerate it, never edit it)', () => {
    const committed = readFileSync(new URL('../../src/hash/rounds.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(roundsSource());
  });

  it('carries the FIPS 180-4 round constants, first and last', () => {
    const source = roundsSource();
    expect(source).toContain(`+ ${0x428a2f98} + w0)`);
    expect(source).toContain(`+ ${0xc67178f2 | 0} + w15)`);
  });
});
