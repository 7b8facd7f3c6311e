/**
 * Worker threads of the CLI (fleet mode and `analyze --jobs`): at most `size` workers, started
 * when there is work for them, each given one job at a time. A worker that dies (a crash, an
 * out-of-memory exit) fails only its job; a new worker takes the next one.
 */
import { Worker } from 'node:worker_threads';
import type { FromCliWorker, ToCliWorker } from './worker-messages.ts';

// The compiled CLI (.build/cli/) has the worker as JavaScript beside it; from sources, tsx loads it.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './fleet-worker-boot.mjs' : './fleet-worker.js', import.meta.url);

export interface WorkerSetup {
  /** the analyzer's knowledge as JSON, read once by each worker */
  knowledge: string;
  maxExpandedBytes?: number;
}

type Job = ToCliWorker & { id: number };

interface Pending {
  job: Job;
  onProgress?: (bytesDone: number) => void;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private started = 0;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly setup: WorkerSetup,
    private readonly script: URL = WORKER,
  ) {}

  /** Runs one job on a worker; resolves with its answer, rejects when the worker fails on it. */
  run<T>(message: ToCliWorker, onProgress?: (bytesDone: number) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job: { ...message, id: this.nextId++ }, onProgress, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; jobs still queued are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the analysis was stopped'));
    await Promise.all([...this.idle.splice(0), ...this.busy.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }

  private start(): Worker {
    this.started++;
    const worker = new Worker(this.script, { workerData: this.setup });
    worker.on('message', (message: FromCliWorker) => this.receive(worker, message));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`worker stopped (exit code ${code})`)));
    return worker;
  }

  private receive(worker: Worker, message: FromCliWorker): void {
    const pending = this.busy.get(worker);
    if (!pending || message.id !== pending.job.id) return;
    if (message.type === 'progress') return pending.onProgress?.(message.bytesDone);
    this.busy.delete(worker);
    this.idle.push(worker);
    if (message.type === 'done') pending.resolve(message.value);
    else pending.reject(new Error(message.message));
    this.dispatch();
  }

  /** A worker that errs or exits is gone: its job fails, and another worker may start. */
  private lost(worker: Worker, error: Error): void {
    const pending = this.busy.get(worker);
    this.busy.delete(worker);
    const wasIdle = this.idle.indexOf(worker);
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    if (!pending && wasIdle < 0) return; // already counted (error, then exit)
    this.started--;
    void worker.terminate();
    pending?.reject(error);
    this.dispatch();
  }
}
