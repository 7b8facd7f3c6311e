import { normalizeCode } from '../extract/codes.ts';
import { readInstallMessage } from '../extract/install-message.ts';
import { leadingStamp, type Stamp } from '../extract/time.ts';
import type { FileFacts } from '../scan/file-facts.ts';
import { share, type Line, type LogFormat } from './types.ts';
import { applyEvent } from './apply-event.ts';
import { eventFromXml } from './events-xml.ts';
import { clientEventOutcome } from './event-meaning.ts';

/**
 * Event-log exports as text: `wevtutil qe /f:text` (`Event[N]:` blocks), `Format-List`
 * blocks (`Log Name:      System`), Event Viewer "Save as" .txt/.csv (a header row, one
 * row per event), .xml (`<Event>` elements), or only a pasted message. Keys may be
 * localized, so records are read by position and by the install sentence itself.
 */
const BLOCK_START = /^\s*Event\[\d+\]:|^\s*(?:Log Name|日志名称)\s*[:：]/;
const EVENT_ID = /^\s*(?:Event ID|事件 ?ID)\s*[:：]\s*(\d+)/i;
const DATE = /^\s*(?:Date|日期)\s*[:：]\s*(.+)$/;
const HEADER = /^(?:Level|级别)[\t,;](?:Date and Time|日期和时间)[\t,;](?:Source|来源)[\t,;](?:Event ID|事件 ID)/i;
const XML = /<Event[\s>]/;

export const events: LogFormat = {
  kind: 'events',
  detect: (sample) => {
    if (sample.some((l) => /^\s*Event\[\d+\]:/.test(l) || HEADER.test(l) || /<Events?[\s>]/.test(l) && /EventID/.test(l))) return 0.95;
    if (sample.some((l) => EVENT_ID.test(l))) return 0.8;
    return share(sample, /Installation (?:Failure|Successful|Started):|安装失败[:：]\s?Windows/) > 0 ? 0.7 : 0;
  },
  parser: (facts) => new EventsParser(facts),
};

interface EventState {
  id?: number;
  at?: Stamp;
}

class EventsParser {
  private state: EventState = {};
  private columns?: { id: number; date: number; sep: string };

  constructor(private readonly facts: FileFacts) {}

  line(line: Line): void {
    const { text } = line;
    if (XML.test(text)) {
      for (const record of text.split(/(?=<Event[\s>])/)) if (XML.test(record)) this.xmlRecord(record, line);
      return;
    }
    if (HEADER.test(text)) {
      const sep = text.includes('\t') ? '\t' : text.includes(';') && !text.includes(',') ? ';' : ',';
      const names = text.split(sep);
      this.columns = { id: names.findIndex((n) => /Event ID|事件 ID/i.test(n)), date: 1, sep };
      return;
    }
    if (BLOCK_START.test(text)) this.state = {};
    let m: RegExpExecArray | null;
    if ((m = EVENT_ID.exec(text))) this.state.id = Number(m[1]);
    else if ((m = DATE.exec(text))) this.state.at = leadingStamp(m[1]);
    else if (this.columns && text.split(this.columns.sep).length > this.columns.id + 1) this.row(text);
    this.message(text, line);
  }

  /** A row under an Event Viewer header: the event id and date sit in their columns. */
  private row(text: string): void {
    const cells = text.split(this.columns!.sep).map((c) => c.replace(/^"|"$/g, ''));
    const id = Number(cells[this.columns!.id]);
    if (Number.isInteger(id) && id > 0) this.state = { id, at: leadingStamp(cells[this.columns!.date]) };
  }

  private xmlRecord(record: string, line: Line): void {
    const event = eventFromXml(record);
    if (!event) return;
    this.state = { id: event.eventId, at: leadingStamp(event.time) };
    applyEvent(this.facts, event, line, record);
  }

  private message(text: string, line: Line, shown = line.text): void {
    const message = readInstallMessage(text);
    if (!message) return;
    const { id, at } = this.state;
    const ev = this.facts.evidence(line.no, shown, at);
    const update = { title: message.title, kb: message.kb };
    if (message.status === 'started' || clientEventOutcome(id) === 'started') {
      this.facts.updates.start(ev, true);
      this.facts.updates.note(update);
      return;
    }
    const failed = message.status === 'failed';
    this.facts.updates.outcome({
      status: message.status,
      ...(failed && message.code ? { code: normalizeCode(message.code) } : {}),
      source: 'event',
      evidence: ev,
      ms: at?.ms,
      update,
      separate: true,
    });
  }
}
