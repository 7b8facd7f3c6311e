import type { Bytes } from './bytes.ts';
import type { EventRecord } from './event-record.ts';
import { readField, type Cursor } from './field-values.ts';
import type { KnownSchemas } from './known-schemas.ts';

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
export function decodeEvent(b: Bytes, event: EventRecord, known: KnownSchemas): Omit<TraceLine, 'time' | 'pid' | 'tid'> & { provider: string } {
  const schema = known.schema(b, event.schema!);
  const cursor: Cursor = { at: event.payload[0], end: event.payload[1] };
  const values = schema.fields.map((field) => ({ name: field.name, value: oneLine(readField(b, field, cursor)) }));
  const text = values.length === 1 ? values[0].value : values.map((v) => `${v.name}=${v.value}`).join(', ');
  const provider = event.traits ? known.provider(b, event.traits) : b.guid(event.providerAt);
  if (provider === WU_PROVIDER) return { component: schema.name, message: text, provider };
  return { component: provider, message: text ? `${schema.name}: ${text}` : schema.name, provider };
}

/** A message spans one line: embedded line breaks would split it in the line reader. */
const oneLine = (s: string) => (s.includes('\n') || s.includes('\r') ? s.replace(/\r?\n|\r/g, ' ') : s);

/** `2025/10/08 14:03:26.9403720 11168 10232 Agent<TAB>message`, the shape the windowsupdate parser reads. */
export function windowsUpdateLogLine(stamp: string, line: TraceLine): string {
  return `${stamp} ${line.pid} ${line.tid} ${line.component}\t${line.message}`;
}
