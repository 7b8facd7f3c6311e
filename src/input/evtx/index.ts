/** The Windows event log (.evtx) reader. */
export { EvtxReader, type EvtxHandler } from './reader.ts';
export { eventFromElement, textOf, type EventField, type EventRecord } from './event-record.ts';
export type { XmlElement } from './resolve.ts';
