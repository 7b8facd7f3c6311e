import { eventFromElement, type EventRecord } from '../../input/index.ts';
import { parseXmlElement } from './xml-element.ts';

/** One exported `<Event>` element as the event record the .evtx reader also gives. */
export function eventFromXml(record: string): EventRecord | undefined {
  const start = record.search(/<Event[\s>]/);
  if (start < 0) return undefined;
  const element = parseXmlElement(record.slice(start));
  return element && eventFromElement(element);
}
