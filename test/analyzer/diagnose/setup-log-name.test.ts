import { describe, expect, it } from 'vitest';
import { setupLogName } from '../../../src/analyzer/diagnose/setup-log-name.ts';

describe("setup logs' names: which of the pair a file is, renamed alike or not", () => {
  it('pairs setupact and setuperr of one folder, named as setup writes them or renamed alike', () => {
    for (const [act, err] of [
      ['x.zip/Panther/setupact.log', 'x.zip/Panther/setuperr.log'],
      ['Panther/setupact (1).log', 'Panther/setuperr (1).log'],
      ['vm1_SetupAct.log', 'vm1_setuperr.log'],
    ]) {
      expect(setupLogName(act)?.kind).toBe('act');
      expect(setupLogName(err)?.kind).toBe('err');
      expect(setupLogName(act)?.pair).toBe(setupLogName(err)?.pair);
    }
  });
  it('does not pair files of two folders, or renamed apart; other files are none of it', () => {
    expect(setupLogName('a/setupact.log')?.pair).not.toBe(setupLogName('b/setuperr.log')?.pair);
    expect(setupLogName('setupact.log')?.pair).not.toBe(setupLogName('setuperr (1).log')?.pair);
    expect(setupLogName('setupact_logs/CBS.log')).toBeUndefined();
    expect(setupLogName('setupact.txt')).toBeUndefined();
  });
});
