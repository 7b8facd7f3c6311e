import { describe, expect, it } from 'vitest';
import { forgetIdentities, keepIdentity, recallIdentity } from '../../../src/analyzer/extract/package-recall.ts';
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

  it('keeps the hundreds of identities a real CBS.log names, each recalled as itself', () => {
    const names = Array.from({ length: 400 }, (_, i) => `Package_for_KB${3000000 + i * 7919}~31bf3856ad364e35~amd64~~6.3.1.${i % 9}`);
    names.forEach(keepIdentity);
    for (const name of names) expect(recallIn(`for package: ${name}, ApplicableState: 112`, name)).toBe(name);
  });

  it('tells apart identities whose first bytes are the same (one slot, then the next)', () => {
    const versions = ['17763.3287.1.7', '17763.3346.1.6', '17763.3406.1.5'].map((v) => `Package_for_RollupFix~31bf3856ad364e35~amd64~~${v}`);
    versions.forEach(keepIdentity);
    for (const name of versions) expect(recallIn(`Plan: ${name}`, name)).toBe(name);
    expect(recallIn(`Plan: ${versions[0].replace('3287', '3650')}`, versions[0].replace('3287', '3650'))).toBeUndefined();
  });

  it('starts again once it holds 512, so that no log grows it without end', () => {
    forgetIdentities();
    const names = Array.from({ length: 513 }, (_, i) => `Package_for_KB${4000000 + i}~31bf3856ad364e35~amd64~~10.0.1.0`);
    names.forEach(keepIdentity);
    expect(recallIn(names[0], names[0])).toBeUndefined();
    expect(recallIn(names[511], names[511])).toBeUndefined();
    expect(recallIn(names[512], names[512])).toBe(names[512]);
  });
});
