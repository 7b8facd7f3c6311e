import { describe, expect, it } from 'vitest';
import { isStoreApp } from '../../../src/analyzer/diagnose/store-app.ts';

describe('Store apps among update attempts', () => {
  it('are titled by their Store product id and package name, as event 20 and the agent write them', () => {
    // NickSmet/ts-evtx System.evtx (test/fixtures/binary/System-wuclient.evtx) and tugix456/randaodcxjj System.evtx
    for (const title of ['9WZDNCRFJBMP-MICROSOFT.WINDOWSSTORE', '9NZKPSTSNW4P-Microsoft.XboxGamingOverlay', '9N4D0MSMP0PT-Microsoft.VP9VideoExtensions']) expect(isStoreApp({ title }), title).toBe(true);
  });

  it('are not Windows updates, drivers, or titles that only start with a 9', () => {
    for (const title of [
      'Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.429.416.0) - Current Channel (Broad)',
      '2022-10 Cumulative Update for Windows 10 Version 1809 for x64-based Systems (KB5018419)',
      '9.0.1 Update for Contoso Tool',
      '9WZDNCRFJBMP',
      '9wzdncrfjbmp-microsoft.windowsstore',
    ]) expect(isStoreApp({ title }), title).toBe(false);
    expect(isStoreApp({})).toBe(false);
  });
});
