import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CAB_FIXTURES, cabFixture, cabextractHashes, hasCabextract, readCab, sha256, storedCab } from './helpers.ts';

/**
 * Member hashes as cabextract 1.11 extracted them, for machines without cabextract; where it is
 * installed, the tests compare with what it extracts now instead.
 */
const EXPECTED: Record<string, Record<string, string>> = {
  'edge/mszip_lzx_qtm.cab': {
    'mszip.txt': '6a2d9536b995c42a9b9daa2c2eaabf9a1e13e594669a420f8d3e66150af33cff',
    'lzx.txt': 'e978598104671296857e0543f4280f4d4e0506dd3cad5162e9f2a4f604fafc78',
    'qtm.txt': 'bdcfdaf09e54d61f950b165b201d4ad5f5acfdecff1fc5641e382aa382c74b45',
  },
  'edge/normal_2files_1folder.cab': {
    'hello.c': '64df1b1e403b6636236bde07ead5039c8a74f91dd3c27d5d6249b46c9e62131d',
    'welcome.c': '5b4e00033bbbd82cbec442f906cff18790cb043783cf7ea1bd25067ec954a562',
  },
  'edge/normal_2files_2folders.cab': {
    'mszip1.txt': '74830f0b25143889f3e6f79798ac90bed21462b50faa33818fb75af01ed9dc67',
    'mszip2.txt': '97a5f0999ca55a8aecaced20fd0c5c28df0d0035691264e3964dbe1a9123f891',
    'lzx1.txt': 'a9cf18335bc692ceaba67292da1864382869a7009e0e638d95020d9e84f2f70c',
    'lzx2.txt': 'c88392cfceb1cc9a2582e8f466a7748e92da2bddd3cc489baae39ad87f6e9626',
  },
  'large-files-cab.cab': { 'large-files.cab': '30e0e3f37c7bdd389b5d1c73d08b2e2b422c50b5c32362e9995504e7c80cb1c1' },
  'CbsPersist_20150310120000.cab': { 'CbsPersist_20150310120000.log': 'ae98829a2438bd84cfb0fc36ea3cd66c65e71e33a661bacf8ed80fb877c8fa0e' },
};

const reference = (path: string) => (hasCabextract ? cabextractHashes(path) : EXPECTED[path]);
const hashes = (members: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(members).map(([n, b]) => [n, sha256(b)]));

describe('the cabinet reader', () => {
  it(`extracts the MSZIP and LZX members byte for byte as ${hasCabextract ? 'cabextract does (run now)' : 'cabextract did (recorded hashes)'}, and refuses the Quantum one by name`, () => {
    const result = readCab('mszip_lzx_qtm.cab', cabFixture('edge/mszip_lzx_qtm.cab'));
    const { 'qtm.txt': _quantum, ...expected } = reference('edge/mszip_lzx_qtm.cab');
    expect(hashes(result.members)).toEqual(expected);
    expect(result.refusedEntries).toEqual([
      { name: 'qtm.txt', reason: 'cab-method', message: expect.stringMatching(/^mszip_lzx_qtm\.cab\/qtm\.txt: folder 2 uses Quantum compression/) },
    ]);
    expect(result.refused).toBeUndefined();
  });

  it.each(['edge/normal_2files_1folder.cab', 'edge/normal_2files_2folders.cab', 'CbsPersist_20150310120000.cab'])('reads every member of %s (several files per folder, several folders)', (path) => {
    const result = readCab(path, cabFixture(path));
    expect(hashes(result.members)).toEqual(reference(path));
    expect(result.refusedEntries).toEqual([]);
  });

  it('decodes 14 MB of LZX with a 2 MiB window (made by makecab) as cabextract does, and never hands out more than one block at a time', () => {
    const result = readCab('large-files-cab.cab', cabFixture('large-files-cab.cab'));
    expect(hashes(result.members)).toEqual(reference('large-files-cab.cab'));
    expect(result.largestPiece).toBeLessThanOrEqual(32768);
  });

  it('reads an MSZIP cabinet whose blocks refer back into the previous block, checksums verified', () => {
    const log = readFileSync(`${CAB_FIXTURES}../../logs/case/CBS.log`);
    const expected = Buffer.concat(Array.from({ length: 80 }, () => log));
    const result = readCab('cbs.cab', cabFixture('cbs-x80-mszip.cab'));
    expect(sha256(result.members['CBS-x80.log'])).toBe(sha256(expected));
  });

  it('gives the same members whatever the chunk size the bytes arrive in', () => {
    const bytes = cabFixture('edge/normal_2files_2folders.cab');
    const whole = hashes(readCab('n.cab', bytes).members);
    for (const chunk of [1, 3, 8, 61]) expect(hashes(readCab('n.cab', bytes, chunk).members)).toEqual(whole);
  });

  it('streams: members come out while the cabinet is still arriving', () => {
    const bytes = cabFixture('cbs-x80-mszip.cab');
    const result = readCab('cbs.cab', bytes, 512);
    expect(result.bytesBeforeLastChunk).toBeGreaterThan(90_000);
  });

  it('reads the whole members of the first cabinet of a set (reserve fields present) and names the ones that continue in the next', () => {
    const result = readCab('split-1.cab', cabFixture('split-1.cab'));
    expect(Object.keys(result.members)).toEqual(['small1.bin']);
    expect(sha256(result.members['small1.bin'])).toBe(hasCabextract ? cabextractHashes('split-1.cab')['small1.bin'] : '416e95ff9e088dca5fa43eeb41acb104852a6c812f3762ac72d6801d1da0ccc2');
    expect(result.refusedEntries.map((e) => [e.name, e.reason])).toEqual([
      ['small2.bin', 'cab-split'],
      ['medium1.bin', 'cab-split'],
    ]);
  });

  it('refuses a member whose data block fails its checksum, naming the block and its byte offset', () => {
    const bytes = cabFixture('cbs-x80-mszip.cab');
    bytes[bytes.length - 100] ^= 0x10;
    const result = readCab('cbs.cab', bytes);
    expect(result.members).toEqual({});
    expect(result.refusedEntries).toEqual([
      { name: 'CBS-x80.log', reason: 'cab-corrupt', message: expect.stringMatching(/^cbs\.cab\/CBS-x80\.log: data block 3 of folder 0 at byte \d+: checksum mismatch/) },
    ]);
  });

  it('refuses a cabinet whose members claim more than the expansion limit before inflating anything', () => {
    const inner = readCab('large-files-cab.cab', cabFixture('large-files-cab.cab')).members['large-files.cab'];
    const result = readCab('large-files.cab', inner, 64 * 1024, 2 ** 31);
    expect(result.refused).toEqual({ reason: 'zip-limit', message: 'large-files.cab: its files claim 6442352640 bytes, past the limit of 2147483648 bytes' });
    expect(result.members).toEqual({});
    expect(result.bytesBeforeLastChunk).toBe(0);
  });

  it('stops at the expansion limit when the blocks expand past it', () => {
    const cab = storedCab({ 'a.log': new Uint8Array(70_000).fill(0x41) });
    // the member claims 70,000 bytes; the budget allows less once other archives used some
    const result = readCab('a.cab', cab, 64 * 1024, 69_999);
    expect(result.refused?.reason).toBe('zip-limit');
  });

  it('refuses block sizes past the format limit before gathering the block', () => {
    const cab = storedCab({ 'a.log': new Uint8Array(100).fill(0x41) });
    const blockAt = cab.length - 100 - 8;
    cab.set([0xff, 0xff], blockAt + 4);
    const result = readCab('a.cab', cab);
    expect(result.refusedEntries[0]).toMatchObject({ name: 'a.log', reason: 'cab-corrupt', message: expect.stringMatching(/at byte \d+: block sizes 65535\/100 pass the 32 KiB block limit/) });
  });
});

describe('broken cabinets (each gives a message, never a throw or a hang)', () => {
  const cases: [string, RegExp][] = [
    ['bad_nofiles.cab', /lists 1 folders and 0 files/],
    ['bad_signature.cab', /no MSCF signature at byte 0/],
    ['cve-2010-2800-mszip-infinite-loop.cab', /file\.txt: data block 0 of folder 0 at byte 69: invalid MSZIP data/],
    ['cve-2015-4470-mszip-over-read.cab', /limerick: data block 0 of folder 0 at byte 69: invalid MSZIP data/],
    ['cve-2015-4471-lzx-under-read.cab', /file entry 0 at byte \d+ lies past the directory limit/],
    ['filename-read-violation-1.cab', /file entry 0 at byte 44 has no name/],
    ['lzx-main-tree-no-lengths.cab', /file\.txt: data block 0 of folder 0 at byte 69: invalid LZX data: a symbol is read from the empty/],
    ['lzx-premature-matches.cab', /file\.txt: data block 0 of folder 0 at byte 69: invalid LZX data: a match refers 2 bytes back/],
    ['partial_nodata.cab', /hello\.c: the cabinet ends at byte 94, inside data block 0 of folder 0/],
    ['partial_shortfile1.cab', /file entry 0 at byte 44 is cut off: the file ends at byte 59/],
    ['search_basic.cab', /no MSCF signature at byte 0/],
  ];

  it.each(cases)('%s', (file, message) => {
    const result = readCab(file, cabFixture(`edge/${file}`));
    const messages = [result.refused?.message, ...result.refusedEntries.map((e) => e.message)].filter(Boolean);
    expect(messages.some((m) => message.test(m!)), messages.join('\n')).toBe(true);
    expect(messages.every((m) => m!.startsWith(`${file}`))).toBe(true);
  });

  it('covers every crafted file in the folder', async () => {
    const { readdirSync } = await import('node:fs');
    const tested = new Set([...cases.map(([f]) => f), 'mszip_lzx_qtm.cab', 'normal_2files_1folder.cab', 'normal_2files_2folders.cab']);
    expect(readdirSync(`${CAB_FIXTURES}edge`).filter((f) => f.endsWith('.cab') && !tested.has(f))).toEqual([]);
  });
});
