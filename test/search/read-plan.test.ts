import { describe, expect, it } from 'vitest';
import { pickReads, readPages } from '../../src/search/read-plan.ts';
import type { FoundPage } from '../../src/search/results.ts';

const r = (id: string) => ({ id });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('pickReads', () => {
  it('reads each page once, in plan order, within one budget for all the searches', () => {
    expect(ids(pickReads([[r('a'), r('b')], [r('b'), r('c'), r('d')]], 3))).toEqual(['a', 'b', 'c']);
  });
  it('leaves the words search unread when the phrase search fills the budget', () => {
    expect(ids(pickReads([[r('a'), r('b'), r('c')], [r('d')]], 3))).toEqual(['a', 'b', 'c']);
  });
  it('reads fewer when the searches found fewer', () => {
    expect(ids(pickReads([[], [r('a')]], 12))).toEqual(['a']);
  });
});

describe('readPages', () => {
  /** Pages named by id; ids starting with `t` are truncation-only (nothing highlighted). */
  const page = (id: string): FoundPage => ({ url: `/${id}/`, excerpt: id.startsWith('t') ? id : `<mark>${id}</mark>`, meta: {} });
  const reader = () => {
    const batches: string[][] = [];
    const read = async (results: { id: string }[]) => (batches.push(ids(results)), results.map((x) => page(x.id)));
    return { batches, read };
  };

  it('reads only the results shown when none is dropped', async () => {
    const { batches, read } = reader();
    const pages = await readPages([[r('a'), r('b'), r('c'), r('d')]], read, 2, 3);
    expect(pages.map((p) => p.url)).toEqual(['/a/', '/b/']);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('reads the spares to fill the gap left by truncation-only pages', async () => {
    const { batches, read } = reader();
    const pages = await readPages([[r('a'), r('t1'), r('c'), r('d'), r('e')]], read, 2, 4);
    expect(pages.map((p) => p.url)).toEqual(['/a/', '/c/', '/d/']);
    expect(batches).toEqual([['a', 't1'], ['c', 'd']]);
  });

  it('reads nothing more when there are no spares', async () => {
    const { batches, read } = reader();
    expect((await readPages([[r('t1'), r('a')]], read, 2, 4)).map((p) => p.url)).toEqual(['/a/']);
    expect(batches).toEqual([['t1', 'a']]);
  });
});
