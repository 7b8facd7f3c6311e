/**
 * The analyzer's Web Worker: fetches the knowledge from the site once, reads the files the page
 * hands over and posts throttled progress, then the report. Nothing leaves the browser: the only
 * request is the knowledge file, from the site itself.
 */
import { analyze, knowledgeFromJSON, type Knowledge } from '../analyzer/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { throttle } from './throttle.ts';

const PROGRESS_INTERVAL_MS = 100;

let knowledge: Promise<Knowledge> | undefined;
const running = new Map<number, AbortController>();

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

async function run(id: number, files: File[], knowledgeUrl: string): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    let known: Knowledge;
    try {
      known = await loadKnowledge(knowledgeUrl);
    } catch (error) {
      post({ type: 'error', id, stage: 'knowledge', message: (error as Error).message });
      return;
    }
    const started = performance.now();
    const progress = throttle((p: { bytesDone: number; bytesTotal: number; file?: string }) => post({ type: 'progress', id, ...p }), PROGRESS_INTERVAL_MS);
    const report = await analyze(files, known, { signal: controller.signal, onProgress: (p) => progress.push(p) });
    progress.flush();
    post({ type: 'report', id, report, ms: performance.now() - started });
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', id });
    else post({ type: 'error', id, stage: 'analyze', message: (error as Error)?.message ?? String(error) });
  } finally {
    running.delete(id);
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'analyze') void run(message.id, message.files, message.knowledgeUrl);
  else running.get(message.id)?.abort();
});
