import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { redactToZip, REPORT_FILE } from '../../src/redact/index.ts';
import { bytesInput } from '../analyzer/helpers.ts';
import { etlFixture, WU_TRACE } from '../input/etl/helpers.ts';

describe('an .etl trace in the redacted export', () => {
  it('goes out as its decoded Get-WindowsUpdateLog text, redacted, instead of being left out', async () => {
    const parts: Uint8Array[] = [];
    const summary = await redactToZip([bytesInput(WU_TRACE, etlFixture(WU_TRACE), 3000)], { lang: 'en', onData: (data) => parts.push(data) });
    const zip = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (zip.set(p, at), at + p.length), 0);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([REPORT_FILE, `${WU_TRACE}.log`]);
    expect(summary.leftOut).toEqual([]);
    const lines = new TextDecoder().decode(entries[`${WU_TRACE}.log`]).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(80);
    expect(lines[10]).toBe('2025/10/08 14:03:26.9413235 12808 11540 ComApi\tInstall call complete (succeeded = 1, succeeded with errors = 0, failed = 0, cancelled = 0, unaccounted = 0');
  });
});
