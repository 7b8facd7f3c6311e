import { ownCopy } from './own-copy.ts';

/** A WSUS server setting seen in a log: a URL, or `null` when none is set (the agent prints `WSUS server: (null)`; after a URL, it was removed). */
export interface WsusSetting {
  readonly url: string | null;
}

const WSUS_LINE = /\bWSUS server:\s(\S+)/;
const SERVER_URL = /\bServer URL\s?=\s{0,8}(\S+)/;
const CMTRACE = /Existing WUA Managed server was already set \(([^)\s]+)\)/;
const SIMPLE_TARGETING = /WSUS SimpleTargeting URL:?\s(\S+)/;
const REGISTRY = /\bWUServer\b\W{0,4}(?:REG_SZ)?\s{1,8}(https?:\/\/\S+)/i;

/** The WSUS service id in `ServiceId = {3DA21691-…}, Server URL = …` lines. */
const MANAGED_SERVICE = '3DA21691-E39D-4DA6-8A4B-B43877BCB1B7';

export function extractWsus(line: string): WsusSetting | undefined {
  let m = WSUS_LINE.exec(line);
  if (m) return m[1] === '(null)' ? { url: null } : server(m[1]);
  m = SERVER_URL.exec(line);
  if (m && (line.toUpperCase().includes(MANAGED_SERVICE) || /:853[01]\b/.test(m[1]))) return server(m[1]);
  m = CMTRACE.exec(line) ?? SIMPLE_TARGETING.exec(line) ?? REGISTRY.exec(line);
  return m ? server(m[1]) : undefined;
}

const ORIGIN = /^(https?:\/\/[^/\s"',;]+)/i;

/** The last server read and its setting: a log repeats its setting at every scan, and the same text gives the same setting. */
let lastRaw: string | undefined;
let lastSetting: WsusSetting | undefined;

/** Scheme, host and port only: `http://wsus:8530/ClientWebService/client.asmx` → `http://wsus:8530`. */
function server(raw: string): WsusSetting | undefined {
  if (raw === lastRaw) return lastSetting;
  const m = ORIGIN.exec(raw);
  // Redacted copies say `<wsusserver>`: a placeholder, not a server.
  lastRaw = ownCopy(raw);
  lastSetting = !m || m[1].includes('<') ? undefined : { url: ownCopy(m[1]) };
  return lastSetting;
}
