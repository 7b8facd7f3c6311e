import { describe, expect, it } from 'vitest';
import { summarizeFleet, summaryText } from '../../scripts/cli/fleet-summary.ts';
import { failedMachine } from '../../scripts/cli/fleet-machine.ts';

describe('the fleet summary', () => {
  it('gives the rate of the run in machines per minute, in the JSON line and the text', () => {
    const lines = Array.from({ length: 200 }, (_, i) => failedMachine(`PC-${i}`, 'unreadable'));
    const summary = summarizeFleet(lines, 12_000);
    expect(summary).toMatchObject({ machines: 200, seconds: 12, machinesPerMinute: 1000, errors: 200 });
    expect(summaryText(summary).split('\n')[0]).toBe('machines: 200 in 12.0 s (1000 per minute), failing: 0, recovered: 0, healthy: 0, inconclusive: 200, errors: 200');
  });
});
