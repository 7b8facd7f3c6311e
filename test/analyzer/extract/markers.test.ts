import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINE_MARKERS, Markers } from '../../../src/analyzer/extract/markers.ts';
import { SERVICING_MARKERS } from '../../../src/analyzer/formats/servicing.ts';
import { windowsUpdate } from '../../../src/analyzer/formats/windowsupdate.ts';

const found = (markers: Markers, text: string) => markers.words.filter((w) => markers.scan(text) & markers.bit(w));

describe('Markers', () => {
  it('finds the same words as includes, on every line of the sample logs', () => {
    const dir = new URL('../../fixtures/logs/samples/', import.meta.url);
    const sets = [LINE_MARKERS, SERVICING_MARKERS, windowsUpdate.markers!];
    let lines = 0;
    for (const name of readdirSync(dir)) {
      for (const line of readFileSync(new URL(name, dir), 'latin1').split('\n')) {
        lines++;
        for (const markers of sets) expect(found(markers, line)).toEqual(markers.words.filter((w) => line.includes(w)));
      }
    }
    expect(lines).toBeGreaterThan(500);
  });

  it('finds a word that starts another or stands inside it', () => {
    const markers = new Markers(['Install', 'Install call complete (', 'erver', 'Server URL', 'll']);
    expect(found(markers, 'ComApi Install call complete (succeeded = 1')).toEqual(['Install', 'Install call complete (', 'll']);
    expect(found(markers, 'PT Server URL = http://wsus:8530')).toEqual(['erver', 'Server URL']);
    expect(found(markers, 'no marker here')).toEqual([]);
  });

  it('keeps the bits of the words it extends, and refuses a word it does not hold', () => {
    expect(SERVICING_MARKERS.extends(LINE_MARKERS)).toBe(true);
    expect(new Markers(['kb', 'KB']).extends(LINE_MARKERS)).toBe(false);
    expect(() => LINE_MARKERS.bit('DPX phase')).toThrow(/not one of the marker words/);
    expect(() => new Markers(Array.from({ length: 32 }, (_, i) => `w${i}`))).toThrow(/at most 31/);
  });

  it('places the words the line extractors start from, in every set made from the line markers', () => {
    const placed = (markers: Markers) => markers.words.filter((w) => markers.placed & markers.bit(w));
    expect(placed(LINE_MARKERS)).toEqual(['KB', 'kb', 'Package', 'OS ', 'RollupFix']);
    expect(placed(SERVICING_MARKERS)).toEqual(placed(LINE_MARKERS));
    expect(placed(windowsUpdate.markers!)).toEqual(placed(LINE_MARKERS));
    expect(() => new Markers(['KB'], ['kb'])).toThrow(/not one of the marker words/);
  });
});
