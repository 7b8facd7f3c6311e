import type { XmlElement } from './resolve.ts';

/** One field of an event's data: `<Data Name="errorCode">0x80240016</Data>` is `{ name: 'errorCode', value: '0x80240016' }`. */
export interface EventField {
  /** the `Name` attribute; else the element's name (`Data`, `Binary`, or a UserData child) */
  name: string;
  value: string;
}

/**
 * One event as Windows records it, whatever form it was read from (.evtx, XML export):
 * the fields of `<System>` that say what and when, and the event's data in order.
 */
export interface EventRecord {
  provider: string;
  eventId: number;
  /** `<TimeCreated SystemTime>`: ISO 8601 UTC with seven fraction digits, as event XML writes it */
  time: string;
  level?: number;
  channel?: string;
  recordId?: number;
  computer?: string;
  data: EventField[];
}

/** Elements of `<System>` an event record does not keep: the .evtx reader does not even render them. */
export const UNREAD: ReadonlySet<string> = new Set(['Version', 'Task', 'Opcode', 'Keywords', 'Correlation', 'Execution', 'Security', 'RenderingInfo']);

const child = (e: XmlElement, name: string) => e.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
const elements = (e: XmlElement) => e.children.filter((c): c is XmlElement => typeof c !== 'string');

/** All text inside an element, nested elements included. */
export function textOf(e: XmlElement): string {
  let text = '';
  for (const c of e.children) text += typeof c === 'string' ? c : textOf(c);
  return text;
}

function number(e: XmlElement | undefined): number | undefined {
  if (!e) return undefined;
  const n = Number(textOf(e));
  return Number.isFinite(n) && textOf(e) !== '' ? n : undefined;
}

/** The event record of an `<Event>` element; undefined when it has no provider or event id. */
export function eventFromElement(event: XmlElement): EventRecord | undefined {
  const system = child(event, 'System');
  const provider = system && child(system, 'Provider');
  const eventId = number(system && child(system, 'EventID'));
  if (!system || !provider || eventId === undefined) return undefined;
  const record: EventRecord = {
    provider: provider.attrs.Name ?? provider.attrs.EventSourceName ?? '',
    eventId,
    time: child(system, 'TimeCreated')?.attrs.SystemTime ?? '',
    data: eventData(event),
  };
  const level = number(child(system, 'Level'));
  if (level !== undefined) record.level = level;
  const channel = child(system, 'Channel');
  if (channel) record.channel = textOf(channel);
  const recordId = number(child(system, 'EventRecordID'));
  if (recordId !== undefined) record.recordId = recordId;
  const computer = child(system, 'Computer');
  if (computer) record.computer = textOf(computer);
  return record;
}

/** `<EventData>` children by their Name, or the fields of `<UserData>`'s one element. */
export function eventData(event: XmlElement): EventField[] {
  const data = child(event, 'EventData');
  if (data) return elements(data).map((d) => ({ name: d.attrs.Name ?? d.name, value: textOf(d) }));
  const user = child(event, 'UserData');
  const inner = user && elements(user)[0];
  return inner ? elements(inner).map((d) => ({ name: d.name, value: textOf(d) })) : [];
}
