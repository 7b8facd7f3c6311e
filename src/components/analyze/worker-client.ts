/**
 * Runs one analysis at a time on the page's Web Workers and turns their messages into a promise.
 * Small inputs go whole to one worker. A bundle (several files, or a zip, of a few megabytes and
 * more) is split: up to one worker per core reads one file or zip entry at a time, a zip's
 * directory is read here with `File.slice` (a few kilobytes), and one worker merges the records
 * into the report. Workers are kept between runs, so each fetches the knowledge file once.
 */
import { scanInParallel, worthSplitting, type Report, type ScanResult, type ScanTask, type TaskPool } from '../../analyzer/index.ts';
import type { FromWorker } from '../../analyzer-worker/protocol.ts';
import { unpackReport } from '../../analyzer-worker/packed-report.ts';
import { blobAccess } from '../../input/index.ts';
import { WorkerSlot, type Request } from './worker-slot.ts';

export type RunResult = { kind: 'report'; report: Report; ms: number } | { kind: 'cancelled' } | { kind: 'error'; stage: 'knowledge' | 'analyze'; message: string };

export interface ProgressInfo {
  bytesDone: number;
  bytesTotal: number;
  file?: string;
}

/** Workers at most: more than four rarely helps a bundle and costs memory on big machines. */
const MAX_WORKERS = 4;

class RunError extends Error {
  constructor(readonly result: Exclude<RunResult, { kind: 'report' }>) {
    super(result.kind);
  }
}

export class AnalyzerClient {
  private readonly slots: WorkerSlot[];
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;
  private current?: { controller: AbortController; done: (r: RunResult) => void; fatal?: RunError };

  constructor(private readonly knowledgeUrl: string) {
    const cores = typeof navigator === 'object' ? navigator.hardwareConcurrency || 1 : 1;
    this.slots = Array.from({ length: Math.max(1, Math.min(cores, MAX_WORKERS)) }, () => new WorkerSlot());
  }

  /** Starts the first worker and its knowledge load ahead of the first run (which would otherwise wait about 0.2 s for them). */
  prepare(): void {
    this.slots[0].prepare(this.knowledgeUrl);
  }

  get running(): boolean {
    return !!this.current;
  }

  run(files: File[], onProgress: (p: ProgressInfo) => void): Promise<RunResult> {
    // a new run replaces the one going on, which ends as cancelled
    this.cancel();
    this.finish({ kind: 'cancelled' });
    const controller = new AbortController();
    return new Promise<RunResult>((done) => {
      const current: NonNullable<AnalyzerClient['current']> = { controller, done };
      this.current = current;
      const started = performance.now();
      this.analyze(files, onProgress, current).then(
        (report) => this.finish({ kind: 'report', report, ms: performance.now() - started }, controller),
        (error) => {
          const failure = current.fatal ?? (error instanceof RunError ? error : undefined);
          if (failure) return this.finish(failure.result, controller);
          this.finish(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'error', stage: 'analyze', message: String(error?.message ?? error) }, controller);
        },
      );
    });
  }

  cancel(): void {
    this.current?.controller.abort();
  }

  private async analyze(files: File[], onProgress: (p: ProgressInfo) => void, run: NonNullable<AnalyzerClient['current']>): Promise<Report> {
    const { signal } = run.controller;
    const inputs = files.map((file) => ({ name: file.name, size: file.size, source: file, access: blobAccess(file) }));
    const split = this.slots.length > 1 && (await worthSplitting(inputs));
    if (!split) return this.ask(this.slots[0], { type: 'analyze', id: this.nextId++, files, knowledgeUrl: this.knowledgeUrl }, signal, onProgress);
    const records = await scanInParallel(inputs, this.pool(run), { signal, onProgress });
    return this.ask(this.slots[0], { type: 'merge', id: this.nextId++, records, knowledgeUrl: this.knowledgeUrl }, signal);
  }

  /**
   * The workers as a pool for the split analysis: a task waits for a free worker. A worker that
   * fails on a task fails that task only; a knowledge file that cannot be loaded ends the run.
   */
  private pool(run: NonNullable<AnalyzerClient['current']>): TaskPool<File> {
    return {
      run: async (task: ScanTask<File>, onBytes, signal) => {
        let slot: WorkerSlot | undefined;
        while (!(slot = this.slots.find((s) => !s.busy))) {
          await new Promise<void>((wake) => {
            this.waiting.push(wake);
            signal?.addEventListener('abort', () => wake(), { once: true });
          });
          signal?.throwIfAborted();
        }
        try {
          return await this.ask<ScanResult>(slot, { type: 'scan', id: this.nextId++, task, knowledgeUrl: this.knowledgeUrl }, signal, (p) => onBytes(p.bytesDone));
        } catch (error) {
          if (error instanceof RunError) {
            run.fatal ??= error;
            run.controller.abort();
          }
          throw error;
        } finally {
          // every waiting task looks again (some may be of a run that was cancelled)
          for (const wake of this.waiting.splice(0)) wake();
        }
      },
    };
  }

  /** One request to one worker, as a promise; a knowledge failure or a cancel ends the whole run. */
  private ask<T = Report>(slot: WorkerSlot, request: Request, signal?: AbortSignal, onProgress?: (p: ProgressInfo) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => slot.cancel(request.id);
      signal?.addEventListener('abort', onAbort, { once: true });
      slot.send(request, (message: FromWorker) => {
        if (message.type === 'progress') return onProgress?.(message);
        signal?.removeEventListener('abort', onAbort);
        if (message.type === 'report') resolve(unpackReport(message) as T);
        else if (message.type === 'scanned') resolve(message.result as T);
        else if (message.type === 'cancelled') reject(new RunError({ kind: 'cancelled' }));
        else if (message.stage === 'knowledge') reject(new RunError({ kind: 'error', stage: 'knowledge', message: message.message }));
        else reject(new Error(message.message));
      });
    });
  }

  private finish(result: RunResult, of?: AbortController): void {
    const current = this.current;
    if (!current || (of && current.controller !== of)) return;
    this.current = undefined;
    current.done(result);
  }
}
