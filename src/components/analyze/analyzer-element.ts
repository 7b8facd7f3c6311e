/**
 * `<ut-analyzer>`: the analyzer page's controller. Takes files from a drop, the pickers or pasted
 * text, runs them through the Web Worker while showing MB done, and draws the report. The main
 * thread only draws: all reading and parsing happens in the worker.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Report } from '../../analyzer/index.ts';
import type { SymptomRefs } from '../../catalog/symptom-links.ts';
import { analyzeStrings, type AnalyzeStrings } from '../../i18n/analyze.ts';
import { fileFromText, filesFromDrop, filesFromInput } from './collect-files.ts';
import { AnalyzerClient, type ProgressInfo } from './worker-client.ts';
import { drawReport } from './render-report.ts';
import { downloadReport } from './save-report.ts';
import { readReport } from './saved-report.ts';
import { mountPanels } from './panels.ts';
import { keepForReturn, keepScrollForReturn, resultOnReturn, scrollOnReturn } from './result-on-return.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const MB = 1024 * 1024;

type State = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

class AnalyzerElement extends HTMLElement {
  private pageLang: Lang = 'zh-CN';
  private s!: AnalyzeStrings;
  private client = new AnalyzerClient(new URL(`${BASE}data/knowledge.json`, location.href).href);
  private report?: Report;
  private runbookTitles: Record<string, string> = {};
  private symptoms: SymptomRefs | undefined;
  /** bumped by every new run or reopen: an older run that ends later must not draw over it */
  private generation = 0;

  private el<T extends Element>(name: string): T {
    return this.querySelector(`[data-${name}]`) as T;
  }

  connectedCallback(): void {
    this.pageLang = this.dataset.lang === 'en' ? 'en' : 'zh-CN';
    this.s = analyzeStrings(this.pageLang);
    this.runbookTitles = JSON.parse(this.dataset.runbooks ?? '{}') as Record<string, string>;
    this.symptoms = this.dataset.symptoms ? (JSON.parse(this.dataset.symptoms) as SymptomRefs) : undefined;
    const drop = this.el<HTMLElement>('drop');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('ut-an-over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('ut-an-over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('ut-an-over');
      if (event.dataTransfer) void filesFromDrop(event.dataTransfer).then((files) => this.start(files));
    });
    // A file that misses the drop zone would make the browser leave the page to show it.
    for (const type of ['dragover', 'drop'] as const) {
      document.addEventListener(type, (event) => {
        if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
      });
    }
    for (const name of ['pick-files', 'pick-folder']) {
      const input = this.el<HTMLInputElement>(name);
      input.addEventListener('change', () => {
        const files = filesFromInput(input);
        input.value = '';
        void this.start(files);
      });
    }
    this.el<HTMLButtonElement>('analyze-paste').addEventListener('click', () => {
      const box = this.el<HTMLTextAreaElement>('paste');
      if (box.value.trim()) return void this.start([fileFromText(box.value, this.s.pastedName)]);
      // a click on an empty box did nothing at all: say what is missing, and where
      this.setState('error', this.s.nothingPasted);
      box.focus();
    });
    this.el<HTMLButtonElement>('cancel').addEventListener('click', () => this.client.cancel());
    this.el<HTMLButtonElement>('save').addEventListener('click', () => this.report && downloadReport(this.report));
    const reopen = this.el<HTMLInputElement>('reopen');
    reopen.addEventListener('change', () => {
      const file = reopen.files?.[0];
      reopen.value = '';
      if (file) void this.reopen(file);
    });
    this.setState('idle');
    addEventListener('pagehide', () => keepScrollForReturn(scrollY));
    const kept = resultOnReturn();
    if (kept) void this.showAgain(kept);
    // The page is for analyzing: once it is idle, the worker starts and loads the knowledge, so a
    // file given later is read at once. Not before: the page's own loading comes first.
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    whenIdle(() => this.client.prepare());
  }

  private setState(state: State, message = ''): void {
    this.dataset.state = state;
    this.el<HTMLElement>('progress').hidden = state !== 'running';
    this.el<HTMLElement>('status').textContent = message;
  }

  private async start(files: File[]): Promise<void> {
    if (!files.length) return this.setState('error', this.s.noFiles);
    const generation = ++this.generation;
    this.clear();
    const total = files.reduce((n, f) => n + f.size, 0);
    this.setState('running');
    this.showProgress({ bytesDone: 0, bytesTotal: total });
    const result = await this.client.run(files, (p) => this.showProgress(p));
    if (generation !== this.generation) return;
    if (result.kind === 'cancelled') return this.setState('cancelled', this.s.cancelled);
    if (result.kind === 'error') return this.setState('error', result.stage === 'knowledge' ? this.s.knowledgeFailed : this.s.failed(result.message));
    if (!(await this.show(result.report, files, generation))) return;
    keepForReturn(result.report);
    const logs = result.report.inputs.filter((i) => i.status === 'analyzed').length;
    this.setState('done', this.s.done(files.length, logs, (result.ms / 1000).toFixed(1)));
  }

  private showProgress(p: ProgressInfo): void {
    const bar = this.el<HTMLProgressElement>('bar');
    bar.max = Math.max(p.bytesTotal, 1);
    bar.value = p.bytesDone;
    this.el<HTMLElement>('progress-text').textContent = this.s.progress((p.bytesDone / MB).toFixed(1), (p.bytesTotal / MB).toFixed(1));
  }

  private async reopen(file: File): Promise<void> {
    const generation = ++this.generation;
    this.client.cancel();
    const read = readReport(await file.text());
    if (generation !== this.generation) return;
    if ('error' in read) {
      const message = read.error === 'json' ? this.s.unreadableJson : read.error === 'version' ? this.s.wrongVersion(read.found) : this.s.notAReport;
      return this.setState('error', message);
    }
    this.clear();
    if (!(await this.show(read.report, [], generation))) return;
    keepForReturn(read.report);
    this.setState('done', this.s.reopened(file.name));
  }

  /** The result from before the reader left the page by a link (resultOnReturn). */
  private async showAgain(report: Report): Promise<void> {
    const generation = ++this.generation;
    if (!(await this.show(report, [], generation))) return;
    this.setState('done', this.s.returned);
    scrollTo(0, scrollOnReturn());
  }

  private clear(): void {
    this.report = undefined;
    this.el<HTMLElement>('results').replaceChildren();
    this.el<HTMLElement>('panels').replaceChildren();
    this.el<HTMLElement>('actions').hidden = true;
  }

  /** Draws the report a piece at a time (a big one would block the page); false when a newer run took over meanwhile. */
  private async show(report: Report, files: File[], generation: number): Promise<boolean> {
    this.report = report;
    const wanted = () => generation === this.generation;
    if (!(await drawReport(this.el<HTMLElement>('results'), report, this.pageLang, BASE, this.runbookTitles, this.symptoms, wanted))) return false;
    this.el<HTMLElement>('actions').hidden = false;
    mountPanels(this.el<HTMLElement>('panels'), report, files, this.pageLang);
    return true;
  }
}

customElements.define('ut-analyzer', AnalyzerElement);
