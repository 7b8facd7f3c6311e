import { describe, expect, it } from 'vitest';
import { loadCodeIndex } from '../../scripts/lib/code-index.ts';
import { decodeValue } from '../../src/hresult/lookup.ts';
import { decodeRows } from '../../src/search/decode-rows.ts';

const index = loadCodeIndex();

describe('decodeRows', () => {
  it('0x802400FF: both decimals, failure, FACILITY_WINDOWSUPDATE, code 0xFF', () => {
    const rows = decodeRows(decodeValue(0x802400ff, index), 'en');
    const text = rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    expect(text).toContain('-2145124097 / 2149843199');
    expect(text).toContain('FAILURE (1)');
    expect(text).toContain('FACILITY_WINDOWSUPDATE (0x24, 36)');
    expect(text).toContain('0xFF (255)');
  });
  it('speaks Chinese on zh-CN pages', () => {
    const labels = decodeRows(decodeValue(0x802400ff, index), 'zh-CN').map((r) => r.label).join(' ');
    expect(labels).toMatch(/严重性/);
    expect(labels).not.toMatch(/Severity/);
  });
  it('adds the NTSTATUS reading for an NTSTATUS-shaped value', () => {
    const rows = decodeRows(decodeValue(0xc0ffee01, index), 'en');
    expect(rows.some((r) => r.label === 'as an NTSTATUS' && r.value.startsWith('ERROR'))).toBe(true);
  });
});
