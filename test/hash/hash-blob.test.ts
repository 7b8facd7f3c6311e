import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashBlob } from '../../src/hash/hash-blob.ts';
import type { HashEngine } from '../../src/hash/engine.ts';

const subtle = webcrypto.subtle as SubtleCrypto;
const bytes = Uint8Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, i) => (i * 2654435761) >>> 24);
// Several parts, so that the Blob's stream yields many chunks of uneven sizes.
const blob = new Blob([bytes.subarray(0, 5), bytes.subarray(5, 70_001), bytes.subarray(70_001)]);
const expected = createHash('sha256').update(bytes).digest('hex').toUpperCase();

describe.each<HashEngine>(['stream', 'webcrypto'])('hashBlob with the %s engine', (engine) => {
  it('computes the SHA-256 of the whole blob, upper case', async () => {
    const result = await hashBlob(blob, { engine, subtle });
    expect(result).toEqual({ sha256: expected, engine, bytes: bytes.length });
  });

  it('reports growing progress that ends at the blob size', async () => {
    const seen: number[] = [];
    await hashBlob(blob, { engine, subtle, onProgress: (done, total) => (expect(total).toBe(bytes.length), seen.push(done)) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(bytes.length);
  });

  it('hashes an empty file', async () => {
    const result = await hashBlob(new Blob([]), { engine, subtle });
    expect(result.sha256).toBe('E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855');
  });
});

describe('hashBlob fallbacks', () => {
  it('streams when the buffer for WebCrypto cannot be allocated', async () => {
    // Its first size read (the one the in-memory buffer is allocated from) is beyond any memory.
    let reads = 0;
    const huge = { get size() { return reads++ === 0 ? 2 ** 53 : blob.size; }, stream: () => blob.stream() } as unknown as Blob;
    const result = await hashBlob(huge, { engine: 'webcrypto', subtle });
    expect(result.engine).toBe('stream');
    expect(result.sha256).toBe(expected);
  });

  it('refuses the webcrypto engine without crypto.subtle', async () => {
    await expect(hashBlob(blob, { engine: 'webcrypto' })).rejects.toThrow(/crypto\.subtle/);
  });
});

describe('hashBlob on a file that changes while it is read', () => {
  const shorter = (size: number) => ({ size, stream: () => new Blob([bytes.subarray(0, 1000)]).stream() }) as unknown as Blob;

  it.each<HashEngine>(['stream', 'webcrypto'])('fails with the %s engine instead of hashing the wrong bytes', async (engine) => {
    await expect(hashBlob(shorter(bytes.length), { engine, subtle })).rejects.toThrow(/while it was being read/);
  });

  it('fails when the file grew', async () => {
    await expect(hashBlob(shorter(10), { engine: 'webcrypto', subtle })).rejects.toThrow(/grew/);
  });
});
