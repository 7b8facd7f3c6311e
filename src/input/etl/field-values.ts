import { UTF16, UTF8, type Bytes } from './bytes.ts';
import type { Field } from './schema.ts';
import { formatStamp } from './time-zone.ts';

/** TlgIn_t and TlgOut_t values (TraceLoggingProvider.h) this reader prints. */
const In = {
  UnicodeString: 1, AnsiString: 2, Int8: 3, UInt8: 4, Int16: 5, UInt16: 6, Int32: 7, UInt32: 8, Int64: 9, UInt64: 10,
  Float: 11, Double: 12, Bool32: 13, Binary: 14, Guid: 15, FileTime: 17, SystemTime: 18, Sid: 19, HexInt32: 20,
  HexInt64: 21, CountedString: 22, CountedAnsiString: 23, Struct: 24, CountedBinary: 25,
} as const;
const Out = { Boolean: 3, Hex: 4, Win32Error: 13, NtStatus: 14, HResult: 15 } as const;

/** Longest array printed; the rest is counted. */
const MAX_ELEMENTS = 64;

export interface Cursor {
  at: number;
  end: number;
}

/** Reads one field's value(s) at the cursor and returns them as text; throws past the payload. */
export function readField(b: Bytes, field: Field, c: Cursor): string {
  if (field.count === 'custom') {
    const size = b.u16(c.at);
    c.at += 2 + size;
    if (c.at > c.end) throw new RangeError('custom field passes the payload');
    return `(${size} bytes)`;
  }
  const n = field.count === 'fixed' ? field.fixed : field.count === 'variable' ? take(c, 2, b.u16(c.at)) : 1;
  if (field.count === 'one') return readOne(b, field, c);
  const values: string[] = [];
  for (let i = 0; i < n; i++) {
    const value = readOne(b, field, c);
    if (i < MAX_ELEMENTS) values.push(value);
  }
  return `[${values.join(', ')}${n > MAX_ELEMENTS ? `, … ${n - MAX_ELEMENTS} more` : ''}]`;
}

function take<T>(c: Cursor, n: number, value: T): T {
  c.at += n;
  if (c.at > c.end) throw new RangeError('field passes the end of the payload');
  return value;
}

const hex = (n: number | bigint, width: number) => `0x${n.toString(16).toUpperCase().padStart(width, '0')}`;

function readOne(b: Bytes, field: Field, c: Cursor): string {
  const at = c.at;
  switch (field.inType) {
    case In.UnicodeString: {
      const s = b.utf16z(at, c.end);
      c.at = s.next;
      return s.text;
    }
    case In.AnsiString: {
      const s = b.utf8z(at, c.end);
      c.at = s.next;
      return s.text;
    }
    case In.CountedString:
      return UTF16.decode(b.slice(at + 2, take(c, 2 + b.u16(at), b.u16(at))));
    case In.CountedAnsiString:
      return UTF8.decode(b.slice(at + 2, take(c, 2 + b.u16(at), b.u16(at))));
    case In.Binary:
    case In.CountedBinary:
      return bytesHex(b.slice(at + 2, take(c, 2 + b.u16(at), b.u16(at))));
    case In.Int8:
      return take(c, 1, String((b.u8(at) << 24) >> 24));
    case In.UInt8:
      return take(c, 1, field.outType === Out.Boolean ? String(b.u8(at) !== 0) : integer(b.u8(at), field.outType, 2));
    case In.Int16:
      return take(c, 2, String((b.u16(at) << 16) >> 16));
    case In.UInt16:
      return take(c, 2, integer(b.u16(at), field.outType, 4));
    case In.Int32:
      return take(c, 4, field.outType === Out.HResult || field.outType === Out.Hex ? hex(b.u32(at), 8) : String(b.i32(at)));
    case In.UInt32:
      return take(c, 4, integer(b.u32(at), field.outType, 8));
    case In.HexInt32:
      return take(c, 4, hex(b.u32(at), 8));
    case In.Int64:
      return take(c, 8, String(b.i64(at)));
    case In.UInt64:
      return take(c, 8, field.outType === Out.Hex ? hex(b.u64(at), 16) : String(b.u64(at)));
    case In.HexInt64:
      return take(c, 8, hex(b.u64(at), 16));
    case In.Float:
      return take(c, 4, String(new DataView(b.slice(at, 4).slice().buffer).getFloat32(0, true)));
    case In.Double:
      return take(c, 8, String(new DataView(b.slice(at, 8).slice().buffer).getFloat64(0, true)));
    case In.Bool32:
      return take(c, 4, String(b.u32(at) !== 0));
    case In.Guid:
      return take(c, 16, `{${b.guid(at).toUpperCase()}}`);
    case In.FileTime:
      return take(c, 8, `${formatStamp(b.i64(at))} UTC`);
    case In.SystemTime:
      return take(c, 16, systemTime(b, at));
    case In.Sid:
      return take(c, 8 + 4 * b.u8(at + 1), sid(b, at));
    case In.Struct:
      return `{${(field.members ?? []).map((m) => `${m.name}=${readField(b, m, c)}`).join(', ')}}`;
    default:
      throw new Error(`field ${field.name} has in-type ${field.inType}, which has no known size`);
  }
}

/** Error codes print in hex, as the analyzer reads them; other numbers in decimal. */
function integer(value: number, outType: number, width: number): string {
  return outType === Out.Hex || outType === Out.HResult || outType === Out.NtStatus || outType === Out.Win32Error ? hex(value, width) : String(value);
}

function bytesHex(bytes: Uint8Array): string {
  const shown = [...bytes.subarray(0, 64)].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `0x${shown}${bytes.length > 64 ? `… (${bytes.length} bytes)` : ''}`;
}

function systemTime(b: Bytes, o: number): string {
  const w = (i: number) => String(b.u16(o + 2 * i)).padStart(2, '0');
  return `${b.u16(o)}/${w(1)}/${w(3)} ${w(4)}:${w(5)}:${w(6)}.${String(b.u16(o + 14)).padStart(3, '0')}`;
}

function sid(b: Bytes, o: number): string {
  const count = b.u8(o + 1);
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + b.u8(o + i);
  const subs = Array.from({ length: count }, (_, i) => b.u32(o + 8 + 4 * i));
  return `S-${b.u8(o)}-${authority}${subs.map((s) => `-${s}`).join('')}`;
}
