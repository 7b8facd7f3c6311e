import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { warningInChinese } from '../../../src/analyzer/report/warning-zh.ts';
import { warningLine } from '../../../src/analyzer/report/warning-line.ts';
import { bytesInput } from '../helpers.ts';

/** Real files whose readers write notes: an event log copied while open, one cut short, a trace of no TraceLogging event. */
const NOTED = ['binary/System-misc.evtx', 'binary/LanguagePackSetup-Operational.evtx', 'binary/etl/setup-first-16k.etl'];

describe('the readers\' notes in Chinese', () => {
  it.each(NOTED)('%s: every note it gives is said in Chinese', async (path) => {
    const report = await analyze([bytesInput(path.split('/').pop()!, readFileSync(`test/fixtures/${path}`))], emptyKnowledge());
    expect(report.warnings.length).toBeGreaterThan(0);
    for (const w of report.warnings) expect(warningInChinese(w.message), w.message).toBeDefined();
  });

  it('keeps the file, says the byte offset in Chinese, and keeps the numbers', () => {
    expect(warningInChinese("System.evtx: byte 0: the log was not closed cleanly (copied while in use): every chunk is read, the header's counts are not trusted")).toBe(
      'System.evtx：第 0 字节：日志没有正常关闭（在使用中被复制）：已读取每个数据块，不采信文件头中的计数',
    );
    expect(warningInChinese('45 events are not TraceLogging (their text needs the provider\'s manifest or format files) and were skipped; 0 events were decoded')).toBe(
      '45 个事件不是 TraceLogging 事件（其文本需要提供程序的清单或格式文件），已跳过；解码了 0 个事件',
    );
    expect(warningInChinese('5 events of the channel Microsoft-Windows-HelloForBusiness/Operational, which records no updating, were read for their times only: their codes are not counted')).toBe(
      'Microsoft-Windows-HelloForBusiness/Operational 频道的 5 个事件与更新无关，只读取了它们的时间，其中的代码不计入',
    );
    expect(warningInChinese('1200 attempts were not kept: the first 100 and the latest 4900 were')).toBe('有 1200 次尝试未保留：保留了最早的 100 次和最近的 4900 次');
    expect(warningInChinese('the archive ends at byte 886, inside this file: it was cut short')).toBe('压缩包在第 886 字节处结束，正好截断在这个文件中间：压缩包不完整');
    expect(warningInChinese('its compressed data is damaged (invalid distance)')).toBe('它的压缩数据已损坏（invalid distance）');
    expect(warningInChinese("WindowsUpdate.etl: byte 8192: a buffer claims 0 bytes (a buffer holds 72 to 16777216); read on after it, as a buffer of the trace's size (4096 bytes)")).toBe(
      'WindowsUpdate.etl：第 8192 字节：一个缓冲区声明长 0 字节（缓冲区应为 72 至 16777216 字节）；已按跟踪文件的缓冲区大小（4096 字节）跳过它，继续读取',
    );
  });

  it('leaves a note of no known shape in English, and the English page as it was', () => {
    const w = { file: 'CBS.log', line: 7, message: 'something no reader writes' };
    expect(warningInChinese(w.message)).toBeUndefined();
    expect(warningLine(w, 'zh-CN')).toBe('CBS.log:7: something no reader writes');
    const known = { file: 'CBS.log', message: '3 lines were not valid UTF-8 and were read as Windows-1252' };
    expect(warningLine(known, 'en')).toBe('CBS.log: 3 lines were not valid UTF-8 and were read as Windows-1252');
    expect(warningLine(known, 'zh-CN')).toBe('CBS.log：3 行不是有效的 UTF-8，已按 Windows-1252 读取');
  });
});
