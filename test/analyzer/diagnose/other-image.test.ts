import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/analyzer/extract/attempts.ts';
import { onOtherImage } from '../../../src/analyzer/diagnose/other-image.ts';
import { analyze, emptyKnowledge, renderText } from '../../../src/analyzer/index.ts';
import { fixtureInput } from '../helpers.ts';

/** A failed servicing episode of a DISM command line, with only what the test reads. */
const episode = (phase: string): Attempt => ({ kind: 'servicing', status: 'failed', update: { phase } }) as Attempt;

describe('DISM commands on other images', () => {
  it('are those on a WIM file or an image mounted in a folder, as command lines name them', () => {
    for (const other of [
      'Dism  /Mount-Image /ImageFile:F:\\sources\\install.wim /MountDir:C:\\test\\offline',
      'Dism  /Image:C:\\Users\\ThunderSoft\\Desktop\\T490\\boot\\boot.wim /Get-Drivers',
      'Dism  /Image:"C:\\mount" /Add-Package /PackagePath:C:\\updates\\windows10.0-kb5016623-x64.msu',
      'dism /Get-WimInfo /WimFile:D:\\sources\\install.wim',
      'dism /Apply-Image /ImageFile:X:\\install.wim /Index:1 /ApplyDir:W:\\',
      'dism /Cleanup-Mountpoints',
    ]) expect(onOtherImage(episode(other)), other).toBe(true);
  });

  it('are not this machine\'s own Windows, online or serviced offline from WinPE by its drive', () => {
    for (const own of [
      'dism /online /cleanup-image /restorehealth',
      'DISM /Online /Add-Package /PackagePath:C:\\Temp\\windows10.0-kb5016623-x64.cab',
      'Dism /Image:C:\\ /Cleanup-Image /RestoreHealth /Source:D:\\sources\\install.wim',
      'Dism /Image:"D:" /Cleanup-Image /RevertPendingActions',
      '"C:\\WINDOWS\\system32\\cleanmgr.exe" /autocleanstoragesense /d C:',
    ]) expect(onOtherImage(episode(own)), own).toBe(false);
    expect(onOtherImage({ ...episode('Dism  /Mount-Image /ImageFile:F:\\install.wim'), kind: 'update' } as Attempt)).toBe(false);
  });

  it('are set aside by the verdict, which says so: a real DISM log where mounting a WIM failed', async () => {
    const report = await analyze([fixtureInput('samples/real-50-dism.log')], emptyKnowledge());
    expect(report.servicing.map((a) => [a.status, a.code])).toEqual([['failed', '0x80070057']]);
    expect(report.verdict).toMatchObject({ state: 'healthy', otherImage: { failed: 1, evidence: expect.objectContaining({ line: 9 }) } });
    expect(report.rootCause).toBeNull();
    expect(renderText(report, 'en')).toContain("A DISM command on another image (a WIM file, or an image mounted in a folder) failed; that says nothing of this machine's updates and is set aside (the first at samples/real-50-dism.log:9).");
    expect(renderText(report, 'zh-CN')).toContain('另有 1 次针对其他映像（WIM 文件，或挂载在文件夹中的映像）的 DISM 命令失败');
  });
});
