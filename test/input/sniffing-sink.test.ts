import { describe, expect, it } from 'vitest';
import { SAMPLE_BYTES, SniffingSink } from '../../src/input/sniffing-sink.ts';

function recorder() {
  const calls: { head?: number; complete?: boolean; pushed: number[]; ended: boolean } = { pushed: [], ended: false };
  const sink = new SniffingSink((head, complete) => {
    Object.assign(calls, { head: head.length, complete });
    return { push: (c) => calls.pushed.push(c.length), end: () => (calls.ended = true) };
  });
  return { sink, calls };
}

describe('SniffingSink', () => {
  it('decides once enough bytes arrived, with them as one head, then passes the rest through', () => {
    const { sink, calls } = recorder();
    sink.push(new Uint8Array(SAMPLE_BYTES / 2));
    expect(calls.head).toBeUndefined();
    sink.push(new Uint8Array(SAMPLE_BYTES / 2));
    expect(calls).toMatchObject({ head: SAMPLE_BYTES, complete: false, pushed: [SAMPLE_BYTES] });
    sink.push(new Uint8Array(10));
    sink.end();
    expect(calls).toMatchObject({ pushed: [SAMPLE_BYTES, 10], ended: true });
  });

  it('decides at the end of a short file, telling the chooser it saw all of it', () => {
    const { sink, calls } = recorder();
    sink.push(new Uint8Array(3));
    sink.end();
    expect(calls).toMatchObject({ head: 3, complete: true, pushed: [3], ended: true });
  });

  it('drops everything once stopped', () => {
    const { sink, calls } = recorder();
    sink.push(new Uint8Array(5));
    sink.stop();
    sink.push(new Uint8Array(SAMPLE_BYTES));
    sink.end();
    expect(calls).toEqual({ pushed: [], ended: false });
  });
});
