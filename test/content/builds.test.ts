import { beforeAll, describe, expect, it } from 'vitest';
import { compileFromDisk } from '../../scripts/lib/load-catalog.ts';
import type { BuildRow } from '../../src/catalog/types.ts';

let rows: BuildRow[];
beforeAll(async () => {
  rows = (await compileFromDisk()).catalog.builds.filter((r) => r.build.startsWith('17763.'));
}, 60_000);

describe('the 17763 build table', () => {
  it('confirms every row added from 2026-06 on with a second, different source', () => {
    const recent = rows.filter((r) => r.date >= '2026-06-01');
    expect(recent.length).toBeGreaterThan(0);
    for (const row of recent) {
      expect(row.confirmedBy, row.build).toMatch(/\S/);
      expect(row.confirmedBy, row.build).not.toBe(row.source);
    }
  });
  it('confirms every row of 2018 and 2019 with a second, different source', () => {
    const early = rows.filter((r) => r.date < '2020-01-01');
    expect(rows.find((r) => r.build === '17763.437')?.kb).toBe('KB4493509');
    // one source only gives 17763.402 a date (see the file's header): not added
    expect(early.map((r) => r.build)).not.toContain('17763.402');
    for (const row of early) {
      expect(row.confirmedBy, row.build).toMatch(/\S/);
      expect(row.confirmedBy, row.build).not.toBe(row.source);
      // each source quotes the row's own build and KB
      for (const text of [row.source, row.confirmedBy!]) expect(text, row.build).toContain(row.kb);
      expect(row.confirmedBy, row.build).toContain(row.build.split('.')[1]);
    }
  });
  it('lists builds in release order, one KB per Patch Tuesday', () => {
    const revisions = rows.map((r) => Number(r.build.split('.')[1]));
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    // 17763.2213 and .2210 are both KB5005625 (see the file's header); otherwise revisions rise with dates
    const falls = revisions.filter((v, i) => i > 0 && v < revisions[i - 1]);
    expect(falls.length).toBeLessThanOrEqual(1);
    expect(rows.find((r) => r.build === '17763.3287')?.kb).toBe('KB5016623');
  });
});
