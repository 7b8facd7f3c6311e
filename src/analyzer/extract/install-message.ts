import { extractKbs } from './kbs.ts';

/** The install result sentence of events 19/20/43 and ReportingEvents, in English or Chinese. */
export interface InstallMessage {
  status: 'failed' | 'succeeded' | 'started';
  code?: string;
  title: string;
  kb?: string;
}

const FAILED_EN = /Installation Failure: Windows failed to install the following update with error (0x[0-9a-f]{8}):\s?(.*)/i;
const FAILED_ZH = /安装失败[:：]\s?Windows\s?安装下列更新失败[，,]\s?错误为\s?(0x[0-9a-f]{8})[:：]\s?(.*)/i;
const SUCCEEDED_EN = /Installation Successful: Windows successfully installed the following update:\s?(.*)/i;
const STARTED_EN = /Installation Started: Windows has started installing the following update:\s?(.*)/i;

export function readInstallMessage(text: string): InstallMessage | undefined {
  let m = FAILED_EN.exec(text) ?? FAILED_ZH.exec(text);
  if (m) return withKb({ status: 'failed', code: '0x' + m[1].slice(2).toUpperCase(), title: clean(m[2]) });
  m = SUCCEEDED_EN.exec(text);
  if (m) return withKb({ status: 'succeeded', title: clean(m[1]) });
  m = STARTED_EN.exec(text);
  return m ? withKb({ status: 'started', title: clean(m[1]) }) : undefined;
}

/** Drops XML debris and trailing quotes, tabs and full stops (by hand: `[…]+$` backtracks on long runs). */
function clean(title: string): string {
  const cut = title.indexOf('</Data>');
  let text = cut >= 0 ? title.slice(0, cut) : title;
  let end = text.length;
  while (end > 0 && '"\t。. \r\n'.includes(text[end - 1])) end--;
  text = text.slice(0, end);
  return text.trim();
}

function withKb(message: InstallMessage): InstallMessage {
  const kbs = extractKbs(message.title);
  return kbs.length ? { ...message, kb: kbs[kbs.length - 1] } : message;
}
