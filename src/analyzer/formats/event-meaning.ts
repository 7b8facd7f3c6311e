import type { EventRecord } from '../../input/index.ts';
import { hex8, normalizeCode } from '../extract/codes.ts';
import { extractKbs } from '../extract/kbs.ts';
import type { UpdateRef } from '../extract/attempt-model.ts';
import { sentence, type EventKind, type Localized } from './event-sentences.ts';
import { werFailure, type WerFailure } from './wer-report.ts';

/**
 * What one event says about updates, read from its data alone: .evtx files hold no
 * message text, and exports in other languages hold it translated. Event ids and field
 * names: the providers' manifests as published by the detection-wiki pages for
 * Microsoft-Windows-WindowsUpdateClient, Microsoft-Windows-Servicing and
 * Microsoft-Windows-WUSA (example events from NextronSystems/evtx-baseline).
 */
export interface EventMeaning {
  /** `started` opens an install attempt, `succeeded`/`failed` end one; none: evidence only */
  outcome?: 'started' | 'succeeded' | 'failed';
  code?: string;
  update: UpdateRef;
  message: Localized;
  /** a Windows Error Reporting report's id: its later events are the same report (wer-report.ts) */
  report?: string;
}

type Kind = EventKind;

/** The phase of a servicing event whose package is staged, not installed: its success installs nothing yet (verdict coverage). */
export const STAGE = 'stage';

/** The events that matter, by provider and event id. */
const MEANINGS: Record<string, Record<number, Kind>> = {
  'Microsoft-Windows-WindowsUpdateClient': {
    19: 'installed', 20: 'installFailed', 21: 'restartNeeded', 22: 'restartNeeded', 24: 'uninstallFailed',
    25: 'scanFailed', 31: 'downloadFailed', 43: 'installStarted', 44: 'downloadStarted',
  },
  'Microsoft-Windows-Servicing': {
    1: 'packageStarted', 2: 'packageChanged', 3: 'packageFailed', 4: 'packageRestart', 6: 'packagePartial',
    // A package's selectable updates (optional features) turned on or off, one by one.
    7: 'featureOnStarted', 8: 'featureOffStarted', 9: 'featureOn', 10: 'featureOff', 11: 'featureOnFailed', 12: 'featureOffFailed',
    13: 'featureRestart', 14: 'featureRestart', 15: 'featureOff', 16: 'featureOffFailed',
  },
  'Microsoft-Windows-WUSA': { 2: 'installed', 3: 'installFailed' },
};

/** Each kind: its outcome and the phase it belongs to. */
const KINDS: Record<Kind, { outcome: EventMeaning['outcome']; phase: string | undefined }> = {
  installStarted: { outcome: 'started', phase: undefined },
  installed: { outcome: 'succeeded', phase: undefined },
  installFailed: { outcome: 'failed', phase: undefined },
  uninstallFailed: { outcome: 'failed', phase: 'uninstall' },
  downloadStarted: { outcome: undefined, phase: 'download' },
  downloadFailed: { outcome: 'failed', phase: 'download' },
  scanFailed: { outcome: undefined, phase: 'scan' },
  restartNeeded: { outcome: undefined, phase: undefined },
  packageStarted: { outcome: 'started', phase: undefined },
  packageChanged: { outcome: 'succeeded', phase: undefined },
  packageFailed: { outcome: 'failed', phase: undefined },
  packageRestart: { outcome: undefined, phase: undefined },
  packagePartial: { outcome: 'failed', phase: undefined },
  // Turning a feature on installs it; turning one off is a removal, whose failure is a failure all the same.
  featureOnStarted: { outcome: 'started', phase: undefined },
  featureOn: { outcome: 'succeeded', phase: undefined },
  featureOnFailed: { outcome: 'failed', phase: undefined },
  featureOffStarted: { outcome: undefined, phase: undefined },
  featureOff: { outcome: undefined, phase: undefined },
  featureOffFailed: { outcome: 'failed', phase: 'uninstall' },
  featureRestart: { outcome: undefined, phase: undefined },
  werUpdateFailed: { outcome: undefined, phase: undefined },
  werServicingFailed: { outcome: 'failed', phase: undefined },
};

export function meaningOf(event: EventRecord): EventMeaning | undefined {
  const report = werFailure(event);
  if (report) return werMeaning(report);
  const kind = MEANINGS[event.provider]?.[event.eventId];
  if (!kind) return undefined;
  const field = (...names: string[]) => event.data.find((f) => names.includes(f.name))?.value.trim() || undefined;
  const code = readCode(field('errorCode', 'ErrorCode'));
  // A feature (selectable update) is named by its update name, as a Windows update by its title.
  const title = field('updateTitle', 'UpdateTitle', 'UpdateName');
  const pkg = field('PackageIdentifier');
  // WUSA names the package file only on its command line (`wusa.exe …\Windows6.1-KB3033929-x64.msu`).
  const kbs = extractKbs(title || pkg || field('CommandLine') || '');
  // Older servicing stacks write the state as a word, newer ones as a number with the word beside it.
  const state = field('IntendedPackageStateTextized') ?? field('IntendedPackageState')?.replace(/^\d+$/, '');
  // A package taken out (`Installed` → `Absent`) is no install: its start and its end are no attempt's.
  const removal = state === 'Absent' && (kind === 'packageStarted' || kind === 'packageChanged');
  const { outcome, phase: kindPhase } = removal ? { outcome: undefined, phase: undefined } : KINDS[kind];
  // A package staged (`Staged`: its files laid out, waiting to be installed) is not installed yet.
  const phase = kindPhase ?? (state === 'Staged' && kind.startsWith('package') ? STAGE : undefined);
  const update: UpdateRef = {
    ...(title ? { title } : {}),
    ...(kbs.length ? { kb: kbs[kbs.length - 1] } : {}),
    ...(pkg ? { package: pkg } : {}),
    ...(phase ? { phase } : {}),
  };
  const failed = outcome === 'failed' || kind === 'scanFailed';
  const values = { code: code ?? '?', title: title ?? '', pkg: pkg ?? '', state: state ?? '', client: field('Client') ?? '', reason: field('ErrorString') ?? '' };
  return {
    ...(outcome ? { outcome } : {}),
    ...(failed && code ? { code } : {}),
    update,
    message: sentence(kind, values),
  };
}

/**
 * A Windows Error Reporting report of an update failure: Windows Update's install and download
 * reports end an attempt (a scan's is a mention, as event 25 is); a servicing failure's always does.
 */
function werMeaning({ kind, code, detail, report }: WerFailure): EventMeaning {
  const operation = kind === 'werUpdateFailed' ? detail : '';
  const outcome = kind === 'werServicingFailed' || /^(?:install|download)/i.test(operation) ? 'failed' : undefined;
  const phase = /^download/i.test(operation) ? 'download' : /^scan/i.test(operation) ? 'scan' : undefined;
  const values = { code, title: operation, pkg: '', state: '', client: '', reason: kind === 'werServicingFailed' ? detail : '' };
  return { ...(outcome ? { outcome } : {}), code, update: phase ? { phase } : {}, message: sentence(kind, values), ...(report ? { report } : {}) };
}

/** `0x80240016`, or the decimal WUSA writes (`2149842967`), as `0x` + 8 hex digits; zero and junk are no code. */
function readCode(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/^0x[0-9a-f]{1,8}$/i.test(raw)) return Number(raw) ? normalizeCode(raw) : undefined;
  if (/^-?\d{1,10}$/.test(raw)) return Number(raw) && Math.abs(Number(raw)) <= 0xffffffff ? hex8(Number(raw)) : undefined;
  return undefined;
}

/**
 * The outcome a WindowsUpdateClient event id marks, for text exports that give the id but not
 * the event's data. An event id names a message; it is never a result.
 */
export function clientEventOutcome(id: number | undefined): EventMeaning['outcome'] {
  const kind = id === undefined ? undefined : MEANINGS['Microsoft-Windows-WindowsUpdateClient'][id];
  return kind ? KINDS[kind].outcome : undefined;
}
