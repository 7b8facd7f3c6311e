import { describe, expect, it } from 'vitest';
import { forgetIdentities, keepIdentity, recallIdentity, recalled } from '../../../src/analyzer/extract/package-recall.ts';
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
    names.forEach((name) => keepIdentity(name));
    for (const name of names) expect(recallIn(`for package: ${name}, ApplicableState: 112`, name)).toBe(name);
  });

  it('tells apart identities whose first bytes are the same (one slot, then the next)', () => {
    const versions = ['17763.3287.1.7', '17763.3346.1.6', '17763.3406.1.5'].map((v) => `Package_for_RollupFix~31bf3856ad364e35~amd64~~${v}`);
    versions.forEach((name) => keepIdentity(name));
    for (const name of versions) expect(recallIn(`Plan: ${name}`, name)).toBe(name);
    expect(recallIn(`Plan: ${versions[0].replace('3287', '3650')}`, versions[0].replace('3287', '3650'))).toBeUndefined();
  });

  it('starts again once it holds 1024, so that no log grows it without end', () => {
    forgetIdentities();
    const names = Array.from({ length: 1025 }, (_, i) => `Package_for_KB${4000000 + i}~31bf3856ad364e35~amd64~~10.0.1.0`);
    names.forEach((name) => keepIdentity(name));
    expect(recallIn(names[0], names[0])).toBeUndefined();
    expect(recallIn(names[1023], names[1023])).toBeUndefined();
    expect(recallIn(names[1024], names[1024])).toBe(names[1024]);
  });
});

describe('identities whose names start before their Package', () => {
  const LANGUAGES = ['zh-CN', 'zh-TW', 'fr-FR', 'de-DE', 'ja-JP', 'en-US'];
  const packs = LANGUAGES.map((lang) => `Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~${lang}~10.0.17763.1`);
  const BEFORE_PACKAGE = 'Microsoft-Windows-Client-LanguagePack-'.length;
  const line = (identity: string) => `Appl: detect Parent, Package: ${identity}, Parent: Microsoft-Windows-Foundation, Disposition = Detect`;
  /** Keeps `identity` as the package form reads it in `text`, and recalls it there after. */
  const keepIn = (text: string, identity: string) => {
    const before = identity.indexOf('Package');
    keepIdentity(identity, before, scanBytes(text), 0, text.indexOf(identity) + before, text.length);
  };
  const recallAt = (text: string, identity: string) => recallIdentity(scanBytes(text), 0, text.indexOf(identity) + identity.indexOf('Package'), text.length);

  it('recalls each of many names that share their bytes from Package on, as itself, and says where it starts', () => {
    forgetIdentities();
    for (const pack of packs) keepIn(line(pack), pack);
    for (const pack of packs) {
      expect(recallAt(line(pack), pack)).toBe(pack);
      expect(recalled.before).toBe(BEFORE_PACKAGE);
    }
  });

  it('recalls nothing where the name would start elsewhere, or the line around a short identity differs', () => {
    forgetIdentities();
    keepIn(line(packs[0]), packs[0]);
    // a longer name: the form would widen it further to the left
    expect(recallAt(line(`Foo${packs[0]}`), packs[0])).toBeUndefined();
    // another name before the same Package
    expect(recallAt(line(packs[0].replace('Client-', 'Server-')), packs[0].replace('Client-', 'Server-'))).toBeUndefined();
  });

  it('keeps nothing where the line ends within the key, and reads it with the regex there', () => {
    forgetIdentities();
    const short = 'Microsoft-Windows-Foo-Package~31bf3856ad364e35~amd64~~6.3.1';
    keepIn(`: ${short}`, short);
    expect(recallAt(`: ${short}`, short)).toBeUndefined();
    expect(recallAt(line(short), short)).toBeUndefined();
  });

  it('keeps a short identity with the bytes of the line after it: where they differ, the regex reads it', () => {
    forgetIdentities();
    const short = 'Microsoft-Windows-Foo-Package~31bf3856ad364e35~amd64~~6.3.1';
    keepIn(line(short), short);
    expect(recallAt(line(short), short)).toBe(short);
    const elsewhere = `Plan: ${short}; Update: Microsoft-Windows-Foo`;
    expect(recallAt(elsewhere, short)).toBeUndefined();
    keepIn(elsewhere, short);
    expect(recallAt(elsewhere, short)).toBe(short);
  });

  it('keeps no name the widening may have cut short', () => {
    forgetIdentities();
    const long = `${'A'.repeat(130)}-Package~31bf3856ad364e35~amd64~~10.0.17763.1`;
    const text = line(long);
    const at = text.indexOf('-Package') + 1;
    // as packageIdentity reads it: 120 characters of the name before its Package, and the rest
    const cut = long.slice(long.indexOf('Package') - 120);
    keepIdentity(cut, 120, scanBytes(text), 0, at, text.length);
    expect(recallIdentity(scanBytes(text), 0, at, text.length)).toBeUndefined();
  });
});
