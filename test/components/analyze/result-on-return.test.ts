import { describe, expect, it } from 'vitest';
import { keepForReturn, keepScrollForReturn, resultOnReturn, scrollOnReturn } from '../../../src/components/analyze/result-on-return.ts';
import { caseReport } from './case-report.ts';

/** A tab's session storage, with a quota in characters as browsers have one. */
class TabStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (value.length > this.quota) throw new DOMException('over quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('the result kept for coming back to the analyzer', () => {
  it('comes back on a Back or Forward to the page, as it was', async () => {
    const report = await caseReport();
    const storage = new TabStorage();
    keepForReturn(report, storage);
    expect(resultOnReturn('back_forward', storage)).toEqual(report);
  });

  it('does not come back on a fresh visit or a reload', async () => {
    const storage = new TabStorage();
    keepForReturn(await caseReport(), storage);
    expect(resultOnReturn('navigate', storage)).toBeUndefined();
    expect(resultOnReturn('reload', storage)).toBeUndefined();
  });

  it('is nothing when none was kept, or what was kept does not read as a report', () => {
    const storage = new TabStorage();
    expect(resultOnReturn('back_forward', storage)).toBeUndefined();
    storage.setItem('update-triage:analyzer-result', '{"schema":"other"}');
    expect(resultOnReturn('back_forward', storage)).toBeUndefined();
  });

  it('keeps where the page was scrolled, and is at the top when nothing was kept', () => {
    const storage = new TabStorage();
    expect(scrollOnReturn(storage)).toBe(0);
    keepScrollForReturn(2167.4, storage);
    expect(scrollOnReturn(storage)).toBe(2167);
    storage.setItem('update-triage:analyzer-scroll', 'not a number');
    expect(scrollOnReturn(storage)).toBe(0);
  });

  it('a result too large to keep leaves none, not the one before it', async () => {
    const report = await caseReport();
    const storage = new TabStorage(JSON.stringify(report).length - 1);
    storage.setItem('update-triage:analyzer-result', JSON.stringify({ ...report, findings: [] }));
    expect(() => keepForReturn(report, storage)).not.toThrow();
    expect(resultOnReturn('back_forward', storage)).toBeUndefined();
  });
});
