import { describe, expect, it } from 'vitest';
import { decode, formatDecodeText } from '../../src/hresult/index.ts';
import { loadCodeIndex } from '../../scripts/lib/code-index.ts';

const index = loadCodeIndex();

describe('formatDecodeText', () => {
  it('prints the primary name before the fields, and the weaker reading last, marked', () => {
    const text = formatDecodeText(decode('8024001E', index), 'en');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('# 0x8024001E / decimal -2145124322 / 2149842974   [read as hex from "8024001E"]');
    expect(lines[1]).toMatch(/^ {2}WU_E_SERVICE_STOP +wuerror\.h$/);
    expect(lines[2]).toContain('FACILITY_WINDOWSUPDATE (0x24), Code 0x1E (30)');
    expect(text.indexOf('ERROR_READ_FAULT')).toBeGreaterThan(text.indexOf('weaker reading'));
    expect(lines.find((l) => l.includes('ERROR_READ_FAULT'))).toMatch(/\[weaker\]$/);
    expect(lines.at(-1)).toBe('# 2 matches found for "8024001E"');
  });
  it('shows the Win32 relation of an 0x8007 code', () => {
    const text = formatDecodeText(decode('0x80070570', index), 'en');
    expect(text).toMatch(/ERROR_FILE_CORRUPT +winerror\.h {3}\(via HRESULT_FROM_WIN32\)/);
    expect(text).toContain('HRESULT_FROM_WIN32: Win32 1392 (0x570) -> 0x80070570');
  });
  it('says when no name is known and lists neighbours', () => {
    const text = formatDecodeText(decode('0x802400FF', index), 'en');
    expect(text).toContain('# no symbolic name is known for this value');
    expect(text).toContain('# known codes nearby in the same facility:');
  });
  it('speaks Chinese with --lang zh-CN', () => {
    const text = formatDecodeText(decode('0xC1900101 - 0x4000D', index), 'zh-CN');
    expect(text).toContain('按 HRESULT 解析');
    expect(text).toContain('阶段 4: SP_EXECUTION_OOBE_BOOT');
    expect(text).toContain('共找到 1 个匹配');
  });
  it('says nothing was read', () => {
    expect(formatDecodeText(decode('nothing here', index), 'en')).toBe('# no code could be read from "nothing here"\n');
  });
});
