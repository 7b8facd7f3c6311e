/// <reference lib="webworker" />
/**
 * Makes redacted-logs.zip off the page's thread: big logs are read twice and deflated,
 * which would freeze the page. The zip is collected as a Blob (the browser may keep it on disk).
 */
import { redactToZip } from './export.ts';
import type { FromRedactWorker, ToRedactWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<ToRedactWorker>) => {
  const { files, lang } = event.data;
  const parts: BlobPart[] = [];
  let reply: FromRedactWorker;
  try {
    let shown = 0;
    const onProgress = (done: number) => {
      // a message per whole percent is plenty for a progress bar
      if (done - shown < 0.01) return;
      shown = done;
      scope.postMessage({ type: 'progress', done } satisfies FromRedactWorker);
    };
    const summary = await redactToZip(files, { lang, onProgress, onData: (chunk) => parts.push(chunk as Uint8Array<ArrayBuffer>) });
    reply = { type: 'done', zip: new Blob(parts, { type: 'application/zip' }), summary };
  } catch (error) {
    reply = { type: 'error', message: (error as Error)?.message ?? String(error) };
  }
  scope.postMessage(reply);
});
