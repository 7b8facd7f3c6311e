import { describe, expect, it } from 'vitest';
import { UpdateTitles } from '../../../src/analyzer/extract/update-titles.ts';

// Real ComApi lines: github.com/ZayrexDev/stuff, commit 83b202ae, WindowsUpdate.log lines 11385-11386.
const DRIVER = '2025/01/06 14:27:39.8344757 22760 22080 ComApi          Title=LEN International (Europe) GmbH - Display - LEN L2262wA, ProductName=(null), UpdateId=5CE5DA54-75A4-4D1C-A7CE-AFCC056F6F47.2, FlightId=(null), DeploymentID=213557750';
const FEATURE = '2025/01/06 14:27:39.8351279 22760 22080 ComApi          Title=Windows 11, version 24H2, ProductName=Client.OS.RS2.amd64, UpdateId=AD27E52B-9E18-408A-9DF2-8688E5273FBF.1, FlightId=RS:224DE';

describe('UpdateTitles', () => {
  it('titles each id as its line does, a title with commas whole', () => {
    const titles = new UpdateTitles();
    titles.note(DRIVER);
    titles.note(FEATURE);
    expect(titles.of('5CE5DA54-75A4-4D1C-A7CE-AFCC056F6F47')).toBe('LEN International (Europe) GmbH - Display - LEN L2262wA');
    expect(titles.of('AD27E52B-9E18-408A-9DF2-8688E5273FBF')).toBe('Windows 11, version 24H2');
  });

  it('keys ids in upper case, and learns nothing from lines that lack a part', () => {
    const titles = new UpdateTitles();
    titles.note(FEATURE.replace('AD27E52B', 'ad27e52b'));
    expect(titles.of('AD27E52B-9E18-408A-9DF2-8688E5273FBF')).toBe('Windows 11, version 24H2');
    titles.note('Agent             Title = Windows 11, version 24H2');
    titles.note('DownloadManager CreateDataSource request. UpdateId=54751BC1-F1DA-4868-8662-A3A27A51045F [d:D6F10EA6]');
    titles.note('ComApi Title=(null), ProductName=(null), UpdateId=54751BC1-F1DA-4868-8662-A3A27A51045F.1');
    titles.note('ComApi Title=Broken, ProductName=(null), UpdateId=not-a-guid');
    expect(titles.of('54751BC1-F1DA-4868-8662-A3A27A51045F')).toBeUndefined();
  });

  it('keeps at most a thousand ids, and still renames one it holds', () => {
    const titles = new UpdateTitles();
    const id = (n: number) => `${n.toString(16).toUpperCase().padStart(8, '0')}-0000-0000-0000-000000000000`;
    for (let n = 0; n < 1001; n++) titles.note(`Title=Update ${n}, ProductName=(null), UpdateId=${id(n)}.1`);
    expect(titles.of(id(999))).toBe('Update 999');
    expect(titles.of(id(1000))).toBeUndefined();
    titles.note(`Title=Renamed, ProductName=(null), UpdateId=${id(5)}.1`);
    expect(titles.of(id(5))).toBe('Renamed');
  });

  // Real agent lines: github.com/ReeceKetley/Command-8-Remapper, commit a7e0f6a3, WindowsUpdate.log lines 9614-9615 and 9653-9654.
  const LISTED = [
    '2024/05/02 16:36:14.2158699 6720  7364  Agent             Title = 2024-01 Security Update for Windows 10 Version 22H2 for x64-based Systems (KB5034441)',
    '2024/05/02 16:36:14.2158751 6720  7364  Agent             UpdateId = 576B0DD6-57CC-457B-A5EC-E888491B395D.200',
  ];

  it('titles an id the agent lists on the line after a `Title = …` line, and no other', () => {
    const titles = new UpdateTitles();
    titles.noteListedTitle('2024-01 Security Update for Windows 10 Version 22H2 for x64-based Systems (KB5034441)', 9614);
    titles.noteListedId(LISTED[1], 9615);
    expect(titles.of('576B0DD6-57CC-457B-A5EC-E888491B395D')).toBe('2024-01 Security Update for Windows 10 Version 22H2 for x64-based Systems (KB5034441)');
    // A deployment's `UpdateId = …` with no title just before it names nothing.
    titles.noteListedId('2023/06/13 12:39:51.4629700 4596  17036 Deployment        UpdateId = 509bb857-4725-4f38-b4e9-c4561d0a95e0.1', 9620);
    expect(titles.of('509BB857-4725-4F38-B4E9-C4561D0A95E0')).toBeUndefined();
  });
});

