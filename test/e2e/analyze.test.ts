/**
 * The analyzer page in Chromium: the support case's logs give the case's verdict and counts,
 * whether picked as files, dropped or zipped; log text stays text; nothing is sent anywhere;
 * Cancel stops a long run; a saved result opens again.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Report } from '../../src/analyzer/index.ts';
import { launch, siteUrl } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { writeLog } from '../../bench/analyzer-logs.ts';
import { repeatedEvtx } from '../../bench/support/collector-bundle.ts';
import { writeMachineLog } from '../../bench/support/collector-logs.ts';

const CASE = resolve('test/fixtures/logs/case');
const CASE_FILES = [join(CASE, 'WindowsUpdate.log'), join(CASE, 'CBS.log')];
/** The case as the engineer counted it: failed attempts by their result code. */
const CASE_TALLY = { '0x80070570': 4, '0x8024001E': 1, '0x80070490': 1 };

let browser: Browser;
let scratch: string;

beforeAll(async () => {
  browser = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'analyze-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** `before`: what to set up before the page loads (it loads the knowledge once idle). */
async function openAnalyzer(path = 'analyze/', before?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true });
  await before?.(page);
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return page;
}

async function finished(page: Page, timeout = 30_000): Promise<string> {
  // attached, not visible: a visibility check lays the page out, a long task the page itself never runs
  await page.waitForSelector('ut-analyzer:not([data-state="running"]):not([data-state="idle"])', { state: 'attached', timeout });
  return (await page.getAttribute('ut-analyzer', 'data-state'))!;
}

/** Opens every disclosure of the result and draws every long list to its end ("show more"). */
async function showEverything(page: Page): Promise<void> {
  for (const details of await page.$$('[data-results] details')) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  // a disclosure draws its content on the toggle event, which comes in a task of its own
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  for (let more; (more = await page.$('[data-results] [data-more]')); ) await more.click();
}

/** The counts table as { code: attempts }. */
async function tally(page: Page): Promise<Record<string, number>> {
  const rows = await page.$$eval('.ut-an-tally tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-code'), Number(tr.querySelector('.ut-an-count')?.textContent)]));
  return Object.fromEntries(rows);
}

async function expectCaseVerdict(page: Page): Promise<void> {
  expect(await page.getAttribute('.ut-an-cause', 'data-code')).toBe('0x80070570');
  expect(await page.textContent('.ut-an-cause')).toContain('ERROR_FILE_CORRUPT');
  expect(await tally(page)).toEqual(CASE_TALLY);
}

describe('the analyzer page', () => {
  it('analyzes the case logs picked as files: verdict first, the counts, links to code, KB and runbook', async () => {
    const page = await openAnalyzer();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('.ut-an-privacy')).toMatch(/日志不会上传/);
    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('done');
    await expectCaseVerdict(page);

    // the verdict is the first thing in the results, and names the runbook with a step link
    expect(await page.$eval('[data-results] > section', (s) => s.id)).toBe('verdict');
    expect(await page.textContent('#verdict .ut-an-span')).toContain('6 次失败的安装尝试（2022-10-12 至 2022-10-28）');
    const runbook = await page.getAttribute('#verdict [data-runbook]', 'href');
    expect(runbook).toMatch(/\/runbooks\/offline-install-with-hash-check\/$/);
    expect(await page.$$eval('#verdict a', (as) => as.map((a) => a.getAttribute('href')))).toContain(`${runbook}#step-1`);
    expect(await page.getAttribute('#verdict .ut-an-cause a', 'href')).toMatch(/\/codes\/0x80070570\/$/);

    // KB5016623 and its page; the CBS episode while expanding the package
    expect(await page.getAttribute('#system [data-kb="KB5016623"] a', 'href')).toMatch(/\/kb\/kb5016623\/$/);
    // one dot per attempt (6) and per servicing episode (1), a failure each
    expect(await page.$$eval('.ut-an-chart a[href*="/codes/0x"] > circle.ut-an-dot-failed', (c) => c.length)).toBe(7);
    expect(await page.$$eval('.ut-an-chart circle title', (ts) => ts.map((t) => t.textContent).join('\n'))).toContain('0x800F0821');

    // one card per code: 0x80070570's meaning, the runbook that handles it, and only its own lines, with file:line
    const corrupt = page.locator('.ut-an-finding[data-rule~="code:0x80070570#1"]');
    expect(await corrupt.getAttribute('data-rule')).toContain('runbook:offline-install-with-hash-check#');
    expect(await corrupt.locator('strong').textContent()).toBe('文件或目录损坏且无法读取');
    expect(await corrupt.locator(`a[href="${runbook}"]`).count()).toBe(1);
    await corrupt.locator('.ut-an-evidence summary').click();
    // the lines are drawn on the disclosure's toggle event, which comes a task after the click
    await corrupt.locator('.ut-an-evidence li').first().waitFor();
    const lines = await corrupt.locator('.ut-an-evidence li').allTextContents();
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/WindowsUpdate\.log:\d+ .*CBS called Error with 0x80070570/);
    expect(await page.$$eval('.ut-an-finding strong', (ts) => ts.filter((t) => t.textContent === '离线安装累积更新并核对 SHA-256').length)).toBe(0);

    // every code in the result is a link
    const unlinked = await page.$$eval('[data-results] .ut-an-code', (spans) => spans.filter((s) => !s.querySelector('a[href]')).length);
    expect(unlinked).toBe(0);

    // the drawn result, disclosures open, passes axe-core
    await showEverything(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('analyzes the same logs in a zip made on the spot, on the English page', async () => {
    const zip = zipSync({ 'logs/WindowsUpdate.log': readFileSync(CASE_FILES[0]), 'logs/CBS.log': readFileSync(CASE_FILES[1]) });
    const page = await openAnalyzer('en/analyze/');
    expect(await page.textContent('h1')).toContain('Log analyzer');
    await page.setInputFiles('[data-pick-files]', { name: 'collector.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    expect(await finished(page)).toBe('done');
    await expectCaseVerdict(page);
    expect(await page.textContent('#verdict')).toContain('Root cause');
    expect(await page.getAttribute('#verdict .ut-an-cause a', 'href')).toMatch(/\/en\/codes\/0x80070570\/$/);
    expect(await page.$$eval('.ut-an-inputs li', (lis) => lis.map((li) => li.getAttribute('data-status')))).toEqual(expect.arrayContaining(['container', 'analyzed', 'analyzed']));
    // the status counts the logs read in the zip, not only the one file given
    expect(await page.textContent('[data-status]')).toMatch(/^2 logs analyzed from 1 file in [\d.]+ s\.$/);
    await page.close();
  });

  it('says what goes in as it is, reads a Windows Update .etl trace in the browser and explains the WindowsUpdate.log stub', async () => {
    const page = await openAnalyzer();
    expect(await page.textContent('.ut-an-accepts')).toContain('不需要先运行 Get-WindowsUpdateLog');
    const trace = resolve('test/fixtures/binary/etl/WindowsUpdate.20251008.140245.443.8.etl');
    const stub = resolve('test/fixtures/logs/placeholders/WindowsUpdate-stub.log');
    await page.setInputFiles('[data-pick-files]', [trace, stub]);
    expect(await finished(page)).toBe('done');
    const inputs = await page.$$eval('.ut-an-inputs li', (lis) => lis.map((li) => li.textContent));
    expect(inputs).toEqual([
      'WindowsUpdate.20251008.140245.443.8.etl：Windows 更新日志（读自 ETW 跟踪文件（.etl），80 行）',
      expect.stringContaining('WindowsUpdate-stub.log：这是 Windows 10 留在 C:\\Windows\\WindowsUpdate.log 的占位文件'),
    ]);
    expect(await page.$$eval('.ut-an-chart circle.ut-an-dot-succeeded', (c) => c.length)).toBe(1);
    await page.close();
  });

  it('says beside a failing verdict that two files are years apart, as the text report does', async () => {
    const page = await openAnalyzer('en/analyze/');
    await page.setInputFiles('[data-pick-files]', [resolve('test/fixtures/logs/samples/real-55-windowsupdate.log'), resolve('test/fixtures/logs/samples/real-53-cbs.log')]);
    expect(await finished(page)).toBe('done');
    // failing: the cause in place of the state's words
    expect(await page.getAttribute('#verdict .ut-an-cause', 'data-code')).toBe('0x8024402C');
    expect(await page.textContent('#verdict .ut-an-after-lead')).toMatch(/^Two of these files are 2579 days apart \(real-55-windowsupdate\.log ends 2016-10-19, real-53-cbs\.log begins 2023-11-11\)/);
    await page.close();
  });

  it("says a reader's notes in the page's language: an event log copied while open, on the Chinese page", async () => {
    const page = await openAnalyzer();
    await page.setInputFiles('[data-pick-files]', resolve('test/fixtures/binary/System-misc.evtx'));
    expect(await finished(page)).toBe('done');
    const notes = await page.$$eval('.ut-an-notes li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(notes).toContainEqual(expect.stringContaining('System-misc.evtx：第 0 字节：日志没有正常关闭（在使用中被复制）'));
    // no English sentence left in them
    for (const note of notes) expect(note).not.toMatch(/[a-z]+ [a-z]+ [a-z]+/);
    await page.close();
  });

  it("shows what an .evtx event means in the page language in the attempts table: a failed install, a Store app's failure set aside, 37 succeeded", async () => {
    const evtx = resolve('test/fixtures/binary/System-wuclient.evtx');
    for (const [path, failedText, input] of [
      ['analyze/', '更新安装失败，错误 0x80240016', 'System-wuclient.evtx：事件日志（1247 行）'],
      ['en/analyze/', 'The update failed to install with error 0x80240016', 'System-wuclient.evtx: event log (1247 lines)'],
    ] as const) {
      const page = await openAnalyzer(path);
      await page.setInputFiles('[data-pick-files]', evtx);
      expect(await finished(page)).toBe('done');
      await showEverything(page);
      const rows = await page.$$eval('.ut-an-timeline-table tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-status'), tr.querySelector('.ut-an-message')?.textContent ?? '']));
      expect(rows.filter(([status]) => status === 'failed')).toHaveLength(1);
      expect(rows.filter(([status]) => status === 'succeeded').length).toBeGreaterThanOrEqual(37);
      expect(rows.map(([, message]) => message)).toContainEqual(expect.stringContaining(failedText));
      // a Store app in use (0x80073D02) is no failure of this machine's updates: the verdict sets it aside, and the table says so
      expect(rows.filter(([status]) => status === 'aside').map(([, message]) => message)).toEqual([expect.stringContaining('0x80073D02')]);
      // An event log has no text encoding: its input line gives its lines alone, no 'undefined'.
      expect(await page.textContent('.ut-an-inputs li')).toBe(input);
      await page.close();
    }
  });

  it("fits a phone's width with the case analyzed, the reply's symptom list included", async () => {
    const page = await openAnalyzer('analyze/', (p) => p.setViewportSize({ width: 375, height: 800 }));
    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('done');
    await page.waitForSelector('select.ut-reply-symptom option', { state: 'attached' });
    const widest = await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector('select.ut-reply-symptom')!.getBoundingClientRect().width]);
    expect(widest[0]).toBeLessThanOrEqual(375);
    expect(widest[1]).toBeLessThanOrEqual(375);
    // the counts by outcome fit their column, and no header goes one character a line
    const tally = await page.$eval('table.ut-an-tally', (table) => ({
      width: table.getBoundingClientRect().width,
      room: table.parentElement!.getBoundingClientRect().width,
      // the line boxes of each header's text
      headers: [...table.querySelectorAll('th')].map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    }));
    expect(tally.width).toBeLessThanOrEqual(tally.room);
    for (const lines of tally.headers) expect(lines).toBe(1);
    await page.close();
  });

  it('lines up each row of buttons: the pickers, save and open, the two copies of the reply', async () => {
    const page = await openAnalyzer('en/analyze/', (p) => p.setViewportSize({ width: 1280, height: 800 }));
    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('done');
    await page.waitForSelector('[data-copy-reply="markdown"]');
    const tops = await page.evaluate(() =>
      [
        ['label:has([data-pick-files])', 'label:has([data-pick-folder])'],
        ['[data-save]', 'label:has([data-reopen])'],
        ['[data-copy-reply="text"]', '[data-copy-reply="markdown"]'],
      ].map((pair) => pair.map((selector) => Math.round(document.querySelector(selector)!.getBoundingClientRect().top))),
    );
    for (const [first, second] of tops) expect(second).toBe(first);
    await page.close();
  });

  it("draws the timeline's labels whole on a desktop and at a readable size on a phone", async () => {
    for (const width of [1280, 375]) {
      const page = await openAnalyzer('en/analyze/', (p) => p.setViewportSize({ width, height: 800 }));
      await page.setInputFiles('[data-pick-files]', CASE_FILES);
      expect(await finished(page)).toBe('done');
      const chart = await page.$eval('svg.ut-an-chart', (svg) => {
        const box = svg.getBoundingClientRect();
        const labels = [...svg.querySelectorAll('.ut-an-row-label')].map((t) => ({ text: t.textContent, inside: t.getBoundingClientRect().left >= box.left && t.getBoundingClientRect().right <= box.right }));
        return { labels, textPx: (box.width / (svg as SVGSVGElement).viewBox.baseVal.width) * parseFloat(getComputedStyle(svg).fontSize) };
      });
      // the case: attempts the WindowsUpdate.log names no update for, and KB5016623's servicing episode
      expect(chart.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['(update not named in the log)', 'KB5016623 · servicing']));
      for (const label of chart.labels) expect(label).toEqual({ text: label.text, inside: true });
      expect(chart.textPx, `text in the chart at ${width} px`).toBeGreaterThanOrEqual(9);
      await page.close();
    }
  });

  it('writes the year under a timeline of several years, with no two dates on the axis running into each other', async () => {
    const samples = ['real-41-cbs.log', 'real-45-windowsupdate.log', 'real-12-events.txt', 'real-51-dism.log'].map((f) => resolve('test/fixtures/logs/samples', f));
    for (const width of [1280, 375]) {
      const page = await openAnalyzer('en/analyze/', (p) => p.setViewportSize({ width, height: 800 }));
      await page.setInputFiles('[data-pick-files]', samples);
      expect(await finished(page)).toBe('done');
      const ticks = await page.$$eval('svg.ut-an-chart .ut-an-tick', (ts) => ts.map((t) => ({ text: t.textContent ?? '', left: t.getBoundingClientRect().left, right: t.getBoundingClientRect().right })));
      expect(ticks.length, `${width} px`).toBeGreaterThan(2);
      for (const tick of ticks) expect(tick.text).toMatch(/^20\d\d-\d\d/);
      expect(new Set(ticks.map((t) => t.text.slice(0, 4))).size).toBeGreaterThan(1);
      // the axis reaches the last attempt's day (2024-05-02), not a step short of it
      expect(ticks.at(-1)!.text).toBe('2024-05');
      for (let i = 1; i < ticks.length; i++) expect(ticks[i].left, `${ticks[i - 1].text} and ${ticks[i].text} at ${width} px`).toBeGreaterThanOrEqual(ticks[i - 1].right);
      // the app package DISM provisioned is set aside by the verdict, and drawn so: grey, in the legend
      expect(await page.$$eval('svg.ut-an-chart .ut-an-dot-aside', (dots) => dots.map((d) => d.getAttribute('data-code')))).toEqual(['0x800700B7']);
      expect(await page.textContent('.ut-an-legend')).toContain("set aside (not this machine's Windows updates)");
      // the legend's long item wraps at the screen's edge instead of widening the page
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  it('says a healthy machine is healthy and asks for the logs of the one that fails; a recovered one, what fixed it', async () => {
    const corpus = resolve('test/fixtures/logs/corpus');
    const page = await openAnalyzer();
    await page.setInputFiles('[data-pick-files]', join(corpus, 'healthy/wu-fs-06-kb4584642-restart.log'));
    expect(await finished(page)).toBe('done');
    expect(await page.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('healthy');
    expect(await page.getAttribute('.ut-an-cause', 'data-code')).toBe('');
    expect(await page.textContent('#verdict .ut-an-covers')).toContain('KB4584642');
    expect(await page.$$eval('#verdict [data-next]', (lis) => lis.map((li) => li.getAttribute('data-next')))).toEqual(['failing-machine-logs']);
    expect(await page.textContent('#verdict [data-next]')).toContain('出错那台电脑的日志');
    await page.close();

    const en = await openAnalyzer('en/analyze/');
    await en.setInputFiles('[data-pick-files]', join(corpus, 'recovered/events-v2-nvidia-retry.txt'));
    expect(await finished(en)).toBe('done');
    expect(await en.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('recovered');
    const recovered = await en.$$eval('#verdict .ut-an-recovered li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(recovered).toHaveLength(2);
    expect(await en.textContent('#verdict .ut-an-recovered-title')).toBe('Failed, then succeeded later:');
    expect(recovered[0]).toContain('NVIDIA - Display - 31.0.15.1694: failed 2023-05-22 08:22:09 UTC, succeeded 2023-05-22 08:23:09 UTC');
    await en.close();

    // a DISM command on another image failed: set aside, and said so
    const wim = await openAnalyzer('en/analyze/');
    await wim.setInputFiles('[data-pick-files]', resolve('test/fixtures/logs/samples/real-50-dism.log'));
    expect(await finished(wim)).toBe('done');
    expect(await wim.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('healthy');
    expect(await wim.textContent('#verdict .ut-an-set-aside')).toBe("A DISM command on another image (a WIM file, or an image mounted in a folder) failed; that says nothing of this machine's updates and is set aside (the first at real-50-dism.log:9).");
    await wim.close();
  });

  it('says it cannot tell when a log ends before the result of a command it started, and counts no outcome it does not have', async () => {
    const page = await openAnalyzer('en/analyze/');
    await page.setInputFiles('[data-pick-files]', resolve('test/fixtures/logs/unfinished/dism-add-driver-cut.log'));
    expect(await finished(page)).toBe('done');
    expect(await page.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('inconclusive');
    expect(await page.textContent('#verdict .ut-an-state')).toContain('before its result (dism-add-driver-cut.log:5)');
    expect((await page.$$eval('#verdict [data-next]', (lis) => lis.map((li) => li.getAttribute('data-next'))))[0]).toBe('complete-logs');
    // no code at all: no counts to show, and no heading over nothing
    expect(await page.locator('#counts').count()).toBe(0);
    await page.close();

    // codes, but no outcome of an install: the heading says there is none to count, over the list of codes
    const healthy = await openAnalyzer('en/analyze/');
    await healthy.setInputFiles('[data-pick-files]', resolve('test/fixtures/logs/corpus/healthy/cbs-lh-03-applicability.log'));
    expect(await finished(healthy)).toBe('done');
    expect(await healthy.textContent('#counts')).toContain('The logs hold no outcome of an install attempt to count.');
    // no result of anything, failed or successful: not "healthy", and no cause named
    expect(await healthy.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('inconclusive');
    expect(await healthy.textContent('#verdict .ut-an-state')).toContain('These logs record no result of any operation, failed or successful');
    expect(await healthy.getAttribute('#verdict .ut-an-cause', 'data-code')).toBe('');
    await healthy.close();
  });

  it('gives the phase and operation a rolled-back upgrade failed in, from setup\'s extend code, with its line', async () => {
    const page = await openAnalyzer('en/analyze/');
    await page.setInputFiles('[data-pick-files]', resolve('test/fixtures/logs/samples/real-52-setupact.log'));
    expect(await finished(page)).toBe('done');
    expect(await page.getAttribute('.ut-an-cause', 'data-code')).toBe('0xC1900101');
    expect(await page.textContent('#verdict .ut-an-extend')).toBe('Setup reported it with extend code 0x30018: phase SP_EXECUTION_FIRST_BOOT, operation SP_EXECUTION_OP_SYSPREP. real-52-setupact.log:8');
    await page.close();
  });

  it('says a failure with no code has none: a setup rollback asks for what setup wrote before it', async () => {
    // Line 1 of github.com/Dheebakkumar/Food-Restaurant (commit f2b3415e), $WINDOWS.~BT/Sources/Rollback/setupact.log, and line
    // 14133 of github.com/ZayrexDev/stuff (commit 83b202ae), WindowsUpdate.log: an install call whose summary gives no code.
    const rollback = '2022-12-23 08:05:03, Info       [0x0e00cf] TOOL   Starting OS Rollback... (launched with command line [/CleanInstallFromWinPE /noui /BTFolder:C:\\$WINDOWS.~BT\\Sources])\r\n';
    const call = '2025/01/06 15:12:16.4465521 22820 22524 ComApi          Install call complete (succeeded = 0, succeeded with errors = 0, failed = 1, cancelled = 0, unaccounted = 0\r\n';
    const page = await openAnalyzer('en/analyze/');
    await page.setInputFiles('[data-pick-files]', [
      { name: 'setupact.log', mimeType: 'text/plain', buffer: Buffer.from(rollback) },
      { name: 'WindowsUpdate.log', mimeType: 'text/plain', buffer: Buffer.from(call) },
    ]);
    expect(await finished(page)).toBe('done');
    expect(await page.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('inconclusive');
    expect(await page.textContent('#verdict .ut-an-state')).toBe('Inconclusive — An install or servicing operation failed, but the logs give no code for it, so its cause cannot be told from these logs.');
    // no 'Nothing is still failing' beside it
    expect(await page.textContent('#verdict .ut-an-cause')).toBe('These logs do not tell a cause.');
    expect(await page.$$eval('#verdict [data-next]', (lis) => lis.map((li) => li.getAttribute('data-next')))).toEqual(['setup-logs', 'cbs-log', 'event-log']);
    expect(await page.textContent('.ut-an-tally tbody')).toContain('(no code in the log)');
    await page.close();
  });

  it('names what the logs show where a check found a problem and no code names a cause: Automatic Updates turned off', async () => {
    const page = await openAnalyzer('analyze/');
    await page.setInputFiles('[data-pick-files]', resolve('test/fixtures/logs/samples/real-61-windowsupdate.log'));
    expect(await finished(page)).toBe('done');
    expect(await page.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('inconclusive');
    expect(await page.textContent('#verdict .ut-an-cause')).toBe('日志显示的问题：自动更新被关闭');
    await page.close();
  });

  it('says an update failed to download, and names the code it failed with as the download\'s', async () => {
    // Lines 2670 and 3904 of github.com/findingsanity/Logs (commit 3b83ebea), WindowsUpdate.log
    const log = [
      '2021/07/13 15:04:05.5566469 576   8980  DownloadManager *FAILED* [80D05001] Error occurred while downloading update 4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE.200; notifying dependent calls.',
      '2021/07/13 18:08:48.8688284 752   6180  Handler         Completed install of CBS update with type=3, requiresReboot=1, installerError=0, hr=0x0',
    ].join('\r\n');
    const page = await openAnalyzer('en/analyze/');
    await page.setInputFiles('[data-pick-files]', { name: 'WindowsUpdate.log', mimeType: 'text/plain', buffer: Buffer.from(log) });
    expect(await finished(page)).toBe('done');
    expect(await page.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('inconclusive');
    expect(await page.textContent('#verdict .ut-an-state')).toContain('An update failed to download, and nothing later in these logs downloaded or installed it');
    expect(await page.textContent('#verdict .ut-an-cause strong')).toBe('Download failed with: ');
    expect(await page.textContent('#verdict .ut-an-seen')).toContain("the code the update's download failed with");
    await page.close();
  });

  it('shows a finding the log later cleared as history and suggests no runbook for it', async () => {
    const page = await openAnalyzer('en/analyze/');
    await page.setInputFiles('[data-pick-files]', resolve('test/fixtures/logs/samples/real-42-cbs.log'));
    expect(await finished(page)).toBe('done');
    expect(await page.getAttribute('#verdict .ut-an-state', 'data-state')).toBe('healthy');
    expect(await page.$$('#verdict [data-runbook]')).toHaveLength(0);
    const finding = page.locator('.ut-an-finding[data-rule~="runbook:component-store-repair#2"]');
    expect(await finding.getAttribute('class')).toContain('ut-an-cleared');
    expect(await finding.locator('.ut-an-cleared-by').textContent()).toMatch(/^Gone later, no longer a lead: real-42-cbs\.log:62 .*All CSI corruption was fixed/);
    await page.close();
  });

  it('on a phone, a dot takes a tap 24 px wide, and Back from the code page it leads to shows the result again', async () => {
    const page = await browser.newPage({ isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl('analyze/'), { waitUntil: 'load' });
    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('done');
    const link = page.locator('.ut-an-chart a[href*="/codes/0x80070570/"]').first();
    const box = (await link.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    expect(before).toBeGreaterThan(500);
    await link.tap();
    await page.waitForURL(/\/codes\/0x80070570\/$/);
    await page.goBack({ waitUntil: 'load' });
    expect(await finished(page)).toBe('done');
    expect(await page.textContent('[data-status]')).toBe('这是返回本页前的分析结果（日志没有重新读取）。');
    expect(await page.textContent('#verdict .ut-an-span')).toContain('6 次失败的安装尝试');
    // back where the reader was: at the timeline, not the top of a long result
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 40, before, { timeout: 5_000 });
    // A fresh visit starts empty: the result comes back only by Back or Forward.
    await page.goto(siteUrl('analyze/'), { waitUntil: 'load' });
    expect(await page.getAttribute('ut-analyzer', 'data-state')).toBe('idle');
    expect(await page.locator('[data-results] > section').count()).toBe(0);
    await page.close();
  });

  it('analyzes files dropped on the drop zone', async () => {
    const page = await openAnalyzer();
    const texts = CASE_FILES.map((f) => ({ name: f.split('/').pop()!, text: readFileSync(f, 'utf8') }));
    await page.evaluate((files) => {
      const data = new DataTransfer();
      for (const f of files) data.items.add(new File([f.text], f.name));
      document.querySelector('[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, texts);
    expect(await finished(page)).toBe('done');
    await expectCaseVerdict(page);
    await page.close();
  });

  it('analyzes a picked folder, keeping each file’s path inside it, and pasted text', async () => {
    const page = await openAnalyzer();
    await page.setInputFiles('[data-pick-folder]', CASE);
    expect(await finished(page)).toBe('done');
    await expectCaseVerdict(page);
    expect(await page.$$eval('.ut-an-inputs .ut-an-file', (fs) => fs.map((f) => f.textContent).sort())).toEqual(['case/CBS.log', 'case/WindowsUpdate.log']);

    await page.click('.ut-an-paste summary');
    // with nothing pasted, the button says so and puts the cursor in the box
    await page.click('[data-analyze-paste]');
    expect(await page.textContent('[data-status]')).toBe('请先把日志文本粘贴到上面的文本框中。');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-paste'))).toBe(true);
    await page.fill('[data-paste]', readFileSync(CASE_FILES[0], 'utf8'));
    await page.click('[data-analyze-paste]');
    await page.waitForFunction(() => document.querySelector('.ut-an-inputs')?.textContent?.includes('粘贴的文本.log'));
    await expectCaseVerdict(page);
    await page.close();
  });

  it('names a code no table has as its own CBS.log line prints it, and says where the name comes from', async () => {
    const page = await openAnalyzer('en/analyze/');
    await page.click('.ut-an-paste summary');
    // as Windows wrote it, quoted in mrodalgaard/language-log spec/log-spec.coffee (b806eec3, line 366)
    await page.fill('[data-paste]', '2015-08-13 11:50:04, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0816 - CBS_E_DPX_JOB_STATE_SAVED]\n');
    await page.click('[data-analyze-paste]');
    expect(await finished(page)).toBe('done');
    expect(await page.getAttribute('.ut-an-cause', 'data-code')).toBe('0x800F0816');
    expect(await page.textContent('.ut-an-cause')).toContain('0x800F0816 CBS_E_DPX_JOB_STATE_SAVED (as the log prints it)');
    await showEverything(page);
    const row = (await page.textContent('.ut-an-codes tr[data-code="0x800F0816"]')) ?? '';
    expect(row).toContain('CBS_E_DPX_JOB_STATE_SAVED (as the log prints it)');
    expect(row).not.toContain('no public name');
    await page.close();
  });

  it('shows log text as text: an HTML tag in a log line or a file name runs nothing', async () => {
    const page = await openAnalyzer();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const line = '2022/10/13 13:23:49.9268832 46876 47804 Handler\tCBS called Error with 0x80070570, <img src=x onerror=alert(1)>';
    await page.setInputFiles('[data-pick-files]', { name: '<img src=x onerror=alert(2)>.log', mimeType: 'text/plain', buffer: Buffer.from(`${line}\r\n`) });
    expect(await finished(page)).toBe('done');
    await showEverything(page);
    const text = await page.textContent('[data-results]');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<img src=x onerror=alert(2)>.log');
    expect(await page.$$eval('[data-results] img', (imgs) => imgs.length)).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('sends nothing anywhere during an analysis: only GETs of the site’s own scripts and data files', async () => {
    const fromStart: string[] = [];
    const page = await openAnalyzer('analyze/', async (p) => void p.on('request', (r) => fromStart.push(r.url())));
    // the page's own loading (favicon included) is over before recording starts
    await page.waitForLoadState('networkidle');
    // the recorder sees the worker's own fetch (the knowledge, loaded while the page sat idle), so an upload from the worker would show too
    expect(fromStart.some((url) => url.endsWith('/data/knowledge.json'))).toBe(true);
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('done');
    const origin = new URL(siteUrl()).origin;
    const paths = requests.map((r) => (r.url.startsWith(origin) ? new URL(r.url).pathname : r.url));
    for (const p of paths) expect(p).toMatch(/^\/(?:.*\/)?(?:data\/[a-z-]+\.json|_astro\/[^/]+\.js)$/);
    expect(requests.filter((r) => r.method !== 'GET' || r.body)).toEqual([]);
    // and the page's policy allows no other origin to be reached at all
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/connect-src 'self'(;|$)/);
    expect(policy).not.toMatch(/https?:|\*/);
    await page.close();
  });

  it('stops a long analysis on Cancel, and analyzes again afterwards', async () => {
    const big = join(scratch, 'WindowsUpdate.log');
    await writeLog(big, 'windowsupdate', 64 * 1024 * 1024);
    const page = await openAnalyzer('en/analyze/');
    // the same file three times: a run long enough to cancel half-way on a fast machine
    await page.setInputFiles('[data-pick-files]', [big, big, big]);
    const shown = await page.waitForFunction(
      () => Number((document.querySelector('[data-bar]') as HTMLProgressElement).value) > 0 && document.querySelector('[data-progress-text]')!.textContent,
      undefined,
      { timeout: 30_000 },
    );
    const progressText = await shown.jsonValue();
    await page.click('[data-cancel]');
    const mb = ((3 * statSync(big).size) / 1024 / 1024).toFixed(1);
    expect(progressText).toMatch(new RegExp(`^\\d+\\.\\d of ${mb.replace('.', '\\.')} MB read$`));
    expect(await finished(page)).toBe('cancelled');
    expect(await page.textContent('[data-status]')).toContain('cancelled');
    expect(await page.$$eval('[data-results] > *', (c) => c.length)).toBe(0);
    expect(await page.isHidden('[data-progress]')).toBe(true);

    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('done');
    await expectCaseVerdict(page);

    // files given during a run replace it: the new run's result is the one shown
    await page.setInputFiles('[data-pick-files]', [big, big, big]);
    await page.waitForFunction(() => Number((document.querySelector('[data-bar]') as HTMLProgressElement).value) > 0);
    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('done');
    await expectCaseVerdict(page);
    await page.close();
  });

  it('draws a big report a piece at a time: no main-thread task over 100 ms, every attempt and KB reachable through "show more"', async () => {
    // 48 MB of real System.evtx chunks (~1,500 install attempts) and a 16 MB CBS.log naming a few
    // hundred packages: drawn in one task, as the page once did, this blocked it for ~145 ms
    const evtx = join(scratch, 'System.evtx');
    writeFileSync(evtx, repeatedEvtx(48 * 1024 * 1024));
    const cbs = join(scratch, 'CBS.log');
    await writeMachineLog(cbs, 'cbs', 16 * 1024 * 1024, 7);
    const page = await openAnalyzer('en/analyze/');
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.setInputFiles('[data-pick-files]', [evtx, cbs]);
    expect(await finished(page, 120_000)).toBe('done');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { longest: number }).longest)).toBeLessThan(100);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-save]')]);
    const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Report;
    expect(report.attempts.length).toBeGreaterThan(1000);
    // the repeated chunks hold attempts of one moment: each such stack is one dot with its number, and every dated attempt is counted once
    const dots = await page.$$eval('svg.ut-an-chart circle.ut-an-dot', (cs) => cs.map((c) => [Number(c.getAttribute('data-count') ?? 1), c.querySelector('title')!.textContent!] as const));
    const dated = [...report.attempts, ...report.servicing].filter((a) => a.outcome.time).length;
    expect(dots.reduce((n, [count]) => n + count, 0)).toBe(dated);
    expect(dots.length).toBeLessThan(dated);
    for (const [count, title] of dots.filter(([count]) => count > 1)) expect(title).toMatch(new RegExp(`^${count} attempts · `));
    // the attempts table is built when opened, 50 rows at a time; "show more" draws the rest
    expect(await page.$$eval('.ut-an-timeline-table tr', (trs) => trs.length)).toBe(0);
    await page.click('.ut-an-timeline-table summary');
    await page.waitForSelector('.ut-an-timeline-table tbody tr', { state: 'attached' });
    expect(await page.$$eval('.ut-an-timeline-table tbody tr', (trs) => trs.length)).toBe(50);
    await showEverything(page);
    expect(await page.$$eval('.ut-an-timeline-table tbody tr', (trs) => trs.length)).toBe(report.attempts.length + report.servicing.length);
    expect(await page.$$eval('#system [data-kb]', (kbs) => kbs.length)).toBe(report.kbs.length);
    expect(await page.$$eval('[data-results] [data-more]', (buttons) => buttons.length)).toBe(0);
    await page.close();
  });

  it('can read with the token scan: its WebAssembly SIMD module compiles in a worker under the site’s security policy', async () => {
    // Where it cannot, the analyzer falls back to the regex line layer with the same results, so only this shows the loss.
    const module = readFileSync('src/analyzer/scan/tokens/token-scan-module.ts', 'utf8');
    const base64 = [...module.matchAll(/'([A-Za-z0-9+/=]+)'/g)].map((m) => m[1]).join('');
    const page = await openAnalyzer();
    const compiled = await page.evaluate(async (base64) => {
      const source = `onmessage = (e) => WebAssembly.compile(Uint8Array.from(atob(e.data), (c) => c.charCodeAt(0))).then(() => postMessage('compiled'), (error) => postMessage(String(error)));`;
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      const answer = new Promise<string>((resolve) => (worker.onmessage = (e) => resolve(String(e.data))));
      worker.postMessage(base64);
      return answer;
    }, base64);
    expect(compiled).toBe('compiled');
    await page.close();
  });

  it('says so when the knowledge file cannot be loaded', async () => {
    const page = await openAnalyzer('en/analyze/', (p) => p.route('**/data/knowledge.json', (route) => route.fulfill({ status: 404, body: 'not here' })));
    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('error');
    expect(await page.textContent('[data-status]')).toContain('could not be loaded');
    await page.close();
  });

  it('saves the result as JSON and opens it again with the same verdict, and refuses other files', async () => {
    const page = await openAnalyzer();
    await page.setInputFiles('[data-pick-files]', CASE_FILES);
    expect(await finished(page)).toBe('done');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-save]')]);
    const saved = join(scratch, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('update-triage-report-2022-10-28.json');
    expect(JSON.parse(readFileSync(saved, 'utf8')).schema).toBe('update-triage/analyze-report');

    const again = await openAnalyzer();
    await again.setInputFiles('[data-reopen]', saved);
    expect(await finished(again)).toBe('done');
    await expectCaseVerdict(again);

    // the CLI's --json output is the same format, so it opens too
    const cli = spawnSync(process.execPath, [resolve('scripts/bin/update-triage.mjs'), 'analyze', ...CASE_FILES, '--json'], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    await again.setInputFiles('[data-reopen]', { name: 'cli.json', mimeType: 'application/json', buffer: Buffer.from(cli.stdout) });
    await again.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('cli.json'));
    await expectCaseVerdict(again);

    await again.setInputFiles('[data-reopen]', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":"something-else","version":1}') });
    await again.waitForSelector('ut-analyzer[data-state="error"]');
    expect(await again.textContent('[data-status]')).toContain('不是本站保存的分析结果');
    await again.setInputFiles('[data-reopen]', { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":"update-triage/analyze-report","version":99}') });
    await again.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('99'));
    await page.close();
    await again.close();
  });

  it('reads a collector zip on several workers, one entry each, and gives the report the CLI gives on one thread', async () => {
    const fixtures = resolve('test/fixtures');
    const bundle = join(scratch, 'collector.zip');
    writeFileSync(
      bundle,
      zipSync({
        'Logs/System.evtx': [readFileSync(join(fixtures, 'binary/System-wuclient.evtx')), { level: 0 }],
        'Logs/CBS/CBS.log': readFileSync(join(CASE, 'CBS.log')),
        'Logs/CBS/CbsPersist_20150310120000.cab': readFileSync(join(fixtures, 'binary/cab/CbsPersist_20150310120000.cab')),
        'Logs/WindowsUpdate.log': readFileSync(join(CASE, 'WindowsUpdate.log')),
      }),
    );
    const page = await openAnalyzer('en/analyze/');
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.setInputFiles('[data-pick-files]', bundle);
    expect(await finished(page)).toBe('done');
    expect(workers.length).toBeGreaterThanOrEqual(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-save]')]);
    const saved = join(scratch, 'collector-report.json');
    await download.saveAs(saved);
    const cli = spawnSync(process.execPath, [resolve('scripts/bin/update-triage.mjs'), 'analyze', 'collector.zip', '--json', '--jobs', '1'], { encoding: 'utf8', cwd: scratch });
    expect(cli.status).toBe(0);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(JSON.parse(cli.stdout));

    // a knowledge file that cannot be loaded ends a split run as it ends a whole one
    const fresh = await openAnalyzer('en/analyze/', (p) => p.route('**/data/knowledge.json', (route) => route.fulfill({ status: 404, body: 'not here' })));
    await fresh.setInputFiles('[data-pick-files]', bundle);
    expect(await finished(fresh)).toBe('error');
    expect(await fresh.textContent('[data-status]')).toContain('could not be loaded');
    await fresh.close();
    await page.close();
  });
});
