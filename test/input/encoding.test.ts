import { describe, expect, it } from 'vitest';
import { sniffEncoding } from '../../src/input/encoding.ts';
import { ChunkDecoder } from '../../src/input/text-decoder.ts';

const ascii = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const withBytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('sniffEncoding', () => {
  it('reads byte-order marks', () => {
    expect(sniffEncoding(withBytes([0xef, 0xbb, 0xbf], ascii('2022')))).toEqual({ encoding: 'utf-8-bom', bom: 3 });
    expect(sniffEncoding(withBytes([0xff, 0xfe], utf16le('2022')))).toEqual({ encoding: 'utf-16le', bom: 2 });
    expect(sniffEncoding(withBytes([0xfe, 0xff], [0, 0x32, 0, 0x30]))).toEqual({ encoding: 'utf-16be', bom: 2 });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    expect(sniffEncoding(utf16le('{2C3C39FA-FC0F-4F44}\t2017-12-12 19:46:19:636+0900\t1'))).toEqual({ encoding: 'utf-16le', bom: 0 });
    const be = utf16le('2017-12-12 19:46:19').map((_, i, a) => a[i ^ 1]);
    expect(sniffEncoding(be).encoding).toBe('utf-16be');
  });

  it('takes GB18030 for Chinese text that is not UTF-8', () => {
    const gbk = withBytes(ascii('Installation '), [0xb0, 0xb2, 0xd7, 0xb0, 0xca, 0xa7, 0xb0, 0xdc], ascii(' 0x8024200B\r\n'));
    expect(sniffEncoding(gbk, true).encoding).toBe('gb18030');
  });

  it('falls back to Windows-1252 for lone high bytes, and keeps UTF-8 when some lines are valid UTF-8', () => {
    expect(sniffEncoding(withBytes(ascii('Microsoft'), [0xae], ascii(' Windows\r\n')), true).encoding).toBe('windows-1252');
    const mixed = withBytes(ascii('安装失败\n'), ascii('Microsoft'), [0xae], ascii(' Windows\n'));
    expect(sniffEncoding(mixed, true).encoding).toBe('utf-8');
  });

  it('does not call a sample invalid because it cut a character in half', () => {
    const text = ascii('line one\n安装失败');
    expect(sniffEncoding(text.subarray(0, text.length - 1)).encoding).toBe('utf-8');
  });
});

describe('ChunkDecoder', () => {
  it('decodes each non-UTF-8 line as Windows-1252 and the others as UTF-8, across chunk boundaries', () => {
    const bytes = withBytes(ascii('安装\r\n'), ascii('Microsoft'), [0xae], ascii(' Windows\r\nend 失败\n'));
    for (const size of [1, 2, 3, 5, bytes.length]) {
      const decoder = new ChunkDecoder('utf-8');
      let text = '';
      for (let i = 0; i < bytes.length; i += size) decoder.push(bytes.subarray(i, i + size), (piece) => (text += piece));
      text += decoder.end();
      expect(text).toBe('安装\r\nMicrosoft® Windows\r\nend 失败\n');
      expect(decoder.fallbackLines).toBe(1);
    }
  });

  it('hands on the line a chunk finishes apart from the chunk\'s other lines, each piece ending at a line end', () => {
    const decoder = new ChunkDecoder('utf-8');
    const pieces: string[] = [];
    for (const chunk of ['one\ntw', 'o\nthree\nfo', 'ur']) decoder.push(ascii(chunk), (piece) => pieces.push(piece));
    expect(pieces).toEqual(['one\n', 'two\n', 'three\n']);
    expect(decoder.end()).toBe('four');
  });

  it('decodes UTF-16 split in the middle of a code unit', () => {
    const bytes = utf16le('Event ID: 20\r\n');
    const decoder = new ChunkDecoder('utf-16le');
    let text = '';
    for (let i = 0; i < bytes.length; i += 3) decoder.push(bytes.subarray(i, i + 3), (piece) => (text += piece));
    expect(text + decoder.end()).toBe('Event ID: 20\r\n');
  });
});
