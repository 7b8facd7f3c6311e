import type { Evidence } from '../extract/evidence.ts';

/** A DISM API call that changes the image (`DismAddPackageInternal`, `DismEnableDisableFeatureInternal`), as dism.log names it; not an app package's, which the verdict sets aside. */
const API_CHANGES = /^(?:Add|Remove|Enable|Disable|Apply|Set|RestoreImageHealth|Cleanup)(?!\w*Appx)/;

/**
 * The servicing log's operation that changes the system, started and with no result yet (a log
 * that ends here cannot tell whether it worked): a DISM.EXE command, a DISM API call made by
 * another program (ManagedDism, ConfigMgr, WMI), or a CBS `Exec:`. Each ends by its own line; any
 * failing line, or a DISM session closing, ends it too.
 */
export class UnfinishedOperation {
  private started?: Evidence;
  /** what ends it: `dism`, `exec`, or the API call's name */
  private endedBy?: string;

  /** The open operation's first line, if there is one. */
  get line(): Evidence | undefined {
    return this.started;
  }

  /** A DISM.EXE command line: each run is an operation of its own, one that changes the image or none (undefined). */
  command(started: Evidence | undefined): void {
    [this.started, this.endedBy] = [started, started && 'dism'];
  }

  /**
   * A DISM API line: `Enter DismAddPackageInternal`, its `Input parameters: … - DismAddPackageInternal`,
   * or `Exit DismAddPackageInternal`. `call` is the name between `Dism` and `Internal`.
   */
  apiStep(call: string, step: 'enter' | 'exit', at: () => Evidence): void {
    if (step === 'exit') {
      if (this.endedBy === call) this.end();
    } else if (!this.started && API_CHANGES.test(call)) [this.started, this.endedBy] = [at(), call];
  }

  /** CBS `Exec: Processing started` (`done` false) or `Exec: Processing complete` (`done` true). */
  exec(done: boolean, at: () => Evidence): void {
    if (done) {
      if (this.endedBy === 'exec') this.end();
    } else if (!this.started) [this.started, this.endedBy] = [at(), 'exec'];
  }

  /** A failing line, or a DISM session closing: the operation has its result. */
  end(): void {
    this.started = this.endedBy = undefined;
  }
}

/** Reads a DISM API line's call and step (`… Enter DismAddPackageInternal - DismAddPackageInternal`), or undefined. */
export function dismApiStep(text: string): { call: string; step: 'enter' | 'exit' } | undefined {
  const end = text.trimEnd();
  if (!end.endsWith('Internal')) return undefined;
  const at = end.lastIndexOf(' - Dism');
  if (at < 0) return undefined;
  const call = end.slice(at + 7, end.length - 8);
  const step = text.includes('Exit Dism') ? 'exit' : text.includes('Enter Dism') || text.includes('Input parameters: ') ? 'enter' : undefined;
  return step && /^\w+$/.test(call) ? { call, step } : undefined;
}
