import type { Bytes } from './bytes.ts';
import type { EventRecord } from './event-record.ts';
import { readField, type Cursor } from './field-values.ts';
import { readSchema, type Schema } from './schema.ts';

/** One decoded event, in the columns of a Get-WindowsUpdateLog line. */
export interface TraceLine {
  /** FILETIME, UTC */
  time: bigint;
  pid: number;
  tid: number;
  component: string;
  message: string;
}

/** The Windows Update client's TraceLogging provider: its event names are the log's components. */
export const WU_PROVIDER = 'WUTraceLogging';

/**
 * Decodes a TraceLogging event. For the Windows Update provider the event name is the
 * component and the field values are the message, as Get-WindowsUpdateLog prints them; for
 * other providers (WaaSMedic, USO, SIH) the provider is the component and the event name
 * leads the message. One field prints as its value, several as `name=value` pairs.
 */
export function decodeEvent(b: Bytes, event: EventRecord, known: KnownSchemas): Omit<TraceLine, 'time' | 'pid' | 'tid'> {
  const schema = known.schema(b, event.schema!);
  const cursor: Cursor = { at: event.payload[0], end: event.payload[1] };
  const values = schema.fields.map((field) => ({ name: field.name, value: oneLine(readField(b, field, cursor)) }));
  const text = values.length === 1 ? values[0].value : values.map((v) => `${v.name}=${v.value}`).join(', ');
  const provider = event.traits ? known.provider(b, event.traits) : event.provider;
  if (provider === WU_PROVIDER) return { component: schema.name, message: text };
  return { component: provider, message: text ? `${schema.name}: ${text}` : schema.name };
}

/**
 * Every event carries its provider's name and its own schema, the same bytes each time: each is
 * decoded once per file and found again by its bytes (a hash, then a byte comparison).
 */
export class KnownSchemas {
  private readonly schemas = new BytesMap<Schema>();
  private readonly providers = new BytesMap<string>();

  schema(b: Bytes, [start, end]: [number, number]): Schema {
    return this.schemas.get(b.slice(start, end - start), () => readSchema(b, start, end));
  }

  provider(b: Bytes, [start, end]: [number, number]): string {
    return this.providers.get(b.slice(start, end - start), () => b.utf8z(start, end).text);
  }
}

/** Values found by the bytes they were read from; at most MAX_KNOWN are kept. */
class BytesMap<T> {
  private readonly entries = new Map<number, { bytes: Uint8Array; value: T }[]>();
  private size = 0;

  get(bytes: Uint8Array, read: () => T): T {
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const bucket = this.entries.get(h);
    const found = bucket?.find((e) => sameBytes(e.bytes, bytes));
    if (found) return found.value;
    const value = read();
    if (this.size++ < MAX_KNOWN) {
      const entry = { bytes: bytes.slice(), value };
      if (bucket) bucket.push(entry);
      else this.entries.set(h, [entry]);
    }
    return value;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Distinct schemas kept; a file with more (damage, or a hostile one) decodes the rest each time. */
const MAX_KNOWN = 4096;

/** A message spans one line: embedded line breaks would split it in the line reader. */
const oneLine = (s: string) => (s.includes('\n') || s.includes('\r') ? s.replace(/\r?\n|\r/g, ' ') : s);

/** `2025/10/08 14:03:26.9403720 11168 10232 Agent<TAB>message`, the shape the windowsupdate parser reads. */
export function windowsUpdateLogLine(stamp: string, line: TraceLine): string {
  return `${stamp} ${line.pid} ${line.tid} ${line.component}\t${line.message}`;
}
