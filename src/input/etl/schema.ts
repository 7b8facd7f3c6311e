import type { Bytes } from './bytes.ts';

/**
 * TraceLogging event metadata (layout documented in TraceLoggingProvider.h): total size,
 * tag bytes, the event name, then per field its name, in-type, optional out-type and tags,
 * a fixed element count or custom type info when the in-type's count bits say so.
 */
export interface Schema {
  name: string;
  fields: Field[];
}

export interface Field {
  name: string;
  /** TlgIn_t value (low 5 bits of the in-type byte) */
  inType: number;
  /** TlgOut_t value, 0 when absent; for a struct, its member count */
  outType: number;
  count: 'one' | 'fixed' | 'variable' | 'custom';
  /** elements of a fixed-count array */
  fixed: number;
  /** members of a struct field */
  members?: Field[];
}

const IN_TYPE_MASK = 0x1f;
const COUNT_MASK = 0x60;
const CHAIN = 0x80;
export const IN_STRUCT = 24;
/** A schema deeper or wider than this is damage. */
const MAX_FIELDS = 256;

export function readSchema(b: Bytes, start: number, end: number): Schema {
  const declared = b.u16(start);
  const stop = Math.min(end, start + declared);
  let o = skipTags(b, start + 2, stop);
  const name = b.utf8z(o, stop);
  o = name.next;
  const flat: Field[] = [];
  while (o < stop) {
    if (flat.length === MAX_FIELDS) throw new RangeError(`more than ${MAX_FIELDS} fields`);
    const fieldName = b.utf8z(o, stop);
    o = fieldName.next;
    const inByte = b.u8(o++);
    let outType = 0;
    if (inByte & CHAIN) {
      const outByte = b.u8(o++);
      outType = outByte & 0x7f;
      if (outByte & CHAIN) o = skipTags(b, o, stop);
    }
    const countBits = inByte & COUNT_MASK;
    const field: Field = { name: fieldName.text, inType: inByte & IN_TYPE_MASK, outType, count: 'one', fixed: 1 };
    if (countBits === 0x20) {
      field.count = 'fixed';
      field.fixed = b.u16(o);
      o += 2;
    } else if (countBits === 0x40) field.count = 'variable';
    else if (countBits === 0x60) {
      field.count = 'custom';
      o += 2 + b.u16(o);
    }
    flat.push(field);
  }
  if (o > stop) throw new RangeError('event metadata runs past its size');
  return { name: name.text, fields: nest(flat, { at: 0 }, flat.length) };
}

/** Tag bytes continue while their high bit is set. */
function skipTags(b: Bytes, o: number, stop: number): number {
  while (o < stop && b.u8(o) & CHAIN) o++;
  return o + 1;
}

/** Struct fields own the `outType` fields that follow them. */
function nest(flat: Field[], cursor: { at: number }, count: number): Field[] {
  const out: Field[] = [];
  while (out.length < count && cursor.at < flat.length) {
    const field = flat[cursor.at++];
    if (field.inType === IN_STRUCT) field.members = nest(flat, cursor, field.outType);
    out.push(field);
  }
  return out;
}
