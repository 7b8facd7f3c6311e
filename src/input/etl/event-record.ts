import type { Bytes } from './bytes.ts';

/**
 * An EVENT_HEADER record (evntcons.h) as an .etl file stores it: the 80-byte header, then,
 * when flagged, extended data items (each: size, type, "more follow", data size, data), then
 * the payload. TraceLogging events carry their own schema in one of those items.
 */
export interface EventRecord {
  pid: number;
  tid: number;
  /** raw clock reading; see `Clock` */
  timestamp: bigint;
  /** offset of the provider GUID (read only when the provider has no name) */
  providerAt: number;
  level: number;
  /** the header says the payload is one UTF-16 string (EventWriteString) */
  stringOnly: boolean;
  /** provider traits (its name first), as [start, end) */
  traits?: [number, number];
  /** TraceLogging event metadata (EVENT_HEADER_EXT_TYPE_EVENT_SCHEMA_TL), as [start, end) */
  schema?: [number, number];
  payload: [number, number];
}

const EVENT_HEADER_SIZE = 80;
const FLAG_EXTENDED_INFO = 0x0001;
const FLAG_STRING_ONLY = 0x0004;
const EXT_EVENT_SCHEMA_TL = 11;
const EXT_PROV_TRAITS = 12;
/** At most this many extended items per event: more is damage, not data. */
const MAX_ITEMS = 64;

export function readEventRecord(b: Bytes, offset: number, size: number): EventRecord {
  const end = offset + size;
  if (size < EVENT_HEADER_SIZE) throw new RangeError(`event of ${size} bytes is shorter than its header`);
  const flags = b.u16(offset + 4);
  const record: EventRecord = {
    tid: b.u32(offset + 8),
    pid: b.u32(offset + 12),
    timestamp: b.i64(offset + 16),
    providerAt: offset + 24,
    level: b.u8(offset + 44),
    stringOnly: (flags & FLAG_STRING_ONLY) !== 0,
    payload: [offset + EVENT_HEADER_SIZE, end],
  };
  if (!(flags & FLAG_EXTENDED_INFO)) return record;
  let o = offset + EVENT_HEADER_SIZE;
  for (let n = 0; ; n++) {
    if (n === MAX_ITEMS) throw new RangeError(`more than ${MAX_ITEMS} extended data items`);
    const itemSize = b.u16(o);
    const type = b.u16(o + 2);
    const more = b.u16(o + 4) & 1;
    const dataSize = b.u16(o + 6);
    if (itemSize < 8 || dataSize > itemSize - 8 || o + itemSize > end) throw new RangeError(`extended data item of ${itemSize} bytes does not fit its event`);
    const data = o + 8;
    if (type === EXT_EVENT_SCHEMA_TL) record.schema = [data, data + dataSize];
    else if (type === EXT_PROV_TRAITS && dataSize > 2) record.traits = [data + 2, data + dataSize];
    o += itemSize;
    if (!more) break;
  }
  record.payload = [o, end];
  return record;
}
