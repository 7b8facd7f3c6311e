import { describe, expect, it } from 'vitest';
import { editDistance, singleEdit } from '../../src/kb/edit-distance.ts';
import { matchKb, type KbFact } from '../../src/kb/near-kb.ts';
import { kbDidYouMean } from '../../src/i18n/kb-match.ts';

const KB5016623: KbFact = { kb: 'KB5016623', releaseDate: '2022-08-09', osBuild: '17763.3287', kind: 'cumulative' };
const facts: KbFact[] = [
  KB5016623,
  { kb: 'KB5016690', releaseDate: '2022-08-23', osBuild: '17763.3346', kind: 'cumulative' },
  { kb: 'KB5005112', releaseDate: '2021-08-10', kind: 'servicing-stack' },
];

describe('singleEdit', () => {
  it('names each kind of typing mistake', () => {
    expect(singleEdit('6016623', '5016623')).toBe('substitution');
    expect(singleEdit('5016263', '5016623')).toBe('transposition');
    expect(singleEdit('501662', '5016623')).toBe('deletion');
    expect(singleEdit('50166233', '5016623')).toBe('insertion');
  });
  it('is undefined for the same number or two edits', () => {
    expect(singleEdit('5016623', '5016623')).toBeUndefined();
    expect(singleEdit('6016624', '5016623')).toBeUndefined();
    expect(editDistance('6016624', '5016623')).toBe(2);
  });
  it('agrees with the edit distance on every pair of short numbers near each other', () => {
    // Digits from a small set, so that most pairs are a few edits apart: all of ten thousand pairs.
    let seed = 17;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    const number = () => Array.from({ length: 4 + random(3) }, () => '1223'[random(4)]).join('');
    for (let k = 0; k < 10000; k++) {
      const [typed, real] = [number(), number()];
      const edit = singleEdit(typed, real);
      expect(edit !== undefined, `${typed} → ${real}`).toBe(editDistance(typed, real, 1) === 1);
      if (edit === 'deletion' || edit === 'insertion') expect(typed.length - real.length).toBe(edit === 'insertion' ? 1 : -1);
      if (edit === 'substitution') expect([...typed].filter((c, i) => c !== real[i])).toHaveLength(1);
    }
  });
});

describe('matchKb', () => {
  it('finds the record itself', () => {
    expect(matchKb('KB5016623', facts)).toEqual({ kind: 'exact', fact: KB5016623 });
  });
  it("answers the case's KB6016623 with KB5016623", () => {
    const match = matchKb('KB6016623', facts);
    expect(match).toEqual({ kind: 'near', typed: 'KB6016623', candidates: [{ fact: KB5016623, edit: 'substitution' }] });
  });
  it('lists several candidates, the closest first, then the newest', () => {
    const near = [
      { kb: 'KB5016622', releaseDate: '2022-01-01', kind: 'other' as const },
      { kb: 'KB5016624', releaseDate: '2022-09-01', kind: 'other' as const },
      { kb: 'KB501662', releaseDate: '2023-01-01', kind: 'other' as const },
    ];
    const match = matchKb('KB5016629', [...facts, ...near]);
    expect(match.kind === 'near' && match.candidates.map((c) => c.fact.kb)).toEqual(['KB5016624', 'KB5016623', 'KB5016622', 'KB501662']);
  });
  it('says none when nothing is one edit away', () => {
    expect(matchKb('KB1234567', facts)).toEqual({ kind: 'none', typed: 'KB1234567' });
  });
});

describe('kbDidYouMean', () => {
  it('says what the issue asks, in both languages', () => {
    expect(kbDidYouMean('en', 'KB6016623', [KB5016623])).toBe('No KB6016623 — did you mean KB5016623 (2022-08 cumulative update, 17763.3287)?');
    expect(kbDidYouMean('zh-CN', 'KB6016623', [KB5016623])).toBe('没有 KB6016623 —— 是否要找 KB5016623（2022-08 累积更新，17763.3287）？');
  });
});
