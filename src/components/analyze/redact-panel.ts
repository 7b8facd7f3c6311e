/**
 * The redacted export under a report: one button that makes redacted-logs.zip from the files
 * just analyzed (in a Web Worker, or in the page when no worker can start) and downloads it,
 * then lists the kinds and counts replaced. Log-derived names go in as text only.
 */
import { labelColon, type Lang } from '../../i18n/lang.ts';
import { KINDS } from '../../redact/kinds.ts';
import type { RedactionSummary } from '../../redact/export.ts';
import type { FromRedactWorker, ToRedactWorker } from '../../redact/protocol.ts';
import { reasonText, redactStrings } from '../../i18n/redact.ts';
import { h } from './dom.ts';

export const ZIP_NAME = 'redacted-logs.zip';

type Result = { zip: Blob; summary: RedactionSummary };

type OnProgress = (done: number) => void;

function inWorker(files: File[], lang: Lang, onProgress: OnProgress): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../redact/worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromRedactWorker>) => {
      if (event.data.type === 'progress') return onProgress(event.data.done);
      worker.terminate();
      if (event.data.type === 'done') resolve(event.data);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(Object.assign(new Error(event.message || 'worker'), { noWorker: true }));
    });
    worker.postMessage({ type: 'redact', files, lang } satisfies ToRedactWorker);
  });
}

async function inPage(files: File[], lang: Lang, onProgress: OnProgress): Promise<Result> {
  const { redactToZip } = await import('../../redact/export.ts');
  const parts: BlobPart[] = [];
  const summary = await redactToZip(files, { lang, onProgress, onData: (chunk) => parts.push(chunk as Uint8Array<ArrayBuffer>) });
  return { zip: new Blob(parts, { type: 'application/zip' }), summary };
}

async function redact(files: File[], lang: Lang, onProgress: OnProgress): Promise<Result> {
  try {
    return await inWorker(files, lang, onProgress);
  } catch (error) {
    if ((error as { noWorker?: boolean }).noWorker) return inPage(files, lang, onProgress);
    throw error;
  }
}

export function mountRedactPanel(container: HTMLElement, files: File[], lang: Lang): void {
  if (!files.length) return; // a reopened result has no files to redact
  const s = redactStrings(lang);
  const button = h('button', { type: 'button', class: 'ut-an-button', 'data-redact': '' }, s.download);
  const status = h('p', { class: 'ut-redact-status', role: 'status', 'aria-live': 'polite' });
  const bar = h('progress', { max: '1', value: '0', 'aria-label': s.working, hidden: '' });
  const result = h('div', { class: 'ut-redact-result', 'data-redact-result': '' });
  const headingId = `ut-redact-h-${Math.random().toString(36).slice(2, 8)}`;
  container.append(
    h('section', { class: 'ut-an-section ut-redact', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, s.heading),
      h('p', {}, s.lead),
      h('div', { class: 'ut-an-actions' }, button),
      bar,
      status,
      result),
  );

  let url: string | undefined;
  button.addEventListener('click', async () => {
    button.disabled = true;
    if (url) URL.revokeObjectURL(url); // the previous zip's link goes with it
    status.textContent = s.working;
    bar.value = 0;
    bar.hidden = false;
    result.replaceChildren();
    try {
      const { zip, summary } = await redact(files, lang, (done) => (bar.value = done));
      url = URL.createObjectURL(zip);
      const link = h('a', { href: url, download: ZIP_NAME, 'data-redact-download': '' }, ZIP_NAME);
      status.textContent = s.done(summary.files.length);
      result.append(counts(summary, lang), link);
      link.click();
    } catch (error) {
      status.textContent = s.failed + ((error as Error)?.message ?? String(error));
    } finally {
      bar.hidden = true;
      button.disabled = false;
    }
  });
}

function counts(summary: RedactionSummary, lang: Lang): HTMLElement {
  const s = redactStrings(lang);
  const sep = labelColon(lang);
  const replaced = KINDS.filter((k) => summary.counts[k].replaced > 0);
  const item = (k: (typeof KINDS)[number]) => h('li', { 'data-kind': k }, s.kinds[k], sep, s.countLine(summary.counts[k].replaced, summary.counts[k].distinct));
  const box = h('div', {}, replaced.length ? h('ul', { 'data-redact-counts': '' }, ...replaced.map(item)) : h('p', {}, s.nothing));
  if (summary.leftOut.length) {
    box.append(h('p', {}, s.leftOutHeading), h('ul', { 'data-redact-left-out': '' }, ...summary.leftOut.map((f) => h('li', {}, `${f.name}: ${reasonText(lang, f.reason)}`))));
  }
  return box;
}
