import { describe, expect, it } from 'vitest';
import { keepIdentity, recallIdentity } from '../../../src/analyzer/extract/package-recall.ts';
import { scanBytes } from '../helpers.ts';

const ROLLUP = 'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7';

/** Where `identity` stands in `line`, and what is recalled there. */
function recallIn(line: string, identity = ROLLUP): string | undefined {
  return recallIdentity(scanBytes(line), 0, line.indexOf(identity), line.length);
}

describe('package identities recalled by their bytes', () => {
  keepIdentity(ROLLUP);

  it('gives back the kept string itself where its bytes stand again', () => {
    expect(recallIn(`Plan: ${ROLLUP}, Update: 5016623`)).toBe(ROLLUP);
    expect(recallIn(`for package: ${ROLLUP}`)).toBe(ROLLUP);
  });

  it('recalls nothing where the form would read a longer name or number there', () => {
    // a name character before: the identity would start earlier
    expect(recallIn(`Foo-${ROLLUP}`)).toBeUndefined();
    expect(recallIn(`x${ROLLUP}`)).toBeUndefined();
    // a digit or a dot after: the version could go on
    expect(recallIn(`${ROLLUP}5`)).toBeUndefined();
    expect(recallIn(`${ROLLUP}.2 x`)).toBeUndefined();
  });

  it('recalls nothing where the bytes differ or the line ends first', () => {
    const other = ROLLUP.replace('3287', '3288');
    expect(recallIn(`Plan: ${other}`, other)).toBeUndefined();
    const cut = ROLLUP.slice(0, -2);
    expect(recallIdentity(scanBytes(`${ROLLUP}`), 0, 0, cut.length)).toBeUndefined();
  });

  it('keeps the last four identities read', () => {
    const names = ['A', 'B', 'C', 'D', 'E'].map((c) => `Package_for_KB500000${c.charCodeAt(0) - 64}~31bf3856ad364e35~amd64~~17763.1.1.1`);
    names.forEach(keepIdentity);
    expect(recallIn(names[4], names[4])).toBe(names[4]);
    expect(recallIn(names[1], names[1])).toBe(names[1]);
    expect(recallIn(names[0], names[0])).toBeUndefined();
  });
});
