import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../../../src/analyzer/report/verdict-words.ts';

const updates = (n: number) => Array.from({ length: n }, (_, i) => `KB50000${String(i).padStart(2, '0')}`);

describe('what the logs cover, in words', () => {
  it('names every installed update when there are few', () => {
    expect(VERDICT_WORDS.en.covers(2, '2022-10-12', '2022-10-28', ['KB5016623', 'KB5017315'])).toBe(
      'The logs cover 2 files, 2022-10-12 to 2022-10-28; installed in that time: KB5016623, KB5017315.',
    );
  });

  it('names the first eight and counts the rest when a log installs dozens (store apps)', () => {
    const en = VERDICT_WORDS.en.covers(1, '2025-06-02', '2025-06-08', updates(37));
    expect(en).toContain('KB5000007 and 29 more.');
    expect(en).not.toContain('KB5000008');
    const zh = VERDICT_WORDS['zh-CN'].covers(1, '2025-06-02', '2025-06-08', updates(37));
    expect(zh).toContain('KB5000007 等共 37 项。');
  });
});
