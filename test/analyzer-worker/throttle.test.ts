import { describe, expect, it } from 'vitest';
import { throttle } from '../../src/analyzer-worker/throttle.ts';

describe('throttle', () => {
  it('lets the first value through, holds back those within the interval, and flushes the last', () => {
    let clock = 0;
    const sent: number[] = [];
    const t = throttle((v: number) => sent.push(v), 100, () => clock);
    t.push(1);
    clock = 50;
    t.push(2);
    t.push(3);
    expect(sent).toEqual([1]);
    clock = 120;
    t.push(4);
    expect(sent).toEqual([1, 4]);
    clock = 130;
    t.push(5);
    t.flush();
    expect(sent).toEqual([1, 4, 5]);
  });

  it('flushes nothing when nothing was held back', () => {
    const sent: number[] = [];
    const t = throttle((v: number) => sent.push(v), 100, () => 0);
    t.push(1);
    t.flush();
    t.flush();
    expect(sent).toEqual([1]);
  });
});
