import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchData } from '../../../src/components/search/fetch-data.ts';

const data = { version: 1, kbs: ['KB5016623'] };
const serve = (body: Uint8Array<ArrayBuffer>, status = 200) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status })));

afterEach(() => vi.unstubAllGlobals());

describe('fetchData', () => {
  it('inflates a gzip file the server sent as it is', async () => {
    serve(new Uint8Array(gzipSync(JSON.stringify(data))));
    expect(await fetchData('data/lookup.json.gz')).toEqual(data);
  });
  it('reads a body the browser inflated already (server sent Content-Encoding: gzip)', async () => {
    serve(new TextEncoder().encode(JSON.stringify(data)));
    expect(await fetchData('data/lookup.json.gz')).toEqual(data);
  });
  it('fails with the path and status when the file is missing', async () => {
    serve(new Uint8Array(), 404);
    await expect(fetchData('data/lookup.json.gz')).rejects.toThrow('data/lookup.json.gz: HTTP 404');
  });
});
