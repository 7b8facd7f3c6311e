/**
 * The analyzer's Web Worker: fetches the knowledge from the site once, then reads what the page
 * hands over — all files (`analyze`), or one file or zip entry of a bundle (`scan`) — posting
 * throttled progress, and builds reports (`analyze`, `merge`). Nothing leaves the browser: the
 * only request is the knowledge file, from the site itself.
 */
import { analyze, knowledgeFromJSON, mergeRecords, runTask, type Knowledge, type TaskHost } from '../analyzer/index.ts';
import { blobAccess } from '../input/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { packReport } from './packed-report.ts';
import { throttle } from './throttle.ts';

const PROGRESS_INTERVAL_MS = 100;

let knowledge: Promise<Knowledge> | undefined;
const running = new Map<number, AbortController>();

/** A `File` is both: a stream for a whole file, slices for a zip entry's bytes. */
const fileHost: TaskHost<File> = {
  input: (file, name, size) => ({ name, ...(size !== undefined ? { size } : {}), stream: () => file.stream() }),
  access: (file) => blobAccess(file),
};

function post(message: FromWorker): void {
  self.postMessage(message);
}

function loadKnowledge(url: string): Promise<Knowledge> {
  knowledge ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return knowledgeFromJSON(await response.text());
  });
  knowledge.catch(() => (knowledge = undefined));
  return knowledge;
}

type Work = Exclude<ToWorker, { type: 'cancel' | 'prepare' }>;

async function perform(message: Work, known: Knowledge, signal: AbortSignal): Promise<FromWorker> {
  const { id } = message;
  const started = performance.now();
  const progress = throttle((p: { bytesDone: number; bytesTotal: number; file?: string }) => post({ type: 'progress', id, ...p }), PROGRESS_INTERVAL_MS);
  try {
    if (message.type === 'merge') return { type: 'report', id, ...packReport(mergeRecords(message.records, known)), ms: performance.now() - started };
    if (message.type === 'scan') {
      const { task } = message;
      const total = task.kind === 'file' ? (task.size ?? 0) : task.entry.compressedSize;
      const result = await runTask(task, fileHost, known, { signal, onBytes: (bytesDone) => progress.push({ bytesDone, bytesTotal: total }) });
      return { type: 'scanned', id, result };
    }
    const report = await analyze(message.files, known, { signal, onProgress: (p) => progress.push(p) });
    return { type: 'report', id, ...packReport(report), ms: performance.now() - started };
  } finally {
    progress.flush();
  }
}

async function run(message: Work): Promise<void> {
  const { id } = message;
  const controller = new AbortController();
  running.set(id, controller);
  try {
    let known: Knowledge;
    try {
      known = await loadKnowledge(message.knowledgeUrl);
    } catch (error) {
      post({ type: 'error', id, stage: 'knowledge', message: (error as Error).message });
      return;
    }
    post(await perform(message, known, controller.signal));
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', id });
    else post({ type: 'error', id, stage: 'analyze', message: (error as Error)?.message ?? String(error) });
  } finally {
    running.delete(id);
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') running.get(message.id)?.abort();
  // a failed load is retried, and reported, by the run that needs it
  else if (message.type === 'prepare') loadKnowledge(message.knowledgeUrl).catch(() => undefined);
  else void run(message);
});
