/**
 * Runs one analysis at a time in the Web Worker and turns its messages into a promise.
 * The worker is kept between runs, so the knowledge file is fetched once per page.
 */
import type { Report } from '../../analyzer/index.ts';
import type { FromWorker, ToWorker } from '../../analyzer-worker/protocol.ts';

export type RunResult = { kind: 'report'; report: Report; ms: number } | { kind: 'cancelled' } | { kind: 'error'; stage: 'knowledge' | 'analyze'; message: string };

export interface ProgressInfo {
  bytesDone: number;
  bytesTotal: number;
  file?: string;
}

export class AnalyzerClient {
  private worker?: Worker;
  private nextId = 1;
  private current?: { id: number; onProgress: (p: ProgressInfo) => void; done: (r: RunResult) => void };

  constructor(private readonly knowledgeUrl: string) {}

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../analyzer-worker/worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      this.finish({ kind: 'error', stage: 'analyze', message: event.message || 'worker error' });
      // a worker that failed to start is not reused
      this.worker?.terminate();
      this.worker = undefined;
    });
    return (this.worker = worker);
  }

  get running(): boolean {
    return !!this.current;
  }

  run(files: File[], onProgress: (p: ProgressInfo) => void): Promise<RunResult> {
    // a new run replaces the one going on, which ends as cancelled
    if (this.current) {
      this.cancel();
      this.finish({ kind: 'cancelled' });
    }
    const id = this.nextId++;
    return new Promise<RunResult>((done) => {
      this.current = { id, onProgress, done };
      this.send({ type: 'analyze', id, files, knowledgeUrl: this.knowledgeUrl });
    });
  }

  cancel(): void {
    if (this.current) this.send({ type: 'cancel', id: this.current.id });
  }

  private send(message: ToWorker): void {
    this.ensureWorker().postMessage(message);
  }

  private receive(message: FromWorker): void {
    if (!this.current || message.id !== this.current.id) return;
    if (message.type === 'progress') this.current.onProgress(message);
    else if (message.type === 'report') this.finish({ kind: 'report', report: message.report, ms: message.ms });
    else if (message.type === 'cancelled') this.finish({ kind: 'cancelled' });
    else this.finish({ kind: 'error', stage: message.stage, message: message.message });
  }

  private finish(result: RunResult): void {
    const current = this.current;
    this.current = undefined;
    current?.done(result);
  }
}
