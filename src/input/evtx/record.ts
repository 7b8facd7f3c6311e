import type { BinXmlParser, Node } from './binxml.ts';
import { eventFromElement, UNREAD, type EventRecord } from './event-record.ts';
import { NO_PLAN, planOf } from './plan.ts';
import { readPlanned } from './planned.ts';
import { resolveEvent, type XmlElement } from './resolve.ts';
import { fileTime } from './values.ts';

/** Record header: signature, size, record id, time written; the BinXML follows, the size again ends it. */
const RECORD_HEADER = 24;

/** The event of the record at `offset` in the parser's chunk, by its template's plan when it has one. */
export function readRecord(parser: BinXmlParser, view: DataView, offset: number, size: number): EventRecord | undefined {
  const nodes = parser.fragment(offset + RECORD_HEADER, offset + size - 4, 0);
  const event = readPlannedRecord(parser, nodes) ?? readGenericRecord(parser, nodes);
  if (!event) return undefined;
  event.recordId ??= Number(view.getBigUint64(offset + 8, true));
  if (!event.time) event.time = fileTime(view, offset + 16);
  return event;
}

/** A record that is one template instance with a plan: read straight from its values. */
export function readPlannedRecord(parser: BinXmlParser, nodes: Node[]): EventRecord | undefined {
  const instance = nodes.length === 1 && typeof nodes[0] !== 'string' && nodes[0].kind === 'instance' ? nodes[0] : undefined;
  const plan = instance && planOf(instance.template);
  if (!instance || !plan) return undefined;
  try {
    return readPlanned(parser, plan, instance.values);
  } catch (error) {
    if (error === NO_PLAN) return undefined;
    throw error;
  }
}

/** A record read by filling its templates into an element tree: any shape of BinXML. */
export function readGenericRecord(parser: BinXmlParser, nodes: Node[]): EventRecord | undefined {
  const root = resolveEvent(parser, nodes, UNREAD).find((n): n is XmlElement => typeof n !== 'string' && n.name === 'Event');
  return root && eventFromElement(root);
}

