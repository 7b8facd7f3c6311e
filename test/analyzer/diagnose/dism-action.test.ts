import { describe, expect, it } from 'vitest';
import { dismAction } from '../../../src/analyzer/diagnose/dism-action.ts';

describe('what a DISM command does', () => {
  it('is its switches, lower case: where it runs and where it looks for files do not change it', () => {
    expect(dismAction('dism  /online /cleanup-image /restorehealth')).toBe('cleanup-image restorehealth');
    expect(dismAction('dism  /Online /Cleanup-Image /RestoreHealth /Source:F:\\sources\\install.esd /LimitAccess')).toBe('cleanup-image restorehealth');
    expect(dismAction('dism  /online /cleanup-image /scanhealth')).toBe('cleanup-image scanhealth');
  });

  it('keeps the values of the switches that name what it works on', () => {
    expect(dismAction('"C:\\Windows\\system32\\Dism.exe" /online /Enable-Feature /FeatureName:NetFx3 /All /Source:c:\\sources\\sxs')).toBe('enable-feature featurename:netfx3');
    expect(dismAction('Dism /Online /Add-Package /PackagePath:"C:\\KB 5005565.cab"')).toBe('add-package packagepath:c:\\kb 5005565.cab');
  });

  it('is nothing for a phase that is no DISM command', () => {
    expect(dismAction('DPX: Apply Deltas Provided In File')).toBeUndefined();
    expect(dismAction('taskhostw.exe')).toBeUndefined();
    expect(dismAction(undefined)).toBeUndefined();
  });
});
