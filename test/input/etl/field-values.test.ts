import { describe, expect, it } from 'vitest';
import { Bytes } from '../../../src/input/etl/bytes.ts';
import { readField } from '../../../src/input/etl/field-values.ts';
import { readSchema } from '../../../src/input/etl/schema.ts';

/** Little helpers to write TraceLogging metadata and payload the way TraceLoggingProvider.h lays them out. */
const ascii = (s: string) => [...new TextEncoder().encode(s), 0];
const utf16 = (s: string) => [...new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer), 0, 0];
const u16 = (n: number) => [n & 0xff, n >> 8];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
const u64 = (n: bigint) => Array.from({ length: 8 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));

function decode(name: string, fields: number[][], payload: number[], next: number[] = []): { event: string; values: Record<string, string> } {
  const body = [0, ...ascii(name), ...fields.flat()];
  const metadata = [...u16(body.length + 2), ...body];
  const b = new Bytes(new Uint8Array([...metadata, ...payload, ...next]));
  const schema = readSchema(b, 0, metadata.length);
  const cursor = { at: metadata.length, end: metadata.length + payload.length };
  const values = Object.fromEntries(schema.fields.map((f) => [f.name, readField(b, f, cursor)]));
  expect(cursor.at).toBe(cursor.end); // every payload byte belongs to a field
  return { event: schema.name, values };
}

describe('TraceLogging fields', () => {
  it('strings: UTF-16 and 8-bit, NUL-terminated or counted', () => {
    const { event, values } = decode(
      'Strings',
      [[...ascii('wide'), 1], [...ascii('narrow'), 2], [...ascii('counted'), 22], [...ascii('countedAnsi'), 23]],
      [...utf16('Install call complete'), ...ascii('安装'), ...u16(6), ...utf16('abc').slice(0, 6), ...u16(2), 0x68, 0x69],
    );
    expect(event).toBe('Strings');
    expect(values).toEqual({ wide: 'Install call complete', narrow: '安装', counted: 'abc', countedAnsi: 'hi' });
  });

  it('error codes print in hex whatever their in-type; other numbers in decimal', () => {
    const { values } = decode(
      'Codes',
      [[...ascii('hr'), 7 | 0x80, 15], [...ascii('win32'), 8 | 0x80, 13], [...ascii('status'), 8 | 0x80, 14], [...ascii('count'), 7], [...ascii('size'), 10], [...ascii('flags'), 20]],
      [...u32(0x80070570), ...u32(5), ...u32(0xc0000005), ...u32(0xffffffff), ...u64(583290000n), ...u32(0x10)],
    );
    expect(values).toEqual({ hr: '0x80070570', win32: '0x00000005', status: '0xC0000005', count: '-1', size: '583290000', flags: '0x00000010' });
  });

  it('GUIDs, FILETIMEs, booleans and SIDs', () => {
    const guid = [0x19, 0x6f, 0x7a, 0x0b, 0xc4, 0x47, 0x4e, 0x45, 0x8c, 0x5c, 0xe8, 0x68, 0xd6, 0x37, 0xe4, 0xd8];
    const { values } = decode(
      'Things',
      [[...ascii('id'), 15], [...ascii('when'), 17], [...ascii('ok'), 13], [...ascii('flag'), 4 | 0x80, 3], [...ascii('sid'), 19]],
      [...guid, ...u64(0x01dc3896e51e242fn), ...u32(1), 0, 1, 1, 0, 0, 0, 0, 0, 5, ...u32(18)],
    );
    expect(values).toEqual({ id: '{0B7A6F19-47C4-454E-8C5C-E868D637E4D8}', when: '2025/10/08 21:02:45.4479919 UTC', ok: 'true', flag: 'false', sid: 'S-1-5-18' });
  });

  it('arrays of variable and fixed length, and structs', () => {
    const { values } = decode(
      'Shapes',
      [[...ascii('codes'), 8 | 0x40 | 0x80, 15], [...ascii('pair'), 6 | 0x20, ...u16(2)], [...ascii('update'), 24 | 0x80, 2], [...ascii('kb'), 1], [...ascii('result'), 7 | 0x80, 15]],
      [...u16(2), ...u32(0x8024001e), ...u32(0x80242008), ...u16(3), ...u16(4), ...utf16('KB5016623'), ...u32(0x80070570)],
    );
    expect(values).toEqual({ codes: '[0x8024001E, 0x80242008]', pair: '[3, 4]', update: '{kb=KB5016623, result=0x80070570}' });
  });

  it('a field type with no known size stops the event with its name', () => {
    expect(() => decode('Odd', [[...ascii('mystery'), 16]], [1, 2, 3, 4])).toThrow('field mystery has in-type 16, which has no known size');
  });

  it('a value that runs past the payload is an error, never a read of the next event', () => {
    expect(() => decode('Short', [[...ascii('n'), 9]], [1, 2, 3], [4, 5, 6, 7, 8])).toThrow('field passes the end of the payload');
    expect(() => decode('Short', [[...ascii('s'), 1]], [0x41, 0], [0, 0])).toThrow('has no terminator');
  });
});
