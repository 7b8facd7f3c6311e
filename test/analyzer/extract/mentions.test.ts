import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitIndex, LINE_MARKERS, MAX_PLACES, type MarkerPlaces } from '../../../src/analyzer/extract/markers.ts';
import { buildMentions, kbMentions, packageMentions } from '../../../src/analyzer/extract/mentions.ts';
import { scanBytes } from '../helpers.ts';

const PLACED = ['KB', 'kb', 'Package', 'OS ', 'RollupFix'];

/** The places of the placed words in `line`, as the token line layer notes them (at most MAX_PLACES each, then "more"). */
function placesIn(line: string): MarkerPlaces {
  const places = { count: new Uint8Array(32), at: new Int32Array(32 * MAX_PLACES) };
  for (const word of PLACED) {
    const i = bitIndex(LINE_MARKERS.bit(word));
    let n = 0;
    for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1), n++) if (n < MAX_PLACES) places.at[i * MAX_PLACES + n] = at;
    places.count[i] = Math.min(n, MAX_PLACES + 1);
  }
  return places;
}

const all = (line: string, places?: MarkerPlaces) => {
  const marks = LINE_MARKERS.scan(line);
  return [kbMentions(line, marks, places), packageMentions(line, marks, places), buildMentions(line, marks, places)];
};

describe('what a line mentions', () => {
  it('reads KB numbers as Windows writes them, KB or kb, and not inside a longer word or number', () => {
    const line = 'Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7 windows10.0-kb5017315-x64.msu KB 5005112 Kb5000001 XKB5000002 KB50000033';
    expect(all(line)[0]).toEqual(['KB5016623', 'KB5017315', 'KB5005112']);
  });

  it('reads package identities with their names, and the build of a rollup', () => {
    const line = 'Appl: Package: Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~zh-CN~10.0.17763.1, Plan: Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7';
    const [, packages, builds] = all(line);
    expect(packages).toEqual(['Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~zh-CN~10.0.17763.1', 'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7']);
    expect(builds).toEqual(['17763.3287']);
  });

  it('reads DISM image versions and OS Build titles, in the case Windows writes them', () => {
    expect(all('Target image information: OS Version=10.0.19045.2965, Image LangID=1033')[2]).toEqual(['19045.2965']);
    expect(all('August 9, 2022-KB5016623 (OS Build 17763.3287)')[2]).toEqual(['17763.3287']);
    expect(all('os build 17763.3287, OS BUILD 17763.3287')[2]).toEqual([]);
  });

  it('finds at the places the token scan noted what a search of the line finds, however many there are', () => {
    const word = fc.constantFrom('KB5016623', 'kb5016623', 'KB 5016623', 'KB', 'kb', 'XKB5016623', 'KB50166230', 'Package', 'Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7',
      'Microsoft-Windows-Foo-Package~31bf3856ad364e35~amd64~zh-CN~10.0.17763.1', 'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7', 'Package_for_RollupFix', 'RollupFix~',
      'OS Version=10.0.19045.2965', 'OS Build 17763.3287', 'xOS Build 17763.1', 'OS ', '~', '.', '1', 'a', ' ', '-', '无法');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        const line = words.join('');
        expect(all(line, placesIn(line))).toEqual(all(line));
      }),
      { numRuns: 500 },
    );
  });

  it("reads each KB from the scan's bytes at its place exactly as the KB form matches there, the same string each time", () => {
    const word = fc.constantFrom('KB5016623', 'kb5016623', 'KB 5016623', 'KB  5016623', 'KB016623', 'KB0166230', 'KB501662', 'KB50166230', 'KB501662301', 'KB', 'kb', 'Kb5016623',
      'XKB5016623', '1KB5016623', '_KB5016623', '-KB5016623', '无法KB5016623', 'KB5016623无法', 'KB 无法', '1', '0', ' ', 'x', '.', '~');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        const line = words.join('');
        const marks = LINE_MARKERS.scan(line);
        const fromBytes = kbMentions(line, marks, placesIn(line), scanBytes(`x\n${line}\n5`), 2);
        expect(fromBytes).toEqual(kbMentions(line, marks, placesIn(line)));
        expect(fromBytes).toEqual(all(line)[0]);
      }),
      { numRuns: 500 },
    );
    const line = 'KB5016623 and KB5016623';
    const [first, second] = kbMentions(line, LINE_MARKERS.scan(line), placesIn(line), scanBytes(line), 0);
    expect(first).toBe('KB5016623');
    expect(Object.is(first, second)).toBe(true);
  });

  it('recalls at a place a package identity read before exactly where the package form would read it again', () => {
    const rollup = 'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7';
    const word = fc.constantFrom(rollup, rollup + '5', rollup + '.9', rollup + '.', rollup + ',', 'x' + rollup, '-' + rollup, rollup.replace('3287', '3288'),
      'Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7', 'Microsoft-Windows-Foo-Package~31bf3856ad364e35~amd64~zh-CN~10.0.17763.1',
      'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287', 'Package', ' ', ': ', '无法', '1', '.',
      // names widened to the left, which share their bytes from Package on
      'Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~zh-CN~10.0.17763.1',
      'Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~fr-FR~10.0.17763.1',
      'LanguagePack-Package~31bf3856ad364e35~amd64~zh-CN~10.0.17763.1', 'A-Package~31bf3856ad364e35~amd64~~10.0.17763.1',
      `${'N'.repeat(118)}-Package~31bf3856ad364e35~amd64~~10.0.17763.1`, `${'N'.repeat(119)}-Package~31bf3856ad364e35~amd64~~10.0.17763.1`,
      `${'N'.repeat(125)}-Package~31bf3856ad364e35~amd64~~10.0.17763.1`, ', Parent: Microsoft-Windows-Foundation, Disposition = Detect');
    // A run of lines, so that what one line leaves kept is recalled on the next ones.
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 8 }), { maxLength: 12 }), (lines) => {
        for (const words of lines) {
          const line = words.join('');
          const marks = LINE_MARKERS.scan(line);
          // the line in the middle of a larger text, as a chunk holds it
          const bytes = scanBytes(`x\n${line}\n5`);
          expect(packageMentions(line, marks, placesIn(line), bytes, 2)).toEqual(packageMentions(line, marks, placesIn(line)));
        }
      }),
      { numRuns: 600 },
    );
  });
});
