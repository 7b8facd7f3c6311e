/**
 * Wires every `.ut-verify` section: a chosen or dropped file goes to a hash worker, progress
 * fills the bar, and the verdict the component rendered for that case is shown with its slots
 * filled in. The section's data-state, data-engine, data-ms and data-verdict tell tests and
 * benchmarks what happened.
 */
import { verdictFor, type KbHash, type Verdict } from '../../hash/verdict.ts';
import type { HashRecord } from '../../kb/hash-match.ts';
import type { KbFact } from '../../kb/near-kb.ts';
import { showKbMiss } from './kb-miss.ts';
import { setupPasteCheck } from './paste-check.ts';
import type { HashReply } from './protocol.ts';
import { kbPath } from '../../routes/index.ts';
import { readUrlKb } from './url-kb.ts';

const catalogs = new Map<string, Promise<HashRecord[]>>();

/** The catalog's KB hashes, fetched once; without them the page's own KB is still checked. */
function catalogHashes(url: string): Promise<HashRecord[]> {
  if (!catalogs.has(url)) {
    catalogs.set(url, fetch(url).then((r) => (r.ok ? (r.json() as Promise<HashRecord[]>) : [])).catch(() => []));
  }
  return catalogs.get(url)!;
}

function setup(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const input = $<HTMLInputElement>('[data-role="file"]');
  const drop = $<HTMLElement>('.ut-verify-drop');
  const progressBox = $<HTMLElement>('[data-role="progress"]');
  const progress = $<HTMLProgressElement>('progress');
  const percent = $<HTMLOutputElement>('[data-role="percent"]');
  const computed = $<HTMLElement>('[data-role="computed"]');
  const langRoot = root.dataset.langRoot ?? '';
  // fetched when first needed: a KB page that is only read costs no request
  const hashes = () => catalogHashes(root.dataset.hashesUrl ?? '');
  let worker: Worker | undefined;
  /** counts files started, so that a verdict for a file replaced meanwhile is dropped */
  let job = 0;

  // On a KB page the expected KB is the page's; on /verify/ a link may name one: ?kb=KB5016623,
  // and a mistyped one (?kb=KB6016623) gets the search box's "did you mean" instead.
  const expected: Promise<KbHash | undefined> = root.dataset.expectedKb
    ? Promise.resolve({ kb: root.dataset.expectedKb, sha256: root.dataset.expectedSha256 || null })
    : expectedFromUrl();
  if (root.dataset.expectedKb) queueMicrotask(() => showExpected(root.dataset.expectedKb!));

  async function expectedFromUrl(): Promise<KbHash | undefined> {
    if (!new URLSearchParams(location.search).has('kb')) return undefined;
    const wanted = readUrlKb(location.search, await hashes(), JSON.parse(root.dataset.kbFacts ?? '[]') as KbFact[]);
    if (wanted?.kind === 'miss') showKbMiss(root, wanted.miss, langRoot);
    if (wanted?.kind !== 'record') return undefined;
    showExpected(wanted.record.kb);
    return wanted.record;
  }

  function fillSlot(name: string, value: string, link: boolean): void {
    for (const slot of root.querySelectorAll<HTMLElement>(`[data-slot="${name}"]`)) {
      if (!link) {
        slot.textContent = value;
        continue;
      }
      const a = document.createElement('a');
      a.href = langRoot + kbPath(value);
      a.textContent = value;
      slot.replaceChildren(a);
    }
  }

  function showExpected(kb: string): void {
    fillSlot('expected', kb, true);
    $<HTMLElement>('.ut-verify-against').hidden = false;
  }

  function show(state: string, verdict?: string): void {
    root.dataset.state = state;
    progressBox.hidden = state !== 'hashing';
    for (const block of root.querySelectorAll<HTMLElement>('[data-verdict]')) block.hidden = block.dataset.verdict !== verdict;
    if (state !== 'done') computed.hidden = true;
  }

  function setProgress(done: number, total: number): void {
    const value = total > 0 ? Math.floor((done / total) * 100) : 100;
    progress.value = value;
    percent.textContent = `${value} %`;
  }

  function stop(): void {
    worker?.terminate();
    worker = undefined;
  }

  async function finish(file: File, reply: Extract<HashReply, { type: 'done' }>, started: number): Promise<void> {
    const verdict: Verdict = verdictFor(reply.sha256, await hashes(), await expected);
    if (started !== job) return;
    if ('kb' in verdict) fillSlot('kb', verdict.kb, true);
    if ('expected' in verdict) fillSlot('expected', verdict.expected, true);
    fillSlot('file', file.name, false);
    $<HTMLElement>('[data-role="sha256"]').textContent = reply.sha256;
    Object.assign(root.dataset, { engine: reply.engine, ms: String(Math.round(reply.ms)), verdict: verdict.kind });
    show('done', verdict.kind);
    computed.hidden = false;
  }

  function start(file: File): void {
    stop();
    paste.clear();
    const started = ++job;
    void hashes();
    delete root.dataset.verdict;
    setProgress(0, file.size);
    show('hashing');
    const current = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
    worker = current;
    current.onmessage = ({ data }: MessageEvent<HashReply>) => {
      if (worker !== current) return;
      if (data.type === 'progress') return setProgress(data.done, data.total);
      stop();
      if (data.type === 'done') void finish(file, data, started);
      else show('error', 'error');
    };
    current.onerror = () => (stop(), show('error', 'error'));
    current.postMessage({ file });
  }

  // A hash pasted after a file was chosen is what the reader now asks about: the file's verdict goes.
  const paste = setupPasteCheck(root, hashes, expected, () => {
    stop();
    job++;
    input.value = '';
    delete root.dataset.verdict;
    show('idle');
  });
  input.addEventListener('change', () => input.files?.[0] && start(input.files[0]));
  $<HTMLButtonElement>('[data-role="cancel"]').addEventListener('click', () => {
    stop();
    job++;
    input.value = '';
    show('cancelled', 'cancelled');
    input.focus(); // the Cancel button that had the focus is hidden now
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.dataset.over = '';
  });
  drop.addEventListener('dragleave', () => delete drop.dataset.over);
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    delete drop.dataset.over;
    const file = event.dataTransfer?.files[0];
    if (file) start(file);
  });
}

for (const root of document.querySelectorAll<HTMLElement>('.ut-verify')) setup(root);
