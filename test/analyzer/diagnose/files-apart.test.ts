import { describe, expect, it } from 'vitest';
import { analyze, renderText } from '../../../src/analyzer/index.ts';
import { caseKnowledge, fixtureInput } from '../helpers.ts';

describe('files of different times', () => {
  it('says which two files are half a year or more apart, and asks whether they are of one machine and of the failure', async () => {
    // a Windows 7 scan of 2016-10-19 and a Windows 10 CBS.log of 2023-11-11/12
    const report = await analyze([fixtureInput('samples/real-55-windowsupdate.log'), fixtureInput('samples/real-53-cbs.log')], caseKnowledge());
    expect(report.verdict.apart).toEqual({
      days: 2579,
      before: { file: 'samples/real-55-windowsupdate.log', to: expect.stringMatching(/^2016-10-19/) },
      after: { file: 'samples/real-53-cbs.log', from: expect.stringMatching(/^2023-11-11/) },
    });
    expect(renderText(report, 'en')).toContain('Two of these files are 2579 days apart (samples/real-55-windowsupdate.log ends 2016-10-19, samples/real-53-cbs.log begins 2023-11-11): check that they are of the same machine');
    expect(renderText(report, 'zh-CN')).toContain('其中两个文件相隔 2579 天');
  });

  it('says nothing of files of the same weeks, nor of one file', async () => {
    const both = await analyze([fixtureInput('case/WindowsUpdate.log'), fixtureInput('case/CBS.log')], caseKnowledge());
    expect(both.verdict.apart).toBeUndefined();
    const one = await analyze([fixtureInput('samples/real-53-cbs.log')], caseKnowledge());
    expect(one.verdict.apart).toBeUndefined();
  });
});
