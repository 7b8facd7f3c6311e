import { describe, expect, it } from 'vitest';
import { readUrlKb } from '../../../src/components/verify/url-kb.ts';
import type { HashRecord } from '../../../src/kb/hash-match.ts';
import type { KbFact } from '../../../src/kb/near-kb.ts';

const SHA = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';
const RECORDS: HashRecord[] = [
  { kb: 'KB5016623', sha256: SHA },
  { kb: 'KB4023057', sha256: null },
];
const FACTS: KbFact[] = [
  { kb: 'KB5016623', releaseDate: '2022-08-09', osBuild: '17763.3287', kind: 'cumulative' },
  { kb: 'KB4023057', releaseDate: '2022-06-14', kind: 'other' },
];

describe('readUrlKb: the KB a link to /verify/ names', () => {
  it.each(['?kb=KB5016623', '?kb=kb5016623', '?kb=KB%205016623', '?kb=%EF%BC%AB%EF%BC%A25016623', '?kb=5016623'])('%s is the record', (search) => {
    expect(readUrlKb(search, RECORDS, FACTS)).toEqual({ kind: 'record', record: RECORDS[0] });
  });
  it("the case's KB6016623 is a near miss of KB5016623, not a KB to check against", () => {
    expect(readUrlKb('?kb=KB6016623', RECORDS, FACTS)).toEqual({
      kind: 'miss',
      miss: { kind: 'near', typed: 'KB6016623', candidates: [{ fact: FACTS[0], edit: 'substitution' }] },
    });
  });
  it('a KB number far from every record is said to be unknown', () => {
    expect(readUrlKb('?kb=KB1234567', RECORDS, FACTS)).toEqual({ kind: 'miss', miss: { kind: 'none', typed: 'KB1234567' } });
  });
  it('names nothing without a KB number', () => {
    expect(readUrlKb('', RECORDS, FACTS)).toBeUndefined();
    expect(readUrlKb('?kb=', RECORDS, FACTS)).toBeUndefined();
    expect(readUrlKb('?kb=latest', RECORDS, FACTS)).toBeUndefined();
    expect(readUrlKb('?q=KB6016623', RECORDS, FACTS)).toBeUndefined();
  });
});
