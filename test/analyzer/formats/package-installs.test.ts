import { describe, expect, it } from 'vitest';
import { reportedInstall } from '../../../src/analyzer/formats/package-installs.ts';
import { analyze } from '../../../src/analyzer/index.ts';
import { caseKnowledge, fixtureInput } from '../helpers.ts';

const PREFIX = '2022-06-19 00:31:57, Info                  CBS    ';
const report = (pkg: string, original: string, target = 'Installed', status = '0x0') =>
  `${PREFIX}Reporting package change completion for package: ${pkg}, current: Installed, original: ${original}, target: ${target}, status: ${status}, failure source: Not Applicable, failure details: "(null)", client id: WindowsUpdateAgent`;

describe('reportedInstall: the packages CBS reports installed', () => {
  it("reads an update's own package brought to Installed, with its KB", () => {
    expect(reportedInstall(report('Package_for_KB5000736~31bf3856ad364e35~amd64~~10.0.1.3', 'Staged'))).toEqual({
      package: 'Package_for_KB5000736~31bf3856ad364e35~amd64~~10.0.1.3',
      kb: 'KB5000736',
    });
    expect(reportedInstall(report('Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7', 'Absent'))?.package).toBe('Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7');
  });
  it('reads no install where nothing was installed: a part of an update, a package already installed, an uninstall, a failure', () => {
    expect(reportedInstall(report('Package_1_for_KB5000736~31bf3856ad364e35~amd64~~10.0.1.3', 'Staged'))).toBeUndefined();
    expect(reportedInstall(report('Package_for_KB5000736~31bf3856ad364e35~amd64~~10.0.1.3', 'Installed'))).toBeUndefined();
    expect(reportedInstall(report('Package_for_KB5000736~31bf3856ad364e35~amd64~~10.0.1.3', 'Installed', 'Absent'))).toBeUndefined();
    expect(reportedInstall(report('Package_for_KB5000736~31bf3856ad364e35~amd64~~10.0.1.3', 'Staged', 'Installed', '0x800f0922'))).toBeUndefined();
  });
});

describe('what the logs cover names the packages CBS.log reports installed', () => {
  it('a public CBS.log of the 21H1 enablement package completing its install: KB5000736 installed, not "no install recorded"', async () => {
    const result = await analyze([fixtureInput('corpus/healthy/cbs-hz-01-startup-report.log')], caseKnowledge());
    expect(result.verdict.state).toBe('healthy');
    expect(result.verdict.coverage.installed.map((i) => [i.update.kb, i.evidence.line])).toEqual([['KB5000736', 4]]);
  });
});
