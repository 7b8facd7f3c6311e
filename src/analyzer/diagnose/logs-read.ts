import { WU_PROVIDER } from '../../input/index.ts';
import type { InputRecord } from '../scan/session.ts';

/**
 * An event log with lines but no result of an install (an attempt's outcome): an Application log,
 * which records none, or a Windows Update Operational log of scans and downloads that worked. It
 * says nothing of whether an install fails.
 */
export const silentEventLog = (record: InputRecord): boolean =>
  record.status === 'analyzed' && record.format === 'events' && (record.lines ?? 0) > 0 && !record.facts?.updates.attempts.length && !record.facts?.servicing.attempts.length;

/**
 * A silent System log is still the System log the report would ask for: in its period nothing was
 * installed through Windows Update (events 19 and 20 are written there), and asking again changes nothing.
 */
export const silentSystemLog = (record: InputRecord): boolean => silentEventLog(record) && !!record.facts?.channels?.has('System');

/**
 * Whether a file says anything about the machine: an empty file, or a trace none of whose events
 * could be decoded (an .etl of another provider), holds no line, and so is no sign of health; nor
 * is text of no known format (a Reset this PC log, a driver installer's setupact.log) unless an
 * operation in it ended with success (a ConfigMgr scan or install, extract/success.ts): no parser
 * reads it for an operation that could have failed. Nor is a silent event log. Their failure codes
 * count either way.
 */
export const readAsLog = (record: InputRecord): boolean =>
  record.status === 'analyzed' && (record.lines ?? 0) > 0 && (record.format !== 'text' || record.facts?.lastSuccess !== undefined) && !silentEventLog(record);

/**
 * A trace none of whose decoded events the Windows Update client wrote (WaaSMedic's, a
 * container's): its lines are read as the update log's are, but it is not that log.
 */
export const otherProvidersTrace = (record: Pick<InputRecord, 'trace' | 'providers'>): boolean =>
  !!record.trace && !!record.providers?.length && !record.providers.includes(WU_PROVIDER);
