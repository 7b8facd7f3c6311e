import { EvtxReader, type ByteSink, type EventRecord } from '../../input/index.ts';
import { applyEvent } from '../formats/apply-event.ts';
import { leadingStamp } from '../extract/time.ts';
import { events } from '../formats/events.ts';
import { recordsUpdating } from '../formats/update-channels.ts';
import { FileFacts } from './file-facts.ts';
import { LineProcessor } from './line-processor.ts';
import type { InputRecord, Session } from './session.ts';

/**
 * Reads a Windows event log (.evtx) into the same facts an exported one gives: each
 * record becomes one line of its raw fields (codes, KBs and rule patterns are found in
 * it as in any log), numbered by its record id, and then gets its meaning. An event of a
 * channel that records no updating (update-channels.ts) widens the time the log covers, and
 * nothing more. A file without one readable chunk is unreadable.
 */
export function eventLogSink(record: InputRecord, session: Session, unreadable: (message: string) => void): ByteSink {
  const facts = new FileFacts(record.file);
  Object.assign(record, { format: events.kind, confidence: 1, facts });
  const processor = new LineProcessor(facts, events, session);
  let read = 0;
  /** events of channels that record no updating, by channel */
  const aside = new Map<string, number>();
  const reader = new EvtxReader(record.file, {
    event: (event) => {
      read++;
      // Every record widens the span the log covers, as every stamped line of a text log does.
      const at = leadingStamp(event.time);
      if (at) facts.seen(at);
      if (!recordsUpdating(event.channel)) return void aside.set(event.channel!, (aside.get(event.channel!) ?? 0) + 1);
      processor.line(eventText(event), event.recordId ?? read, { line: (line) => applyEvent(facts, event, line) });
    },
    warn: (message) => facts.warn(message),
  });
  return {
    push: (chunk) => reader.push(chunk),
    end: () => {
      reader.end();
      record.lines = read;
      for (const [channel, count] of aside) facts.warn(`${count} events of the channel ${channel}, which records no updating, were read for their times only: their codes are not counted`);
      if (!reader.chunks) unreadable(`${record.file}: no chunk of events could be read (the file is cut short or damaged)`);
    },
  };
}

/** `Provider EventID time: name=value; …`: the record as the evidence shows it. The event id is no code. */
export function eventText(event: EventRecord): string {
  // One line: a field may hold several (Windows Error Reporting lists its report's files one per line).
  const data = event.data.map((f) => (f.name === 'Data' ? f.value : `${f.name}=${f.value}`).replace(/[\r\n]+/g, ' ')).join('; ');
  return `${event.provider} ${event.eventId} ${event.time}${data ? `: ${data}` : ''}`;
}
