import type { UnreadableReason } from '../../input/index.ts';
import type { Evidence } from '../extract/evidence.ts';
import type { UpdateRef } from '../extract/attempts.ts';
import type { Localized } from '../../i18n/lang.ts';

/**
 * What the logs say about the machine as a whole (docs/report-format.md, "Verdict"):
 * `failing` — a failure no later success outlived: `rootCause` names it;
 * `recovered` — every failure was followed by a success of the same thing;
 * `healthy` — no failure at all (routine codes aside);
 * `inconclusive` — failure codes with no outcome to place them on a timeline, a failure with no
 * code, no log read, a problem a check found that nothing later cleared (`standing`), or an
 * operation the log ends before the result of (`unfinished`).
 */
export type VerdictState = 'failing' | 'recovered' | 'healthy' | 'inconclusive';

/** What to ask for next: the logs of the machine that fails, a log kind that is missing, whole logs instead of excerpts, or what setup wrote before it rolled back. */
export type NextStep = 'failing-machine-logs' | 'windowsupdate-log' | 'cbs-log' | 'event-log' | 'complete-logs' | 'setup-logs' | 'setupact-log';

export interface Verdict {
  state: VerdictState;
  coverage: Coverage;
  /** failures followed by a success of the same thing: history, never the cause */
  recovered: RecoveredReport[];
  /** failure codes with no outcome and no later success in their log (what makes a verdict inconclusive) */
  unresolved: MentionReport[];
  /** failure codes with no outcome of their own, written before an operation in the same log ended with success */
  outlived: MentionReport[];
  /**
   * Problems a check in the logs found and no later line clears, where no failure code tells of
   * them (store corruption ScanHealth or SFC found and did not repair): no machine with one is
   * healthy or recovered. Only present when there is one.
   */
  standing?: StandingReport[];
  /**
   * DISM commands on images other than the running system that failed (`/Mount-Image`, `/Image:` a
   * mount folder): set aside, as they say nothing of this machine; the first one's outcome line.
   */
  otherImage?: { failed: number; evidence: Evidence };
  /** DISM commands provisioning an app package that failed (`/Add-ProvisionedAppxPackage`): set aside, as an app is no Windows update; the first one's outcome line. */
  appPackages?: { failed: number; evidence: Evidence };
  /** Windows Setup runs their user cancelled (`User cancel confirmed`): set aside with the failures of their winding down, as a cancel is the user's choice; the first one's line. */
  userCancelled?: { failed: number; evidence: Evidence };
  /** updates of apps from the Microsoft Store that failed (diagnose/store-app.ts): set aside, as an app is no Windows update; the first one's outcome line */
  storeApps?: { failed: number; evidence: Evidence };
  /**
   * Operations that change the system and whose log ends before any result of them (a DISM
   * command whose session never closed): the command lines. No machine with one is healthy or
   * recovered: its latest operation may have failed. Only present when there is one.
   */
  unfinished?: Evidence[];
  /** an inconclusive verdict whose only logs with lines are event logs holding no result of an install (diagnose/logs-read.ts): the lead says so */
  silentEvents?: true;
  /**
   * an inconclusive verdict on logs that record no result of any operation, failed or successful:
   * no install attempt, no servicing episode and no line that ends an operation with success (a
   * DISM query, an applicability check). Nothing in them tells whether updates install.
   */
  noResult?: true;
  /**
   * the cause is itself a wrapper code (its article says it only reports that something else
   * failed): the logs hold no more specific error. A sentence after the lead says so and sends the
   * reader to its page; `next` asks for the whole logs, then the kinds not given. Only present when so.
   */
  wrapperCause?: string;
  /**
   * a failing verdict whose open failures are all DISM work in dism.log (a repair whose /Source cannot
   * be used, a feature a program cannot turn off), none of it a package added: the lead says that
   * DISM work fails, not updates. Only present when so.
   */
  dismOnly?: true;
  /**
   * a failing verdict whose cause is the searches for updates, failing for a day or more with none
   * succeeding after (RootCause basis `search`): no install failed, but the machine finds no update
   * to install, and the lead says so. Only present when so.
   */
  searchFails?: true;
  /**
   * files of logs that could not be read (a damaged or encrypted zip entry, an event log or trace
   * with nothing readable): a sentence after the lead says that what they hold is not in the
   * verdict, and names the first. Files of no log (a program, an empty file) are not counted. Only present when so.
   */
  unreadable?: { count: number; first: { file: string; reason: UnreadableReason } };
  /**
   * a failing verdict whose open failures are all in setuperr.log, with no setupact.log given:
   * setuperr.log lists errors that a setup which completes writes too, and only setupact.log says
   * how setup ended. A sentence after the lead says so, and `next` asks for setupact.log. Only present when so.
   */
  setuperrOnly?: true;
  /** two of the files cover times half a year or more apart (diagnose/files-apart.ts): a sentence asks whether they are of one machine and of the failure. Only present when so. */
  apart?: FilesApart;
  next: NextStep[];
}

/** The widest gap between the times the files cover: the file before it, where it ends, and the one after, where it begins. */
export interface FilesApart {
  days: number;
  before: { file: string; to: string };
  after: { file: string; from: string };
}

/** A finding of a rule that names a condition, not a code: its title, and the line that shows it. */
export interface StandingReport {
  rule: string;
  title: Localized;
  runbook?: string;
  evidence: Evidence;
}

export interface Coverage {
  /** analyzed files */
  files: number;
  /** earliest and latest log times read */
  from?: string;
  to?: string;
  /** updates whose installation succeeded: the update logs' installs oldest first, then the packages CBS.log reports installed */
  installed: { update: UpdateRef; evidence: Evidence; restartPending?: true }[];
  /** outcomes recorded: installs and servicing sessions */
  succeeded: number;
  failed: number;
}

export interface RecoveredReport {
  code?: string;
  name?: string;
  update: UpdateRef;
  failure: Evidence;
  fixedBy: Evidence;
  /** the success still waits for a restart */
  restartPending?: true;
}

export interface MentionReport {
  code: string;
  name?: string;
  count: number;
  evidence: Evidence[];
  /** unresolved, as an update's download failed with it and nothing later downloaded or installed that update */
  download?: true;
}
