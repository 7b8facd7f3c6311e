import { normalizeCode } from '../extract/codes.ts';
import { leadingStamp, type Stamp } from '../extract/time.ts';

export interface XmlEvent {
  id: number;
  at?: Stamp;
  errorCode?: string;
  title?: string;
}

const ID = /<EventID[^>]{0,80}>(\d+)<\/EventID>/;
const TIME = /<TimeCreated SystemTime=['"]([^'"]{10,40})['"]/;
const ERROR_CODE = /<Data Name=['"]errorCode['"]>\s?(0x[0-9a-f]{1,8}|\d{1,10})\s?<\/Data>/i;
const TITLE = /<Data Name=['"]updateTitle['"]>([^<]{0,1000})<\/Data>/;

/** The fields of one `<Event>` element that matter for install attempts. */
export function eventFromXml(record: string): XmlEvent | undefined {
  const id = ID.exec(record);
  if (!id) return undefined;
  const event: XmlEvent = { id: Number(id[1]) };
  const time = TIME.exec(record);
  if (time) event.at = leadingStamp(time[1]);
  const code = ERROR_CODE.exec(record);
  if (code) event.errorCode = code[1].startsWith('0') && /x/i.test(code[1]) ? normalizeCode(code[1]) : normalizeCode((Number(code[1]) >>> 0).toString(16));
  const title = TITLE.exec(record);
  if (title) event.title = unescapeXml(title[1]);
  return event;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
