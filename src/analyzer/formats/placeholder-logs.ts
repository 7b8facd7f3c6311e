import { share } from './types.ts';

/**
 * Text files that look like a Windows Update log but hold none of it: the stub Windows 10
 * leaves in C:\Windows\WindowsUpdate.log since the log became ETW traces, and the output of a
 * Get-WindowsUpdateLog run that could not decode those traces. Both are answered with what to
 * send instead (the .etl files, which the analyzer reads).
 */
export type Placeholder = 'windowsupdate-stub' | 'windowsupdate-undecoded';

const STUB = /Windows Update logs are now generated using ETW/;
const GET_LOG = /Get-WindowsUpdateLog/;
/** A stub is a few lines; a real log that quotes it is not a stub. */
const STUB_MAX_LINES = 12;
/** tracefmt's placeholder for an event it has no format for (Microsoft's Tracefmt documentation). */
const UNDECODED = /Unknown\(\s*\d+\): GUID=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} \(No Format Information found\)/i;

export function recognizePlaceholder(sample: readonly string[], complete: boolean): { reason: Placeholder; message: string } | undefined {
  const lines = sample.filter((l) => l.trim() !== '');
  if (!lines.length) return undefined;
  if (complete && lines.length <= STUB_MAX_LINES && lines.some((l) => STUB.test(l)) && lines.some((l) => GET_LOG.test(l))) {
    return { reason: 'windowsupdate-stub', message: 'the file says: "Windows Update logs are now generated using ETW (Event Tracing for Windows)."' };
  }
  const undecoded = share(lines, UNDECODED);
  if (undecoded >= 0.5) {
    return { reason: 'windowsupdate-undecoded', message: `${Math.round(undecoded * 100)}% of the first ${lines.length} lines are "Unknown( NN): GUID=… (No Format Information found)"` };
  }
  return undefined;
}
