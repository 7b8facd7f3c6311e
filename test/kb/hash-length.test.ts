import { describe, expect, it } from 'vitest';
import { almostHash, visibleText } from '../../src/kb/hash-length.ts';
import { findSha256 } from '../../src/kb/find-sha256.ts';

// The case's KB5016623 record (content/kb/kb5016623.md)
const RECORD = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';
const records = [{ kb: 'KB5016623', sha256: RECORD }, { kb: 'KB0000001', sha256: null }];

describe('a value that is almost a SHA-256', () => {
  it('a digit dropped while copying: not that KB, with the place it is missing from', () => {
    const dropped = RECORD.slice(0, 57) + RECORD.slice(58);
    expect(almostHash(dropped, records)).toEqual({ kind: 'length', digits: 63, near: { record: records[0], position: 58, dropped: true } });
  });
  it('a digit doubled while copying, in certutil\'s pairs', () => {
    const doubled = (RECORD.slice(0, 10) + 'A' + RECORD.slice(10)).toLowerCase().replace(/(..)/g, '$1 ');
    expect(almostHash(doubled, records)).toMatchObject({ kind: 'length', digits: 65, near: { position: 11, dropped: false } });
  });
  it('a length off with no record one digit away is only its length; a SHA-1 is said to be one', () => {
    expect(almostHash('ab'.repeat(31) + 'c', records)).toEqual({ kind: 'length', digits: 63 });
    expect(almostHash('SHA1 hash of x.msu: ' + 'a1'.repeat(20), records)).toEqual({ kind: 'sha1', digits: 40 });
  });
  it('says nothing of short numbers, a whole SHA-256, or words', () => {
    expect(almostHash('KB5016623', records)).toBeUndefined();
    expect(almostHash(RECORD, records)).toBeUndefined();
    expect(almostHash('no hash here', records)).toBeUndefined();
  });
});

describe('invisible characters inside a pasted hash', () => {
  it('a zero-width space or soft hyphen from a chat is no character of the hash', () => {
    const pasted = RECORD.slice(0, 20) + '\u200B' + RECORD.slice(20, 40) + '\u00AD' + RECORD.slice(40);
    expect(visibleText(pasted)).toBe(RECORD);
    expect(findSha256(pasted)).toBe(RECORD);
  });
});
