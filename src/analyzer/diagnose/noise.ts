import type { LogKind } from '../../catalog/types.ts';

/** A code that shows up in healthy logs. `context` narrows it to lines containing that text. */
export interface NoiseEntry {
  code: string;
  context?: RegExp;
  logs?: LogKind[];
  why: string;
  source: string;
}

const WU: LogKind[] = ['windowsupdate', 'windowsupdate-legacy'];
const NOTES = 'update-triage research notes on healthy logs (log formats, noise list)';

/** The suppression list. Each entry says why it is noise and where that was seen. */
export const NOISE: readonly NoiseEntry[] = [
  { code: '0x8024000C', context: /LoadHistoryEventFromRegistry/, logs: WU, why: 'history load at service start', source: 'https://github.com/findingsanity/Logs (WindowsUpdate.log, 2021-07-13)' },
  { code: '0x8024000E', context: /GetTLUExpirationMaximumRetryCount/, logs: WU, why: 'download retry setting not configured', source: 'https://github.com/raja-fahad/wulogs (WindowsUpdate.log, 2020-11-19)' },
  { code: '0x80070032', logs: WU, why: 'Appx applicability check on a system that does not support the package', source: 'https://github.com/raja-fahad/wulogs (WindowsUpdate.log, 2020-11-19)' },
  { code: '0x80240013', logs: WU, why: 'service registration at agent start (m_services.Add)', source: 'https://github.com/findingsanity/Logs (WindowsUpdate.log, 2021-07-13)' },
  { code: '0x80248007', context: /metadata|DataStore|Metadata/i, logs: WU, why: 'metadata lookup with nothing cached', source: NOTES },
  { code: '0x80041010', logs: WU, why: 'WMI class missing while evaluating applicability rules', source: NOTES },
  { code: '0x8007066F', context: /QueryForPatchProperty|MSI/i, logs: WU, why: 'MSI patch property query for an absent patch', source: NOTES },
  { code: '0x00240001', why: 'WU_S_SERVICE_STOP: a success code written when the service exits', source: 'wuerror.h (microsoft/win32metadata)' },
  { code: '0x80092004', context: /token|auth/i, logs: WU, why: 'authentication token lookup', source: NOTES },
  { code: '0x800704C6', context: /cost|network/i, logs: WU, why: 'network cost query on an unmetered link', source: NOTES },
  { code: '0x80070002', context: /Windows Error Report/i, logs: ['cbs'], why: 'a file CBS wanted to attach to an error report was absent', source: NOTES },
  { code: '0x800F0805', context: /Failed to internally open package/, logs: ['cbs'], why: 'CBS probing a file that is not a package (CBS_E_INVALID_PACKAGE), routine in healthy CBS.log', source: 'https://github.com/logpai/loghub (Windows CBS.log dataset, template "Failed to internally open package")' },
  { code: '0x8007007E', context: /provider/i, logs: ['dism', 'cbs'], why: 'DISM probes providers that this edition does not have', source: NOTES },
];

/** The noise entry for one occurrence of `code` on `line`, if it is noise there. */
export function noiseFor(code: string, line: string, kind: string): NoiseEntry | undefined {
  for (const entry of NOISE) {
    if (entry.code !== code) continue;
    if (entry.logs && !entry.logs.includes(kind as LogKind)) continue;
    if (entry.context && !entry.context.test(line)) continue;
    return entry;
  }
  return undefined;
}
