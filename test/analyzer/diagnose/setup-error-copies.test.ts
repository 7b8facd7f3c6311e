import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { bytesInput } from '../helpers.ts';

// github.com/baslr/w10-logs (commit c3c77410): Rollback/setupact.log lines 1, 26, 27 and 5099, and
// Rollback/setuperr.log line 1, the same error setup wrote to both files.
const SETUPACT = [
  '\ufeff2021-05-18 03:11:02, Info                  SP     Initiating rollback/uninstall, phase = 0',
  '2021-05-18 03:11:03, Info                  SP     Cannot recover the system.',
  '2021-05-18 03:11:03, Info                  SP     Rollback: (2) Showing splash window with restoring text: Undoing changes made to your computer...',
  '2021-05-18 03:11:07, Error      [0x064183] IBSLIB OSRollbackService::CCheckpoint::MoveOrCopyDirectory: ObliterateOrMoveDirectoryTree(C:\\$WINDOWS.~BT\\Sources\\Panther) failed.[gle=0x00000005]',
];
const SETUPERR = '\ufeff' + SETUPACT[3];

const episodes = async (...files: [string, string][]) => {
  const report = await analyze(files.map(([name, text]) => bytesInput(name, text + '\r\n')), emptyKnowledge());
  return report.servicing.map((s) => `${s.outcome.file}:${s.outcome.line}`);
};

describe("a setuperr.log beside its folder's setupact.log", () => {
  it('alone, its rollback line stands for the rollback', async () => {
    expect(await episodes(['Rollback/setuperr.log', SETUPERR])).toEqual(['Rollback/setuperr.log:1']);
  });

  it('adds no episode of its own within the time the setupact.log covers: one rollback, read where its start is', async () => {
    const setupact = SETUPACT.join('\r\n');
    expect(await episodes(['x.zip/Rollback/setupact.log', setupact], ['x.zip/Rollback/setuperr.log', SETUPERR])).toEqual(['x.zip/Rollback/setupact.log:2']);
    // Folders are told apart with either slash, and names in any case.
    expect(await episodes(['C:\\logs\\Rollback\\SetupAct.log', setupact], ['C:\\logs\\Rollback\\SETUPERR.LOG', SETUPERR])).toEqual(['C:\\logs\\Rollback\\SetupAct.log:2']);
  });

  it("keeps its episodes past the setupact.log's end (one cut short), and those of another folder's setupact.log", async () => {
    const early = SETUPACT.slice(0, 3).join('\r\n');
    expect(await episodes(['Rollback/setupact.log', early], ['Rollback/setuperr.log', SETUPERR])).toEqual(['Rollback/setupact.log:2', 'Rollback/setuperr.log:1']);
    expect(await episodes(['Panther/setupact.log', SETUPACT.join('\r\n')], ['Rollback/setuperr.log', SETUPERR])).toEqual(['Panther/setupact.log:2', 'Rollback/setuperr.log:1']);
  });
});
