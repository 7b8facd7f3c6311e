import { describe, expect, it } from 'vitest';
import { inputDescription } from '../../../src/analyzer/report/input-line.ts';

describe('what an input was, in words', () => {
  it('a log: its format as a reader knows it, not the JSON key, with its encoding and lines', () => {
    expect(inputDescription({ file: 'CBS.log', status: 'analyzed', format: 'cbs', encoding: 'utf-16le', lines: 12 }, 'en')).toBe('CBS log (utf-16le, 12 lines)');
    expect(inputDescription({ file: 'a.txt', status: 'analyzed', format: 'windowsupdate', encoding: 'utf-8', lines: 80 }, 'zh-CN')).toBe('Windows 更新日志（utf-8，80 行）');
  });

  it('a trace: read from an .etl, not text in an encoding; with no event decoded, no text of any format', () => {
    expect(inputDescription({ file: 'a.etl', status: 'analyzed', format: 'windowsupdate', encoding: 'utf-8', trace: true, lines: 80 }, 'en')).toBe('Windows Update log (read from an ETW trace (.etl), 80 lines)');
    expect(inputDescription({ file: 'setup.etl', status: 'analyzed', format: 'text', encoding: 'utf-8', trace: true, lines: 0 }, 'zh-CN')).toBe('ETW 跟踪文件（.etl），其中没有本工具能解码的事件（原因见提示）');
  });

  it('an event log has no encoding to name', () => {
    expect(inputDescription({ file: 'System.evtx', status: 'analyzed', format: 'events', lines: 3 }, 'en')).toBe('event log (3 lines)');
  });

  it('one line is one line', () => {
    expect(inputDescription({ file: 'event-zh-gb18030.txt', status: 'analyzed', format: 'events', encoding: 'gb18030', lines: 1 }, 'en')).toBe('event log (gb18030, 1 line)');
    expect(inputDescription({ file: 'event-zh-gb18030.txt', status: 'analyzed', format: 'events', encoding: 'gb18030', lines: 1 }, 'zh-CN')).toBe('事件日志（gb18030，1 行）');
  });

  it('an archive says its kind; a file not read says why', () => {
    expect(inputDescription({ file: 'logs.zip', status: 'container', format: 'zip' }, 'zh-CN')).toBe('ZIP 压缩包');
    expect(inputDescription({ file: 'x.cab', status: 'container', format: 'cab' }, 'en')).toBe('CAB archive');
    expect(inputDescription({ file: 'e.log', status: 'unreadable', reason: 'empty' }, 'en')).toMatch(/^empty/i);
  });

  it("says a file's detail in Chinese where its shape is known, without the name the line begins with; as it is otherwise", () => {
    const split = { file: 'set.cab/small2.bin', status: 'unreadable' as const, reason: 'cab-split' as const, message: 'set.cab/small2.bin: the file continues in another cabinet of the set' };
    expect(inputDescription(split, 'zh-CN')).toMatch(/ — 文件接续在同一套 CAB 的另一个分卷中$/);
    expect(inputDescription(split, 'en')).toMatch(/ — set\.cab\/small2\.bin: the file continues in another cabinet of the set$/);
    const other = { ...split, message: 'set.cab/small2.bin: data block 3 of folder 0 at byte 96812: checksum mismatch' };
    expect(inputDescription(other, 'zh-CN')).toMatch(/ — set\.cab\/small2\.bin: data block 3 of folder 0 at byte 96812: checksum mismatch$/);
  });
});

