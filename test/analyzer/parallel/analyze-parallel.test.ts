import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeInParallel, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { caseKnowledge, fixture } from '../helpers.ts';
import { etlFixture, WAASMEDIC_TRACE, WU_TRACE } from '../../input/etl/helpers.ts';
import { bothWays, clonePool, parallelInputs } from './helpers.ts';

const BINARY = fileURLToPath(new URL('../../fixtures/binary/', import.meta.url));
const binary = (path: string) => new Uint8Array(readFileSync(BINARY + path));

/** What a collector sends: event logs, CBS logs and their CbsPersist cab, the WU traces, text logs. */
const collectorZip = () =>
  zipSync({
    'Logs/System.evtx': binary('System-wuclient.evtx'),
    'Logs/CBS/CBS.log': fixture('case/CBS.log'),
    'Logs/CBS/CbsPersist_20150310120000.cab': binary('cab/CbsPersist_20150310120000.cab'),
    [`Logs/WindowsUpdate/${WU_TRACE}`]: etlFixture(WU_TRACE),
    [`Logs/waasmedic/${WAASMEDIC_TRACE}`]: etlFixture(WAASMEDIC_TRACE),
    'Logs/WindowsUpdate.log': fixture('case/WindowsUpdate.log'),
    'Logs/dism.log': fixture('samples/real-06-dism.log'),
    'Logs/empty/': new Uint8Array(0),
  });

describe('the split analysis: one task per file or zip entry, merged in input order', () => {
  it('gives the sequential report for the case logs, file by file', async () => {
    const files = { 'case/CBS.log': fixture('case/CBS.log'), 'case/WindowsUpdate.log': fixture('case/WindowsUpdate.log') };
    const { sequential, split, ran } = await bothWays(files, caseKnowledge());
    // started largest first; reported in the order given
    expect(ran).toEqual(Object.keys(files).sort((a, b) => files[b as keyof typeof files].length - files[a as keyof typeof files].length));
    expect(split.inputs.map((i) => i.file)).toEqual(['case/CBS.log', 'case/WindowsUpdate.log']);
    expect(split).toEqual(sequential);
    expect(split.rootCause?.code).toBe('0x80070570');
  });

  it('gives the sequential report for a collector bundle, one task per entry, the folder entry left out', async () => {
    const { sequential, split, ran } = await bothWays({ 'bundle.zip': collectorZip() }, caseKnowledge());
    expect(ran).toHaveLength(7);
    // the largest entry first (the event log), the report in the archive's order all the same
    expect(ran[0]).toBe('bundle.zip!Logs/System.evtx');
    expect(split).toEqual(sequential);
    expect(split.inputs.map((i) => i.status)).toEqual(['container', 'analyzed', 'analyzed', 'container', 'analyzed', 'analyzed', 'analyzed', 'analyzed', 'analyzed']);
    expect(split.attempts.length).toBeGreaterThan(30);
  });

  it('carries the searches for updates across workers: the run that fails the machine where no install fails, and not where one does', async () => {
    const withInstalls = await bothWays({ 'WindowsUpdate.log': fixture('samples/real-72-windowsupdate.log'), 'case/CBS.log': fixture('case/CBS.log') }, caseKnowledge());
    expect(withInstalls.split).toEqual(withInstalls.sequential);
    expect(withInstalls.split.rootCause?.basis).not.toBe('search');
    const alone = await bothWays({ 'WindowsUpdate.log': fixture('samples/real-72-windowsupdate.log'), 'notes.txt': new TextEncoder().encode('no log here') }, caseKnowledge());
    expect(alone.split).toEqual(alone.sequential);
    expect(alone.split.verdict.searchFails).toBe(true);
  });

  it('carries an .etl trace’s time zone across workers: the event and the local-time log of one install stay joined', async () => {
    // event 19 of KB5054273 at 16:47:30Z, the agent's outcome at 09:47:29 Pacific daylight time
    const agentLog = [
      '2025/06/02 09:47:02.1180551 1204 6620 Agent\tTitle = 2025-03 Update for Windows 11 Version 24H2 for ARM64-based Systems (KB5054273)',
      '2025/06/02 09:47:29.8812270 1204 6620 Agent\tLogHistory called. idUpdate={0C1A0E5B-5A76-4C62-9C3E-1DA3A9C1B1F2}.1, resultMapped=00000000, resultUnMapped=00000000',
    ].join('\r\n');
    const bundle = zipSync({
      'Logs/System.evtx': binary('System-wuclient.evtx'),
      [`Logs/WindowsUpdate/${WU_TRACE}`]: etlFixture(WU_TRACE),
      'Logs/WindowsUpdate.log': new TextEncoder().encode(agentLog),
    });
    const { sequential, split } = await bothWays({ 'bundle.zip': bundle }, emptyKnowledge());
    expect(split).toEqual(sequential);
    const install = split.attempts.filter((a) => a.update.kb === 'KB5054273');
    expect(install).toHaveLength(1);
    expect(install[0].joined).toEqual([expect.objectContaining({ time: '2025-06-02T16:47:30Z' })]);
  });

  it('carries a download still failing across workers: another update\'s success does not outlive it there either', async () => {
    // Lines 2670 and 3904 of github.com/findingsanity/Logs (commit 3b83ebea), WindowsUpdate.log
    const agentLog = [
      '2021/07/13 15:04:05.5566469 576   8980  DownloadManager *FAILED* [80D05001] Error occurred while downloading update 4CDABB4C-49C6-4846-B53D-4CCE9DBD02EE.200; notifying dependent calls.',
      '2021/07/13 18:08:48.8688284 752   6180  Handler         Completed install of CBS update with type=3, requiresReboot=1, installerError=0, hr=0x0',
    ].join('\r\n');
    const files = { 'WindowsUpdate.log': new TextEncoder().encode(agentLog), 'dism.log': fixture('samples/real-06-dism.log') };
    const { sequential, split } = await bothWays(files, emptyKnowledge());
    expect(split).toEqual(sequential);
    expect(split.verdict.unresolved).toContainEqual(expect.objectContaining({ code: '0x80D05001', download: true }));
  });

  it('gives the sequential report for every machine bundle of the fleet corpus', async () => {
    const corpus = fileURLToPath(new URL('../../fixtures/logs/corpus/', import.meta.url));
    for (const state of ['healthy', 'recovered']) {
      const files = Object.fromEntries(readdirSync(corpus + state).map((name) => [name, new Uint8Array(readFileSync(`${corpus}${state}/${name}`))]));
      const { sequential, split } = await bothWays({ [`${state}.zip`]: zipSync(files), 'case/CBS.log': fixture('case/CBS.log') }, caseKnowledge());
      expect(split).toEqual(sequential);
    }
  });

  it('refuses a bundle whose entries declare more than the limit before expanding any, with the streaming message', async () => {
    const big = new Uint8Array(200_000);
    const { sequential, split, ran } = await bothWays({ 'big.zip': zipSync({ 'a.log': big, 'b.log': big }) }, emptyKnowledge(), 300_000);
    expect(ran).toEqual([]);
    expect(split).toEqual(sequential);
    expect(split.inputs).toEqual([{ file: 'big.zip', status: 'refused', size: expect.any(Number), format: 'zip', reason: 'zip-limit', message: 'big.zip/b.log: expanding it would pass the limit of 300000 bytes' }]);
  });

  it('reads the whole archive streamed when an entry expands past its share: a nested bomb is refused as before', async () => {
    const inner = zipSync({ 'x.log': new Uint8Array(150_000), 'y.log': new Uint8Array(150_000) });
    const { sequential, split, ran } = await bothWays({ 'outer.zip': zipSync({ 'inner.zip': inner, 'note.txt': new TextEncoder().encode('hello\n') }) }, emptyKnowledge(), 200_000);
    expect(ran).toEqual(['outer.zip!inner.zip', 'outer.zip!note.txt', 'outer.zip']);
    expect(split).toEqual(sequential);
    expect(split.inputs.map((i) => [i.file, i.status, i.reason])).toEqual([
      ['outer.zip', 'container', undefined],
      ['outer.zip/inner.zip', 'refused', 'zip-limit'],
      ['outer.zip/note.txt', 'analyzed', undefined],
    ]);
  });

  it('stops an entry that declares less than it expands to at its share, then refuses the archive as the streaming reader does', async () => {
    const zip = zipSync({ 'liar.log': new Uint8Array(300_000), 'note.txt': new TextEncoder().encode('hello\n') });
    const view = new DataView(zip.buffer);
    // both headers of the first entry say it expands to 10 bytes
    view.setUint32(22, 10, true);
    for (let i = 0; i + 4 <= zip.length; i++) {
      const centralRecordOfLiar = view.getUint32(i, true) === 0x02014b50 && view.getUint16(i + 28, true) === 'liar.log'.length;
      if (centralRecordOfLiar) view.setUint32(i + 24, 10, true);
    }
    const { sequential, split, ran } = await bothWays({ 'liar.zip': zip }, emptyKnowledge(), 200_000);
    expect(ran).toEqual(['liar.zip!liar.log', 'liar.zip!note.txt', 'liar.zip']);
    expect(split).toEqual(sequential);
    expect(split.inputs).toEqual([expect.objectContaining({ file: 'liar.zip', status: 'refused', reason: 'zip-limit' })]);
  });

  it('reads a damaged archive streamed, with the streaming reader’s messages', async () => {
    const zip = zipSync({ 'a.log': new TextEncoder().encode('a\n'.repeat(5000)), 'b.log': new TextEncoder().encode('b\n'.repeat(5000)) }, { level: 9 });
    zip.fill(0xff, 40, 60); // the first entry's deflate data, not its directory
    const { sequential, split, ran } = await bothWays({ 'bad.zip': zip }, emptyKnowledge());
    expect(ran.at(-1)).toBe('bad.zip');
    expect(split).toEqual(sequential);
  });

  it('gives a task whose worker died an unreadable record naming the file, and reads the others', async () => {
    const knowledge = caseKnowledge();
    const pool = clonePool(knowledge);
    const dying = {
      run: (task: Parameters<typeof pool.run>[0], onBytes: (n: number) => void) =>
        task.kind === 'file' && task.name === 'a.log' ? Promise.reject(new Error('worker stopped (exit code 1)')) : pool.run(task, onBytes),
    };
    const report = await analyzeInParallel(parallelInputs({ 'a.log': fixture('case/CBS.log'), 'b.log': fixture('case/WindowsUpdate.log') }), knowledge, dying);
    expect(report.inputs[0]).toEqual({ file: 'a.log', status: 'unreadable', size: expect.any(Number), reason: 'read-error', message: 'a.log: worker stopped (exit code 1)' });
    expect(report.inputs[1]).toMatchObject({ file: 'b.log', status: 'analyzed', format: 'windowsupdate' });
  });

  it('merges progress of tasks running at once into one count of bytes, and stops on cancel', async () => {
    const seen: number[] = [];
    const files = { 'a.log': fixture('case/CBS.log'), 'b.log': fixture('case/WindowsUpdate.log') };
    await analyzeInParallel(parallelInputs(files), emptyKnowledge(), clonePool(emptyKnowledge()), { onProgress: (p) => seen.push(p.bytesDone) });
    expect(seen.at(-1)).toBe(files['a.log'].length + files['b.log'].length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const controller = new AbortController();
    controller.abort();
    await expect(analyzeInParallel(parallelInputs(files), emptyKnowledge(), clonePool(emptyKnowledge()), { signal: controller.signal })).rejects.toThrow();
  });
});
