import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/analyzer/extract/attempts.ts';
import { CANCELLED_BY_USER, setAside } from '../../../src/analyzer/diagnose/set-aside.ts';
import { analyze, emptyKnowledge, renderText } from '../../../src/analyzer/index.ts';
import { fixtureInput } from '../helpers.ts';

/** A failed servicing episode of a DISM command line, with only what the test reads. */
const episode = (phase: string): Attempt => ({ kind: 'servicing', status: 'failed', update: { phase } }) as Attempt;

describe('DISM commands set aside: on other images, on app packages', () => {
  it('are those on a WIM file or an image mounted in a folder, as command lines name them', () => {
    for (const other of [
      'Dism  /Mount-Image /ImageFile:F:\\sources\\install.wim /MountDir:C:\\test\\offline',
      'Dism  /Image:C:\\Users\\ThunderSoft\\Desktop\\T490\\boot\\boot.wim /Get-Drivers',
      'Dism  /Image:"C:\\mount" /Add-Package /PackagePath:C:\\updates\\windows10.0-kb5016623-x64.msu',
      'dism /Get-WimInfo /WimFile:D:\\sources\\install.wim',
      'dism /Apply-Image /ImageFile:X:\\install.wim /Index:1 /ApplyDir:W:\\',
      'dism /Cleanup-Mountpoints',
    ]) expect(setAside(episode(other)), other).toBe('other-image');
  });

  it('are not this machine\'s own Windows, online or serviced offline from WinPE by its drive', () => {
    for (const own of [
      'dism /online /cleanup-image /restorehealth',
      'DISM /Online /Add-Package /PackagePath:C:\\Temp\\windows10.0-kb5016623-x64.cab',
      'Dism /Image:C:\\ /Cleanup-Image /RestoreHealth /Source:D:\\sources\\install.wim',
      'Dism /Image:"D:" /Cleanup-Image /RevertPendingActions',
      '"C:\\WINDOWS\\system32\\cleanmgr.exe" /autocleanstoragesense /d C:',
    ]) expect(setAside(episode(own)), own).toBeUndefined();
    expect(setAside({ ...episode('Dism  /Mount-Image /ImageFile:F:\\install.wim'), kind: 'update' } as Attempt)).toBeUndefined();
  });

  it('are set aside by the verdict, which says so: a real DISM log where mounting a WIM failed', async () => {
    const report = await analyze([fixtureInput('samples/real-50-dism.log')], emptyKnowledge());
    expect(report.servicing.map((a) => [a.status, a.code])).toEqual([['failed', '0x80070057']]);
    expect(report.verdict).toMatchObject({ state: 'healthy', otherImage: { failed: 1, evidence: expect.objectContaining({ line: 9 }) } });
    expect(report.rootCause).toBeNull();
    expect(renderText(report, 'en')).toContain("A DISM command on another image (a WIM file, or an image mounted in a folder) failed; that says nothing of this machine's updates and is set aside (the first at samples/real-50-dism.log:9).");
    expect(renderText(report, 'zh-CN')).toContain('另有 1 次针对其他映像（WIM 文件，或挂载在文件夹中的映像）的 DISM 命令失败');
  });

  it('DISM commands that provision an app package for all users, or take one out, are set aside too: an app is no Windows update', () => {
    for (const app of [
      'DISM.exe  /Online /Add-ProvisionedAppxPackage /PackagePath:92fd0ac0607b40e6bf7e9dcb09dfe742.appx /DependencyPackagePath:Microsoft.VCLibs.140.00.UWPDesktop_14.0.29231.0_x64__8wekyb3d8bbwe.appx /LogPath:\\dism.log',
      'dism /online /remove-provisionedappxpackage /packagename:Microsoft.BingWeather_4.53.33420.0_neutral_~_8wekyb3d8bbwe',
    ]) expect(setAside(episode(app)), app).toBe('app-package');
    expect(setAside(episode('dism /online /Add-Package /PackagePath:C:\\Temp\\Microsoft-Windows-LanguageFeatures-Basic-zh-cn-Package~31bf3856ad364e35~amd64~~.cab'))).toBeUndefined();
  });

  it('an update of an app from the Microsoft Store is set aside too, by its title (store-app.ts)', () => {
    expect(setAside({ kind: 'update', status: 'failed', update: { title: '9WZDNCRFJBMP-MICROSOFT.WINDOWSSTORE' } } as Attempt)).toBe('store-app');
    expect(setAside({ kind: 'update', status: 'failed', update: { title: '2022-10 Cumulative Update for Windows 10 Version 1809 for x64-based Systems (KB5018419)', kb: 'KB5018419' } } as Attempt)).toBeUndefined();
  });

  it('a Windows Setup run its user cancelled is set aside too, by the phase its episode is given (formats/setup-run.ts)', () => {
    expect(setAside(episode(CANCELLED_BY_USER))).toBe('user-cancel');
    expect(setAside(episode('Windows Setup'))).toBeUndefined();
  });

  it("a real DISM log of a PC maker's installer provisioning its app: healthy, with the failure set aside and said", async () => {
    const report = await analyze([fixtureInput('samples/real-51-dism.log')], emptyKnowledge());
    expect(report.servicing.map((a) => [a.status, a.code])).toEqual([['failed', '0x800700B7']]);
    expect(report.verdict).toMatchObject({ state: 'healthy', appPackages: { failed: 1, evidence: expect.objectContaining({ file: 'samples/real-51-dism.log' }) } });
    expect(report.verdict.otherImage).toBeUndefined();
    expect(report.rootCause).toBeNull();
    expect(renderText(report, 'en')).toContain('A DISM command provisioning an app package for all users (Add-ProvisionedAppxPackage and the like) failed; an app package is no Windows update, so that is set aside (the first at samples/real-51-dism.log:');
    expect(renderText(report, 'zh-CN')).toContain('另有 1 次为所有用户预配应用包（Add-ProvisionedAppxPackage 等）的 DISM 命令失败');
  });
});
