import { describe, expect, it } from 'vitest';
import { dismApiStep, UnfinishedOperation } from '../../../src/analyzer/formats/unfinished-operation.ts';
import { evidence } from '../../../src/analyzer/extract/evidence.ts';

// dism.log lines as DismApi.dll writes them (prboyer/NET35_Troubleshooting, dism.log of 2023-06-23; jeffkl/ManagedDism#21)
const ENTER = '2023-06-20 11:23:06, Info                  DISM   API: PID=16760 TID=25980 Enter DismEnableDisableFeatureInternal - DismEnableDisableFeatureInternal';
const INPUT = '2017-05-10 15:26:57, Info                  DISM   API: PID=3616 TID=3648 Input parameters: Session: 178, PackagePath: C:\\x\\Windows6.1-KB3185278-x64.cab, IgnoreCheck: 0 - DismAddPackageInternal';
const EXIT = '2023-06-20 11:23:07, Info                  DISM   API: PID=16760 TID=25980 Exit DismEnableDisableFeatureInternal - DismEnableDisableFeatureInternal';
const at = (line: number) => () => evidence('dism.log', line, `line ${line}`);

describe('dismApiStep', () => {
  it("reads a DISM API line's call and whether it enters or exits", () => {
    expect(dismApiStep(ENTER)).toEqual({ call: 'EnableDisableFeature', step: 'enter' });
    expect(dismApiStep(INPUT)).toEqual({ call: 'AddPackage', step: 'enter' });
    expect(dismApiStep(EXIT)).toEqual({ call: 'EnableDisableFeature', step: 'exit' });
  });

  it('reads nothing from lines that only name an internal function', () => {
    expect(dismApiStep('2023-06-20 11:23:07, Info  DISM   API: PID=1 TID=2 Successfully enqueued command object - CCommandThread::EnqueueCommandObject')).toBeUndefined();
    expect(dismApiStep('2022-10-01 00:00:06, Info  CBS    InternalOpenPackage failed for Package_for_KB3025096')).toBeUndefined();
    expect(dismApiStep('2023-06-20 11:23:06, Info  DISM   API: PID=1 TID=2 Session id is: 2 - DismOpenSessionInternal')).toBeUndefined();
  });
});

describe('UnfinishedOperation', () => {
  it('holds an API call that changes the image from its first line until its own exit', () => {
    const op = new UnfinishedOperation();
    op.apiStep('EnableDisableFeature', 'enter', at(4));
    op.apiStep('EnableDisableFeature', 'enter', at(5));
    expect(op.line?.line).toBe(4);
    op.apiStep('GetLastErrorMessage', 'exit', at(6));
    expect(op.line?.line).toBe(4);
    op.apiStep('EnableDisableFeature', 'exit', at(7));
    expect(op.line).toBeUndefined();
  });

  it('holds no call that only reads, nor an app package provisioned (set aside by the verdict)', () => {
    const op = new UnfinishedOperation();
    for (const call of ['GetFeatures', 'OpenSession', 'Initialize', 'AddProvisionedAppxPackage']) op.apiStep(call, 'enter', at(1));
    expect(op.line).toBeUndefined();
  });

  it("ends a CBS Exec at its 'Processing complete', and anything at a failing line", () => {
    const op = new UnfinishedOperation();
    op.exec(false, at(7));
    op.apiStep('AddPackage', 'exit', at(8));
    expect(op.line?.line).toBe(7);
    op.exec(true, at(9));
    expect(op.line).toBeUndefined();
    op.command(evidence('dism.log', 10, 'Executing command line: dism /online /add-package'));
    op.end();
    expect(op.line).toBeUndefined();
  });
});
