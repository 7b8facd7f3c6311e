import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/input/index.ts';
import { eventFromXml } from '../../../src/analyzer/formats/events-xml.ts';
import { crc32 } from '../../../src/input/evtx/crc32.ts';
import { BINARY, binaryFixture, readEvtx } from './fixtures.ts';

/** The reference is XML text: line ends in values come out as LF (XML 1.0 §2.11), and GUID case is the renderer's choice. */
const comparable = (e: EventRecord) => ({
  provider: e.provider,
  eventId: e.eventId,
  time: e.time,
  data: e.data.map((f) => ({ name: f.name, value: f.value.replace(/\r\n/g, '\n').replace(/^\{[0-9A-F-]{36}\}$/i, (g) => g.toUpperCase()) })),
});

describe('EVTX reader', () => {
  const wuclient = binaryFixture('System-wuclient.evtx');

  it('reads every record of a System log with the provider, event id, time and data of the reference XML', () => {
    const { events, warnings } = readEvtx(wuclient);
    const reference = readFileSync(BINARY + 'System-wuclient.reference.xml', 'utf8')
      .split(/(?=<Event[\s>])/)
      .map(eventFromXml)
      .filter((e): e is EventRecord => e !== undefined);
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(1247);
    expect(reference).toHaveLength(1247);
    const byId = new Map(reference.map((e) => [e.recordId, e]));
    for (const event of events) expect(comparable(event), `record ${event.recordId}`).toEqual(comparable(byId.get(event.recordId)!));
  });

  it('gives the same events whatever size the pieces of the file arrive in', () => {
    const whole = readEvtx(wuclient).events;
    for (const piece of [1, 7, 4095, 65537]) expect(readEvtx(wuclient.subarray(0, 300_000), piece).events).toEqual(whole.slice(0, readEvtx(wuclient.subarray(0, 300_000)).events.length));
  });

  it('counts the WindowsUpdateClient events the sample holds', () => {
    const count = (id: number) => readEvtx(wuclient).events.filter((e) => e.provider === 'Microsoft-Windows-WindowsUpdateClient' && e.eventId === id).length;
    expect([19, 20, 43, 44].map(count)).toEqual([37, 2, 38, 505]);
  });

  it('reads every chunk of a log copied while open, whose header counts fewer', () => {
    const { events, warnings, chunks } = readEvtx(binaryFixture('System-misc.evtx'));
    expect(chunks).toBe(15); // the header says 3
    expect(events.map((e) => e.recordId)).toEqual(Array.from({ length: 1881 }, (_, i) => i + 1));
    expect(warnings).toEqual(['test.evtx: byte 0: the log was not closed cleanly (copied while in use): every chunk is read, the header\'s counts are not trusted']);
    expect(events.find((e) => e.eventId === 20 && e.provider === 'Microsoft-Windows-WindowsUpdateClient')?.data[0]).toEqual({ name: 'errorCode', value: '0x80248007' });
  });

  /** The chunk at `at` as Windows leaves a chunk it has started and not yet counted a record in: records end at 512, both checksums right. */
  function emptyHeader(bytes: Uint8Array, at: number): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset + at, 65536);
    for (const field of [16, 24, 32]) view.setBigInt64(field, -1n, true); // last record number, first and last record ids
    view.setUint32(44, 0, true);
    view.setUint32(48, 512, true);
    const chunk = bytes.subarray(at, at + 65536);
    view.setUint32(52, crc32(chunk, 512, 512), true);
    view.setUint32(124, crc32(chunk, 128, 512, crc32(chunk, 0, 120)) >>> 0, true);
  }

  it('reads the records of a chunk whose header counts none yet (a live log copied), when they are newer than all before them', () => {
    const bytes = binaryFixture('System-misc.evtx').slice();
    const last = 4096 + 14 * 65536;
    emptyHeader(bytes, last);
    const { events, warnings } = readEvtx(bytes);
    expect(events.map((e) => e.recordId)).toEqual(Array.from({ length: 1881 }, (_, i) => i + 1));
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`^test\\.evtx: byte \\d+: \\d+ records written after the chunk header was last updated were read$`)));
  });

  it('leaves the older records of a reused chunk whose header counts none: they are from before the log wrapped', () => {
    const misc = binaryFixture('System-misc.evtx');
    const third = 4096 + 2 * 65536;
    // the file as it is, then the third chunk's records again in a chunk that counts none
    const bytes = new Uint8Array(misc.length + 65536);
    bytes.set(misc);
    bytes.set(misc.subarray(third, third + 65536), misc.length);
    emptyHeader(bytes, misc.length);
    const { events } = readEvtx(bytes);
    expect(events.map((e) => e.recordId)).toEqual(Array.from({ length: 1881 }, (_, i) => i + 1));
  });

  it('trusts the chunk headers of a log closed cleanly: a chunk that counts no record holds none, though a cleared log keeps old ones in it', () => {
    const bytes = binaryFixture('System-misc.evtx').slice();
    const header = new DataView(bytes.buffer);
    header.setUint32(120, 0, true); // not dirty
    header.setUint32(124, crc32(bytes, 0, 120) >>> 0, true);
    emptyHeader(bytes, 4096 + 14 * 65536);
    const { events, warnings } = readEvtx(bytes);
    expect(warnings).toEqual([]);
    expect(events.map((e) => e.recordId)).toEqual(Array.from({ length: 1828 }, (_, i) => i + 1));
  });

  it('reads a record caught half-written, and says where', () => {
    const { events, warnings } = readEvtx(binaryFixture('LanguagePackSetup-Operational.evtx'));
    expect(events).toHaveLength(17);
    expect(events[16]).toMatchObject({ provider: 'Microsoft-Windows-LanguagePackSetup', recordId: 17, eventId: 4000 });
    expect(warnings).toContain('test.evtx: byte 12024: a record does not end with its size (written while the file was copied): read as far as it goes');
  });

  it('reads a truncated file up to its last whole chunk and names the offset where it ends', () => {
    const cut = wuclient.subarray(0, 4096 + 2 * 65536 + 1000);
    const { events, warnings } = readEvtx(cut, 5000);
    expect(events.map((e) => e.recordId)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(warnings).toEqual([`test.evtx: byte ${4096 + 2 * 65536}: the file ends in a 1000-byte piece of a chunk: the file is truncated`]);
  });

  it('reads the records whole in the piece of a chunk a cut file ends in: the newest events, which a cut copy would otherwise lose', () => {
    const cut = wuclient.subarray(0, 4096 + 2 * 65536 + 30000);
    const { events, warnings } = readEvtx(cut, 5000);
    // the two whole chunks' 250, then 64 of the third's 117, in sequence, each as the whole file gives it
    expect(events.map((e) => e.recordId)).toEqual(Array.from({ length: 314 }, (_, i) => i + 1));
    expect(events).toEqual(readEvtx(wuclient, 5000).events.slice(0, 314));
    expect(warnings).toEqual([`test.evtx: byte ${4096 + 2 * 65536}: the file ends in a 30000-byte piece of a chunk: the file is truncated; the 64 records whole in it were read`]);
  });

  it('skips a chunk with a broken signature and reads the rest', () => {
    const bytes = wuclient.slice();
    bytes[4096 + 65536] = 0x58;
    const { events, warnings } = readEvtx(bytes);
    expect(events).toHaveLength(1247 - 117);
    expect(warnings).toEqual([`test.evtx: byte ${4096 + 65536}: no ElfChnk signature: the chunk is skipped`]);
  });

  it('reads a chunk whose checksum is wrong, and warns with its offset', () => {
    const bytes = wuclient.slice();
    bytes[4096 + 65032 - 40] ^= 0x01; // a letter in the values of the chunk's last record
    const { events, warnings } = readEvtx(bytes);
    expect(warnings).toEqual([`test.evtx: byte ${4096 + 52}: the checksum of the chunk's records does not match: its records are read with care`]);
    expect(events).toHaveLength(1247);
  });

  it('refuses a record claiming more bytes than its chunk holds, before reading it', () => {
    const bytes = wuclient.slice();
    new DataView(bytes.buffer).setUint32(4096 + 512 + 4, 0x7fffffff, true);
    const { events, warnings } = readEvtx(bytes);
    expect(warnings[1]).toBe(`test.evtx: byte ${4096 + 512}: a record claims 2147483647 bytes, which its chunk does not hold: skipped`);
    expect(events).toHaveLength(1246);
  });
});
