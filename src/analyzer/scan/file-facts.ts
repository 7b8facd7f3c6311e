import { AttemptTracker } from '../extract/attempts.ts';
import type { CodeHit } from '../extract/codes.ts';
import { evidence, type Evidence } from '../extract/evidence.ts';
import { describeContext, type NoiseEntry } from '../diagnose/noise.ts';
import type { TimeZone } from '../../input/index.ts';
import { leadingStamp, type Stamp } from '../extract/time.ts';
import { readSetupExtend, type SetupExtendNames } from '../extract/setup-extend.ts';
import type { OpenDownloads } from '../formats/update-downloads.ts';
import type { Searches } from '../formats/update-searches.ts';
import type { UpdateRef } from '../extract/attempt-model.ts';

export interface CodeTally {
  code: string;
  count: number;
  /** occurrences that matched the noise list */
  noise: number;
  noiseWhy?: string;
  /** line of the last occurrence that was not noise */
  lastSignal?: number;
  forms: Record<string, number>;
  /** the first few lines holding it */
  evidence: Evidence[];
}

/**
 * A watched rule's last match, kept as its number and text (made evidence only when the report
 * shows it: a dense log can match on every tenth line), and the first line after it that clears it.
 */
export interface PatternWatch {
  lastLine: number;
  lastText: string;
  cleared?: Evidence;
}

export interface FileWarning {
  line?: number;
  message: string;
}

/** Distinct codes kept per file; random or hostile input cannot grow memory past this. */
export const MAX_DISTINCT_CODES = 5000;
const EVIDENCE_PER_CODE = 3;
const MAX_MENTIONS = 500;
/** channels an event log names: one in an exported log, a few in a merged one */
const MAX_CHANNELS = 8;

/** Everything learnt from one file, filled line by line by the scanner and the format parser. */
export class FileFacts {
  readonly codes = new Map<string, CodeTally>();
  droppedCodes = 0;
  readonly kbs = new Map<string, Evidence>();
  readonly packages = new Map<string, Evidence>();
  readonly builds = new Map<string, Evidence>();
  readonly wsus: { url: string | null; evidence: Evidence }[] = [];
  /** rule index → first line matching the rule's pattern */
  readonly patternHits = new Map<number, Evidence>();
  /** rule index → for a rule with a `cleared` pattern: its pattern's last line, and a later line clearing it */
  readonly patternWatch = new Map<number, PatternWatch>();
  readonly updates: AttemptTracker;
  readonly servicing: AttemptTracker;
  readonly warnings: FileWarning[] = [];
  /** updates whose download failed and that nothing later downloaded or installed (update-downloads.ts) */
  readonly downloads: OpenDownloads = new Map();
  /** the searches for updates the file records: the run of failures since the last that worked (update-searches.ts) */
  readonly searches: Searches = { failed: 0 };
  /** failure code → the extend code Windows Setup first reported it with, and that line (extract/setup-extend.ts) */
  readonly setupExtends = new Map<string, SetupExtendNames & { evidence: Evidence }>();
  /** the command line of an operation that changes the system and that the file ends before any result of (a DISM command whose session never closed) */
  unfinished?: Evidence;
  /** packages CBS reports installed (`Reporting package change completion …, target: Installed, status: 0x0`), the first MAX_INSTALLS (package-installs.ts) */
  readonly installs: { update: UpdateRef; evidence: Evidence }[] = [];
  /** the last line where an operation ended with success (see extract/success.ts) */
  lastSuccess?: { line: number; text: string };
  /** earliest and latest log times seen on the lines read */
  firstTime?: string;
  lastTime?: string;
  /** the writer's time zone, when the file records it (an .etl trace header): its times are in it */
  timeZone?: TimeZone;

  constructor(readonly file: string) {
    this.updates = new AttemptTracker(file, 'update');
    this.servicing = new AttemptTracker(file, 'servicing');
  }

  /** Notes the extend code setup reports a failure with on this line, if it does; a code keeps its first (the list is bounded like the mentions). */
  setupExtend(line: number, text: string): void {
    const reported = readSetupExtend(text);
    if (!reported || this.setupExtends.has(reported.code) || this.setupExtends.size >= MAX_MENTIONS) return;
    const { code, ...names } = reported;
    this.setupExtends.set(code, { ...names, evidence: this.evidence(line, text, leadingStamp(text)) });
  }

  /** Evidence of a line, at its stamp's time when it has one (which widens the file's span). */
  evidence(line: number, text: string, at?: Stamp): Evidence {
    if (at) this.seen(at);
    return evidence(this.file, line, text, at?.time);
  }

  /** The span's ends as timeOrder gives them: NaN where a time is not in the normal form. */
  private firstOrder = NaN;
  private lastOrder = NaN;

  /**
   * Widens the span of time the file covers. The times compare as strings do: by their orders
   * (timeOrder) where both have one, which spares comparing two strings sliced from a log's text
   * in the runtime (on a dense CBS.log that cost about a twentieth of the analysis).
   */
  seen({ time, order }: Stamp): void {
    const last = this.lastTime;
    if (last === undefined || this.firstTime === undefined) {
      this.firstTime = this.lastTime = time;
      this.firstOrder = this.lastOrder = order;
      return;
    }
    // Most lines are no earlier than the one before: one comparison, since the first time is no later than the last.
    const lastOrder = this.lastOrder;
    if (order === order && lastOrder === lastOrder ? order > lastOrder : time > last) {
      this.lastTime = time;
      this.lastOrder = order;
    } else if (order === order && this.firstOrder === this.firstOrder ? order < this.firstOrder : time < this.firstTime) {
      this.firstTime = time;
      this.firstOrder = order;
    }
  }

  countCode(hit: CodeHit, line: number, text: string, noise: NoiseEntry | undefined, at?: Stamp): void {
    let tally = this.codes.get(hit.code);
    if (!tally) {
      if (this.codes.size >= MAX_DISTINCT_CODES) {
        this.droppedCodes++;
        return;
      }
      tally = { code: hit.code, count: 0, noise: 0, forms: {}, evidence: [] };
      this.codes.set(hit.code, tally);
    }
    tally.count++;
    tally.forms[hit.form] = (tally.forms[hit.form] ?? 0) + 1;
    if (!noise) tally.lastSignal = line;
    if (noise) {
      tally.noise++;
      tally.noiseWhy ??= `${noise.why} (${describeContext(noise.context)})`;
    }
    const last = tally.evidence[tally.evidence.length - 1];
    if (tally.evidence.length < EVIDENCE_PER_CODE && last?.line !== line) tally.evidence.push(this.evidence(line, text, at));
  }

  /**
   * Lists `key` with the line it is first mentioned on. The list keeps `key` as it is given: an
   * own copy (mentions.ts), and for a name read before, mostly the same string as then, which the
   * map finds by reference, its hash known.
   */
  mention(map: Map<string, Evidence>, key: string, line: number, text: string): void {
    if (map.size < MAX_MENTIONS && !map.has(key)) map.set(key, this.evidence(line, text));
  }

  /** an event log's channels (`System`, `Application`, …), as its events name them: which log it is */
  readonly channels = new Set<string>();

  noteChannel(channel: string | undefined): void {
    if (channel && this.channels.size < MAX_CHANNELS) this.channels.add(channel);
  }

  /** Windows Error Reporting reports read, by id (apply-event.ts) */
  private readonly werReports = new Set<string>();

  /** Whether this is the first event read of the report `id`; bounded like the mentions (past the bound, a report's events count again). */
  firstOfReport(id: string): boolean {
    if (this.werReports.has(id)) return false;
    if (this.werReports.size < MAX_MENTIONS) this.werReports.add(id);
    return true;
  }

  warn(message: string, line?: number): void {
    if (this.warnings.length < 50) this.warnings.push(line === undefined ? { message } : { line, message });
  }
}
