import type { EventRecord } from '../../input/index.ts';
import { leadingStamp } from '../extract/time.ts';
import type { FileFacts } from '../scan/file-facts.ts';
import { meaningOf } from './event-meaning.ts';
import type { Line } from './types.ts';

/**
 * Gives one event its meaning in the analysis, whichever form it came in (.evtx record,
 * XML export): starts and outcomes of install attempts, and its error code when the
 * line's own text did not already show it (WUSA writes codes in decimal).
 */
export function applyEvent(facts: FileFacts, event: EventRecord, line: Line, shown = line.text): void {
  facts.noteChannel(event.channel);
  const meaning = meaningOf(event);
  // One failure reported once: the same report's events as WER queues, packs and archives it add nothing.
  if (!meaning || (meaning.report && !facts.firstOfReport(meaning.report))) return;
  const at = leadingStamp(event.time);
  const evidence = { ...facts.evidence(line.no, shown, at), message: meaning.message };
  const { code, outcome, update } = meaning;
  if (code && !line.codes.some((c) => c.code === code)) facts.countCode({ code, form: 'errorCode', index: 0 }, line.no, shown, undefined, at);
  if (outcome === 'started') {
    facts.updates.start(evidence, true, at?.ms);
    facts.updates.note(update);
  } else if (outcome) {
    facts.updates.outcome({ status: outcome, ...(code ? { code } : {}), source: 'event', evidence, ms: at?.ms, update, separate: true });
    facts.updates.forget(); // the next event's update is named by its own start or data
  }
}
