import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, REPORT_VERSION } from '../../src/analyzer/index.ts';
import { extractCodes, extractBareCodes } from '../../src/analyzer/extract/codes.ts';
import { extractKbs, extractPackageFiles, extractPackages } from '../../src/analyzer/extract/kbs.ts';
import { extractWsus } from '../../src/analyzer/extract/wsus.ts';
import { extractBuilds } from '../../src/analyzer/extract/builds.ts';
import { readInstallMessage } from '../../src/analyzer/extract/install-message.ts';
import { bytesInput, caseKnowledge, fixture } from './helpers.ts';

const knowledge = caseKnowledge();

describe('robustness: any bytes give a report, never an exception', () => {
  it('random bytes, in random chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.integer({ min: 1, max: 700 }), async (bytes, chunk) => {
        const report = await analyze([bytesInput('random.bin', bytes, chunk)], knowledge);
        expect(report.inputs).toHaveLength(1);
        expect(['analyzed', 'unreadable']).toContain(report.inputs[0].status);
      }),
      { numRuns: 300 },
    );
  });

  it('real logs truncated anywhere, with BOMs and encodings mixed in', async () => {
    const sources = ['case/WindowsUpdate.log', 'case/CBS.log', 'samples/real-12-events.txt', 'samples/real-14-setupact.log'].map(fixture);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: sources.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xae, 0xb0, 0xb2]),
        async (which, cut, prefix) => {
          const source = sources[which];
          const bytes = new Uint8Array([...prefix, ...source.subarray(0, Math.floor(source.length * cut))]);
          const report = await analyze([bytesInput('cut.log', bytes, 97)], knowledge);
          expect(report.version).toBe(REPORT_VERSION);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random text made of log fragments', async () => {
    const pieces = ['0x', '8007', '0570', '*FAILED* [', ']', 'KB', '5016623', 'CBS called Error with ', '\n', '\r\n', '\t', 'resultMapped=', '安装失败: Windows 安装下列更新失败，错误为 ', 'Event[1]:', 'Event ID: 20', '<Event>', '~31bf3856ad364e35~', 'WSUS server: ', 'http://', '2022/10/27 08:38:34.3565937 1 2 Agent ', '2022-10-27 08:38:33, Error  CBS  '];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 300 }), async (parts) => {
        const report = await analyze([bytesInput('fragments.log', parts.join(''), 41)], knowledge);
        expect(report.inputs[0].status).toBe('analyzed');
      }),
      { numRuns: 200 },
    );
  });

  it('a 50 MB line with no newline is read in pieces, in bounded memory', async () => {
    const size = 50 * 1024 * 1024;
    const line = new Uint8Array(size).fill(0x41);
    line.set(new TextEncoder().encode('CBS called Error with 0x80070570,'), 30 * 1024 * 1024 + 5);
    const report = await analyze([bytesInput('one-line.log', line, 1 << 20)], knowledge);
    expect(report.inputs[0].lines).toBe(1);
    expect(report.inputs[0].codes?.[0]).toMatchObject({ code: '0x80070570', count: 1 });
    expect(report.warnings.some((w) => /longer than 1 MiB/.test(w.message))).toBe(true);
  });
});

describe('robustness: memory is bounded by design, not by the input', () => {
  it('keeps at most 5000 attempts and 5000 distinct codes per file, and says so', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 12_000; i++) {
      const t = new Date(Date.UTC(2022, 0, 1) + i * 120_000).toISOString().replace('T', ' ').replace(/-/g, '/').slice(0, 19);
      lines.push(`${t}.0000000 100 200 Handler\tCBS called Error with 0x8${(i % 9000).toString(16).padStart(7, '0')},`);
    }
    // 9000 distinct codes: the occurrences of the last 4000 are dropped; the repeats of the first 3000 still count.
    const report = await analyze([bytesInput('WindowsUpdate.log', lines.join('\n'))], knowledge);
    expect(report.attempts).toHaveLength(5000);
    // the first 1000 (when the trouble began) and the latest 4000, in order
    expect(report.attempts[999].outcome.line).toBe(1000);
    expect(report.attempts[1000].outcome.line).toBe(8001);
    expect(report.attempts.at(-1)!.outcome.line).toBe(12_000);
    expect(report.inputs[0].codes).toHaveLength(5000);
    expect(report.warnings.map((w) => w.message)).toEqual([
      '7000 attempts were not kept: the first 1000 and the latest 4000 were',
      '4000 occurrences of codes beyond the first 5000 distinct ones were not counted',
    ]);
  });

  it('still sees the success that ends thousands of failures: the latest attempts are the ones kept', async () => {
    const at = (minutes: number) => new Date(Date.UTC(2017, 3, 9) + minutes * 60_000).toISOString().replace('T', ' ').slice(0, 19);
    const lines = Array.from({ length: 6000 }, (_, i) => `${at(2 * i)}, Info                  CBS    Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]`);
    lines.push(`${at(12_001)}, Info                  CBS    Session: 30585084_589257473 finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]`);
    const report = await analyze([bytesInput('CBS.log', lines.join('\r\n'))], knowledge);
    expect(report.servicing).toHaveLength(5000);
    expect(report.servicing.at(-1)).toMatchObject({ status: 'succeeded', outcome: expect.objectContaining({ line: 6001 }) });
    expect(report.verdict.state).toBe('recovered');
  });
});

describe('robustness: patterns stay linear on adversarial input', () => {
  // Each input would take minutes with a backtracking pattern; linear ones finish in milliseconds.
  const hostile = [
    ' '.repeat(200_000),
    'hr'.repeat(100_000) + ' = ',
    '0x'.repeat(100_000),
    '8'.repeat(200_000),
    'a.'.repeat(100_000) + '~',
    'KB '.repeat(70_000),
    '-'.repeat(200_000) + '.cab',
    'Package_for_KB1234567'.repeat(10_000),
    'Error: '.repeat(30_000),
    'Installation Failure: Windows failed to install the following update with error '.repeat(2_000),
    'WSUS server: '.repeat(15_000),
    'NTSTATUS '.repeat(20_000),
  ];
  const extractors = [extractCodes, extractBareCodes, extractKbs, extractPackages, extractPackageFiles, extractBuilds, extractWsus, readInstallMessage];

  it.each(hostile.map((text, i) => [i, text]))('input %i', (_, text) => {
    for (const extract of extractors) expect(() => extract(text as string)).not.toThrow();
  });

  // Whole lines through the parsers: markers repeated on one line, the shape that makes
  // `.*` between two literals backtrack quadratically.
  const wu = '2022/10/27 08:38:34.3565937 4932 23416 Agent\t';
  const hostileLines: [string, string][] = [
    ['WindowsUpdate.log', wu + '* END * ' + 'Install '.repeat(100_000)],
    ['WindowsUpdate.log', wu + 'Completed install of CBS update '.repeat(25_000)],
    ['WindowsUpdate.log', wu + '* START * '.repeat(80_000) + 'Install'],
    ['WindowsUpdate.log', wu + 'Title = ' + ' '.repeat(500_000) + 'x'],
    ['legacy.log', '2016-09-08\t10:48:43:109\t 848\t604\tAgent\t' + '* START * '.repeat(80_000)],
    ['event.txt', 'Installation Failure: Windows failed to install the following update with error 0x80070570: a' + ' '.repeat(500_000) + 'b'],
    ['CBS.log', '2022-10-27 08:38:33, Error                 CBS    ' + 'Failed '.repeat(100_000) + '[HRESULT = 0x800f0821 - CBS_E_ABORT]'],
  ];

  it.each(hostileLines.map(([name, line], i) => [i, name, line]))('hostile line %i (%s) through analyze', async (_, name, line) => {
    const report = await analyze([bytesInput(name as string, `${line}\r\n${line}\r\n`)], knowledge);
    expect(report.inputs[0].status).toBe('analyzed');
  });

  it('a code whose noise hangs on its line\'s words, 19,000 times on a 1 MB line, is judged once per line (it took a minute per two such lines)', async () => {
    const line = '2022-10-27 08:38:33, Info                  CBS    ' + 'Failed [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND] '.repeat(19_000);
    const started = performance.now();
    const report = await analyze([bytesInput('CBS.log', `${line}\r\n${line}\r\n`)], knowledge);
    expect(report.codes.find((c) => c.code === '0x80070002')?.count).toBe(38_000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
