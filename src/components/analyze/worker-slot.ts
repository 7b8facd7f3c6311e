/**
 * One Web Worker of the analyzer page and the one request it is working on. A worker that
 * fails (it could not start, or died) ends its request with an error and is not reused.
 */
import type { FromWorker, ToWorker } from '../../analyzer-worker/protocol.ts';

export type Request = Exclude<ToWorker, { type: 'cancel' | 'prepare' }>;

export class WorkerSlot {
  private worker?: Worker;
  private current?: { id: number; handle: (message: FromWorker) => void };

  get busy(): boolean {
    return !!this.current;
  }

  /** Sends a request; `handle` gets every message about it until one ends it (report, scanned, cancelled, error). */
  send(request: Request, handle: (message: FromWorker) => void): void {
    this.current = { id: request.id, handle };
    this.ensure().postMessage(request);
  }

  /** Starts the worker, and its knowledge load, before the first request. */
  prepare(knowledgeUrl: string): void {
    this.ensure().postMessage({ type: 'prepare', knowledgeUrl } satisfies ToWorker);
  }

  cancel(id: number): void {
    if (this.current?.id === id) this.worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../analyzer-worker/worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      const id = this.current?.id ?? 0;
      this.worker?.terminate();
      this.worker = undefined;
      this.receive({ type: 'error', id, stage: 'analyze', message: event.message || 'worker error' });
    });
    return (this.worker = worker);
  }

  private receive(message: FromWorker): void {
    const current = this.current;
    if (!current || message.id !== current.id) return;
    if (message.type !== 'progress') this.current = undefined;
    current.handle(message);
  }
}
