import { describe, expect, it } from 'vitest';
import { readChunks } from '../../src/input/read-chunks.ts';

/** A web stream of `count` chunks of `size` bytes (chunk i filled with i), counting how often it was asked for one. */
function countedStream(count: number, size: number) {
  const asked = { times: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (asked.times === count) return controller.close();
        controller.enqueue(new Uint8Array(size).fill(asked.times++));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, asked };
}

describe('readChunks', () => {
  it('gives every chunk of a web stream, in order', async () => {
    const { stream } = countedStream(20, 1000);
    const seen: number[] = [];
    for await (const chunk of readChunks(stream)) seen.push(chunk[0], chunk.length);
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => [i, 1000]).flat());
  });

  it('reads a web stream ahead of its reader, so the source goes on while a chunk is worked on', async () => {
    const { stream, asked } = countedStream(100, 64 * 1024);
    const chunks = readChunks(stream)[Symbol.asyncIterator]();
    await chunks.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked.times).toBeGreaterThan(10);
    // and no further than its read-ahead of 8 MiB
    expect(asked.times).toBeLessThanOrEqual(8 * 16 + 2);
    await chunks.return?.(undefined);
  });

  it('gives an async iterable as it is, and any array buffer as bytes', async () => {
    async function* source() {
      yield new Uint8Array([1, 2]);
      yield new Uint8Array([3]).buffer as unknown as Uint8Array;
    }
    const seen: number[][] = [];
    for await (const chunk of readChunks(source())) seen.push([...chunk]);
    expect(seen).toEqual([[1, 2], [3]]);
  });

  it('ends with the error of a stream that fails', async () => {
    const stream = new ReadableStream<Uint8Array>({ pull: (c) => c.error(new Error('disk gone')) });
    await expect(async () => {
      for await (const _ of readChunks(stream)) void _;
    }).rejects.toThrow('disk gone');
  });
});
