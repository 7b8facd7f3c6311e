import { describe, expect, it } from 'vitest';
import { differenceMarks, matchHash, type HashRecord } from '../../src/kb/hash-match.ts';
import { findSha256 } from '../../src/kb/find-sha256.ts';
import { hashNear } from '../../src/i18n/kb-match.ts';

/** The record's hash and the one the case's earlier e-mail carried (one character off). */
const RECORD = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';
const CASE_TYPO = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289BBFB6CED';
const records: HashRecord[] = [
  { kb: 'KB5005112', sha256: null },
  { kb: 'KB5016623', sha256: RECORD, fileName: 'windows10.0-kb5016623-x64.msu' },
];

describe('matchHash', () => {
  it('names the record and file of an exact hash, in any case', () => {
    expect(matchHash(RECORD.toLowerCase(), records)).toEqual({ kind: 'exact', sha256: RECORD, record: records[1] });
  });
  it("calls the case's typo a mismatch of KB5016623, with the position", () => {
    const match = matchHash(CASE_TYPO, records);
    expect(match).toMatchObject({ kind: 'near', record: { kb: 'KB5016623' }, expected: RECORD, differences: [{ position: 58, typed: 'B', record: '8' }] });
    if (match.kind !== 'near') throw new Error('expected a near miss');
    expect(hashNear('en', 'KB5016623', match.differences)).toBe('This is NOT the SHA-256 of KB5016623: 1 character differs (position 58: B where the record has 8)');
    expect(hashNear('zh-CN', 'KB5016623', match.differences)).toBe('这不是 KB5016623 的 SHA-256：有 1 个字符不同（第 58 位：这里是 B，记录中是 8）');
    expect(differenceMarks(match.differences)).toBe(' '.repeat(57) + '^');
  });
  it('says none for a hash far from every record', () => {
    expect(matchHash('0'.repeat(64), records)).toEqual({ kind: 'none', sha256: '0'.repeat(64) });
    const fiveOff = RECORD.slice(0, 59) + '00000';
    expect(matchHash(fiveOff, records).kind).toBe('none');
  });
  it('refuses text that is not a SHA-256', () => {
    expect(() => matchHash('1CBE', records)).toThrow(/not a SHA-256/);
  });
});

describe('findSha256', () => {
  it('reads a bare value, with colons or spaces', () => {
    expect(findSha256(CASE_TYPO.toLowerCase())).toBe(CASE_TYPO);
    expect(findSha256(RECORD.match(/../g)!.join(':'))).toBe(RECORD);
  });
  it("reads certutil's output, with pairs on old systems", () => {
    const pairs = RECORD.toLowerCase().match(/../g)!.join(' ');
    const certutil = `SHA256 hash of Windows10.0-KB5016623-x64.msu:\r\n${pairs}\r\nCertUtil: -hashfile command completed successfully.\r\n`;
    expect(findSha256(certutil)).toBe(RECORD);
  });
  it("reads Get-FileHash's table and list output", () => {
    const table = `Algorithm       Hash                                                                   Path\n---------       ----                                                                   ----\nSHA256          ${CASE_TYPO}       C:\\Temp\\windows10.0-kb5016623-x64.msu\n`;
    expect(findSha256(table)).toBe(CASE_TYPO);
    expect(findSha256(`Algorithm : SHA256\nHash      : ${RECORD}\nPath      : C:\\x.msu`)).toBe(RECORD);
  });
  it('finds nothing in 63 or 65 digits', () => {
    expect(findSha256(RECORD.slice(1))).toBeUndefined();
    expect(findSha256(RECORD + 'A')).toBeUndefined();
    expect(findSha256('SHA256 hash of x.msu: (none)')).toBeUndefined();
  });
});
