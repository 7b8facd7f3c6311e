import { EvtxFormatError } from './format-error.ts';

/** BinXML value types (libevtx documentation, "Value types"); 0x80 marks an array of the type. */
export const ValueType = {
  Null: 0x00,
  String: 0x01,
  AnsiString: 0x02,
  Int8: 0x03,
  UInt8: 0x04,
  Int16: 0x05,
  UInt16: 0x06,
  Int32: 0x07,
  UInt32: 0x08,
  Int64: 0x09,
  UInt64: 0x0a,
  Real32: 0x0b,
  Real64: 0x0c,
  Bool: 0x0d,
  Binary: 0x0e,
  Guid: 0x0f,
  SizeT: 0x10,
  FileTime: 0x11,
  SystemTime: 0x12,
  Sid: 0x13,
  HexInt32: 0x14,
  HexInt64: 0x15,
  BinXml: 0x21,
  Array: 0x80,
} as const;

const utf16 = new TextDecoder('utf-16le');
const latin1 = new TextDecoder('windows-1252');

/** UTF-16LE text up to its first NUL; short strings by hand, as a decoder call costs more than they do. */
export function readUtf16(bytes: Uint8Array, offset: number, chars: number): string {
  let end = chars;
  for (let i = 0; i < chars; i++) {
    if (bytes[offset + 2 * i] === 0 && bytes[offset + 2 * i + 1] === 0) {
      end = i;
      break;
    }
  }
  if (end > 32) return utf16.decode(bytes.subarray(offset, offset + 2 * end));
  let text = '';
  for (let i = 0; i < end; i++) text += String.fromCharCode(bytes[offset + 2 * i] | (bytes[offset + 2 * i + 1] << 8));
  return text;
}

const HEX = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0').toUpperCase());
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`, upper-case as Windows renders event XML. */
function guid(b: Uint8Array, o: number): string {
  return '{' + HEX[b[o + 3]] + HEX[b[o + 2]] + HEX[b[o + 1]] + HEX[b[o]] + '-' + HEX[b[o + 5]] + HEX[b[o + 4]] + '-' + HEX[b[o + 7]] + HEX[b[o + 6]] + '-' +
    HEX[b[o + 8]] + HEX[b[o + 9]] + '-' + HEX[b[o + 10]] + HEX[b[o + 11]] + HEX[b[o + 12]] + HEX[b[o + 13]] + HEX[b[o + 14]] + HEX[b[o + 15]] + '}';
}

/** 2^32 = TICKS_HIGH × 10^7 + TICKS_REST: splits a FILETIME into seconds and ticks without BigInt. */
const TICKS_HIGH = 429;
const TICKS_REST = 4_967_296;
const EPOCH_SECONDS = 11_644_473_600; // 1601-01-01 to 1970-01-01
let lastSecond = NaN;
let lastPrefix = '';

/** FILETIME (100 ns since 1601-01-01 UTC) as ISO 8601 with seven fraction digits, like event XML. */
export function fileTime(view: DataView, o: number): string {
  const low = view.getUint32(o, true);
  const high = view.getUint32(o + 4, true);
  const rest = high * TICKS_REST + low;
  const seconds = high * TICKS_HIGH + Math.floor(rest / 10_000_000);
  const fraction = rest % 10_000_000;
  // Records come in time order: most share their second with the one before.
  if (seconds !== lastSecond) {
    const date = new Date((seconds - EPOCH_SECONDS) * 1000);
    if (Number.isNaN(date.getTime())) return '';
    lastSecond = seconds;
    lastPrefix = date.toISOString().slice(0, 19);
  }
  return `${lastPrefix}.${pad(fraction, 7)}Z`;
}

function systemTime(view: DataView, o: number): string {
  const [y, mo, , d, h, mi, s, ms] = [0, 2, 4, 6, 8, 10, 12, 14].map((i) => view.getUint16(o + i, true));
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}0000Z`;
}

function sid(view: DataView, o: number, size: number): string {
  const count = view.getUint8(o + 1);
  if (size < 8 + 4 * count) throw new EvtxFormatError(`a SID claims ${count} parts in ${size} bytes`, o);
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + view.getUint8(o + i);
  let text = `S-${view.getUint8(o)}-${authority}`;
  for (let i = 0; i < count; i++) text += '-' + view.getUint32(o + 8 + 4 * i, true);
  return text;
}

function binary(bytes: Uint8Array, o: number, size: number): string {
  let text = '';
  for (let i = 0; i < size; i++) text += HEX[bytes[o + i]];
  return text;
}

/** Bytes one element of a fixed-size type takes, or 0 for a variable-size type. */
export function fixedSize(type: number, size: number): number {
  switch (type) {
    case ValueType.Int8: case ValueType.UInt8: return 1;
    case ValueType.Int16: case ValueType.UInt16: return 2;
    case ValueType.Int32: case ValueType.UInt32: case ValueType.Real32: case ValueType.Bool: case ValueType.HexInt32: return 4;
    case ValueType.Int64: case ValueType.UInt64: case ValueType.Real64: case ValueType.FileTime: case ValueType.HexInt64: return 8;
    case ValueType.Guid: case ValueType.SystemTime: return 16;
    case ValueType.SizeT: return size === 4 ? 4 : 8;
    default: return 0;
  }
}

/**
 * One value as event XML shows it. Arrays render their elements joined by `, `.
 * `size` has been checked against the chunk by the caller.
 */
export function renderValue(bytes: Uint8Array, view: DataView, o: number, size: number, type: number): string {
  if (type & ValueType.Array) return renderArray(bytes, view, o, size, type & 0x7f);
  const width = fixedSize(type, size);
  if (width && size < width) throw new EvtxFormatError(`a value of type 0x${type.toString(16)} needs ${width} bytes, has ${size}`, o);
  switch (type) {
    case ValueType.Null: return '';
    case ValueType.String: return readUtf16(bytes, o, size >>> 1);
    case ValueType.AnsiString: { const end = bytes.subarray(o, o + size).indexOf(0); return latin1.decode(bytes.subarray(o, end < 0 ? o + size : o + end)); }
    case ValueType.Int8: return String(view.getInt8(o));
    case ValueType.UInt8: return String(view.getUint8(o));
    case ValueType.Int16: return String(view.getInt16(o, true));
    case ValueType.UInt16: return String(view.getUint16(o, true));
    case ValueType.Int32: return String(view.getInt32(o, true));
    case ValueType.UInt32: return String(view.getUint32(o, true));
    case ValueType.Int64: return String(view.getBigInt64(o, true));
    case ValueType.UInt64: return String(view.getBigUint64(o, true));
    case ValueType.Real32: return String(view.getFloat32(o, true));
    case ValueType.Real64: return String(view.getFloat64(o, true));
    case ValueType.Bool: return view.getUint32(o, true) ? 'true' : 'false';
    case ValueType.Binary: return binary(bytes, o, size);
    case ValueType.Guid: return guid(bytes, o);
    case ValueType.SizeT: return '0x' + (width === 4 ? view.getUint32(o, true).toString(16) : view.getBigUint64(o, true).toString(16));
    case ValueType.FileTime: return fileTime(view, o);
    case ValueType.SystemTime: return systemTime(view, o);
    case ValueType.Sid: return sid(view, o, size);
    case ValueType.HexInt32: return '0x' + view.getUint32(o, true).toString(16);
    case ValueType.HexInt64: return '0x' + view.getBigUint64(o, true).toString(16);
    default: return binary(bytes, o, size); // a type no System, Setup or Application event uses: its bytes, in hex
  }
}

function renderArray(bytes: Uint8Array, view: DataView, o: number, size: number, type: number): string {
  return renderItems(bytes, view, o, size, type).join(', ');
}

/** The items of an array value of element type `type`. */
export function renderItems(bytes: Uint8Array, view: DataView, o: number, size: number, type: number): string[] {
  if (type === ValueType.String) return readUtf16Array(bytes, o, size >>> 1);
  const width = fixedSize(type, size);
  if (!width) return [binary(bytes, o, size)];
  const parts: string[] = [];
  for (let at = o; at + width <= o + size; at += width) parts.push(renderValue(bytes, view, at, width, type));
  return parts;
}

function readUtf16Array(bytes: Uint8Array, o: number, chars: number): string[] {
  const text = utf16.decode(bytes.subarray(o, o + 2 * chars));
  const parts = text.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
