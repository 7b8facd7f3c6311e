import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractKbs, extractPackageFiles, extractPackages } from '../../../src/analyzer/extract/kbs.ts';
import { extractBuilds, kbForBuild } from '../../../src/analyzer/extract/builds.ts';
import { extractWsus } from '../../../src/analyzer/extract/wsus.ts';
import { leadingStamp } from '../../../src/analyzer/extract/time.ts';
import { analyzeText } from '../helpers.ts';
import { renderText } from '../../../src/analyzer/index.ts';

describe('KBs and packages', () => {
  it('finds KB numbers in titles, package identities and file names', () => {
    expect(extractKbs('Cumulative Update (KB4051033) and KB 890830')).toEqual(['KB4051033', 'KB890830']);
    expect(extractKbs('Package_for_KB5020683~31bf3856ad364e35~amd64~~19041.2304.1.3')).toEqual(['KB5020683']);
    expect(extractKbs('Windows10.0-KB5016623-x64.cab\\Cab_2_for_KB5016623_PSFX.cab')).toEqual(['KB5016623', 'KB5016623']);
    expect(extractKbs('KB50166231 is too long, MSKB123456 is a word')).toEqual([]);
  });

  it('finds a KB number wherever `KB`, in any case, stands after no letter or digit, with six or seven digits', () => {
    const spec = /(?<![A-Za-z0-9])KB ?(\d{6,7})(?!\d)/gi;
    const piece = fc.constantFrom('KB', 'kb', 'Kb', 'kB', 'KBKB', ' ', '_', '-', 'a', 'X', '9', 'é', '12345', '123456', '1234567');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const line = parts.join('');
        expect(extractKbs(line), line).toEqual([...line.matchAll(spec)].map((m) => 'KB' + m[1]));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads package identities and package files', () => {
    expect(extractPackages('Failed to pin deployment while resolving Update: Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7 [x]')).toEqual([
      'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7',
    ]);
    expect(extractPackages('Store corruption, manifest missing for package: <Missing_Package>')).toEqual([]);
    expect(extractPackageFiles('cabinet \\\\?\\C:\\Windows\\SoftwareDistribution\\Download\\263b\\inst\\Windows10.0-KB5016623-x64.cab\\Cab_2_for_KB5016623_PSFX.cab')).toEqual([
      'Windows10.0-KB5016623-x64.cab',
      'Cab_2_for_KB5016623_PSFX.cab',
    ]);
  });

  it('stops after a limit, keeping the first ones found', () => {
    const cabinet = 'cabinet C:\\Download\\Cab_1_for_KB4000001.txt\\Windows10.0-KB5016623-x64.cab\\Cab_2_for_KB5016623_PSFX.cab';
    expect(extractPackageFiles(cabinet, 1)).toEqual(['Windows10.0-KB5016623-x64.cab']);
    expect(extractKbs(cabinet, 2)).toEqual(['KB4000001', 'KB5016623']);
    const two = 'Package_for_KB1~31bf3856ad364e35~amd64~~1.0 and Package_for_KB2~31bf3856ad364e35~amd64~~2.0';
    expect(extractPackages(two, 1)).toEqual(['Package_for_KB1~31bf3856ad364e35~amd64~~1.0']);
    expect(extractPackages(two)).toHaveLength(2);
  });
});

describe('OS builds', () => {
  it('reads the build of the cumulative update package, DISM image versions and KB titles', () => {
    expect(extractBuilds('Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7')).toEqual(['17763.3287']);
    expect(extractBuilds('Target image information: OS Version=10.0.19045.2965, Image LangID=1033')).toEqual(['19045.2965']);
    expect(extractBuilds('August 9, 2022-KB5016623 (OS Build 17763.3287)')).toEqual(['17763.3287']);
  });

  it('maps a build to its KB with the build table', () => {
    const rows = [{ build: '17763.3287', kb: 'KB5016623', date: '2022-08-09', source: 'x' }];
    expect(kbForBuild('17763.3287', rows)?.kb).toBe('KB5016623');
    expect(kbForBuild('17763.3288', rows)).toBeUndefined();
  });
});

describe('WSUS server', () => {
  it('reads the server from each line shape and keeps scheme, host and port', () => {
    expect(extractWsus('Agent           WSUS server: http://92.0.14.83:8530')).toEqual({ url: 'http://92.0.14.83:8530' });
    expect(extractWsus('WSUS server: (null) (Changed)')).toEqual({ url: null });
    expect(extractWsus('ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus.company.net:8530/ClientWebService/client.asmx')).toEqual({ url: 'http://wsus.company.net:8530' });
    expect(extractWsus('Existing WUA Managed server was already set (https://sup.example.net:8531)')).toEqual({ url: 'https://sup.example.net:8531' });
    expect(extractWsus('WUServer    REG_SZ    http://wsus01:8530')).toEqual({ url: 'http://wsus01:8530' });
  });

  it('keeps each change of the setting, and a setting repeated at every scan once', async () => {
    const servers = ['http://92.0.14.83:8530', 'http://92.0.14.83:8530/x', 'http://92.0.14.84:8530', 'http://wsus02:8530', 'http://92.0.14.83:8530', '(null)', 'http://92.0.14.83:8530'];
    const log = servers.map((s, i) => `2022/10/27 08:38:3${i}.3565937 4932  23416 Agent           WSUS server: ${s}`).join('\r\n');
    const report = await analyzeText('WindowsUpdate.log', log);
    expect(report.wsus.map((w) => [w.url, w.evidence.line])).toEqual([
      ['http://92.0.14.83:8530', 1],
      ['http://92.0.14.84:8530', 3],
      ['http://wsus02:8530', 4],
      ['http://92.0.14.83:8530', 5],
      [null, 6],
      ['http://92.0.14.83:8530', 7],
    ]);
    // `(null)` is the agent's word for no server set: said so, not as a change someone made
    expect(renderText(report, 'en')).toContain('- (no WSUS server set) (WindowsUpdate.log:6)');
    expect(renderText(report, 'zh-CN')).toContain('- （未设置 WSUS 服务器） (WindowsUpdate.log:6)');
  });

  it('ignores redaction placeholders and the public Windows Update service', () => {
    expect(extractWsus('PT + ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL =  https://<wsusserver>/ClientWebService/client.asmx')).toBeUndefined();
    expect(extractWsus('Got 8B24B027-1DEE-BABB-9A95-3517DFB9C552 redir SecuredClient/Server URL: https://fe3cr.delivery.mp.microsoft.com/x')).toBeUndefined();
  });
});

describe('timestamps', () => {
  it('reads every date separator Get-WindowsUpdateLog uses, legacy and ISO times', () => {
    for (const line of ['2022/10/27 08:38:34.3565937 4932', '2022-10-27 08:38:34.3565937 4932', '2022.10.27 08.38.34.3565937 4932']) {
      expect(leadingStamp(line)?.time).toBe('2022-10-27 08:38:34');
    }
    expect(leadingStamp('2016-09-08\t10:48:43:109\t 848')?.time).toBe('2016-09-08 10:48:43');
    expect(leadingStamp('2023-05-22T08:12:18.9780000Z')?.time).toBe('2023-05-22T08:12:18Z');
    expect(leadingStamp('2022-13-40 99:00:00')).toBeUndefined();
  });

  it('keeps the milliseconds of a fraction and reads the shapes around the common one alike', () => {
    expect(leadingStamp('2022/10/27 08:38:34.3565937 4932')?.ms).toBe(Date.UTC(2022, 9, 27, 8, 38, 34, 356));
    expect(leadingStamp('2022-10-27 08:38:34.3Z')).toMatchObject({ time: '2022-10-27T08:38:34Z', ms: Date.UTC(2022, 9, 27, 8, 38, 34, 300) });
    expect(leadingStamp('2022-10-27 08:38:34, Info')).toMatchObject({ time: '2022-10-27 08:38:34', ms: Date.UTC(2022, 9, 27, 8, 38, 34) });
    expect(leadingStamp('  2022-1-7 8:38:34 x')?.time).toBe('2022-01-07 08:38:34');
    expect(leadingStamp('2022-10-27 24:00:00')).toBeUndefined();
    expect(leadingStamp('2022-10-2x 08:38:34')).toBeUndefined();
  });

  it('reads each line of a second with its own fraction, and a changed second anew', () => {
    const lines = ['2022/10/27 08:38:34.1000000 1', '2022/10/27 08:38:34.2500000 2', '2022-10-27 08:38:34.3Z', '2022/10/27 08:38:35 3', '2022/10/27 08:38:3x 4'];
    expect(lines.map((line) => leadingStamp(line))).toMatchObject([
      { time: '2022-10-27 08:38:34', ms: Date.UTC(2022, 9, 27, 8, 38, 34, 100) },
      { time: '2022-10-27 08:38:34', ms: Date.UTC(2022, 9, 27, 8, 38, 34, 250) },
      { time: '2022-10-27T08:38:34Z', ms: Date.UTC(2022, 9, 27, 8, 38, 34, 300) },
      { time: '2022-10-27 08:38:35', ms: Date.UTC(2022, 9, 27, 8, 38, 35) },
      undefined,
    ]);
  });
});
