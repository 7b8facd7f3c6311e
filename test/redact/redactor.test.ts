import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redact/redactor.ts';
import { ANALYZER_VALUES, PERSONAL_VALUES, fixtureText, redactTexts } from './fixtures.ts';

const redactOne = (line: string) => new Redactor().line(line);

describe('the redactor on the personal-data fixtures', () => {
  const [log, events] = redactTexts(new Redactor(), [fixtureText('personal-data.log'), fixtureText('personal-events.txt')]);

  it('leaves none of the personal values in either file', () => {
    for (const value of PERSONAL_VALUES) {
      expect(log.toLowerCase(), value).not.toContain(value.toLowerCase());
      expect(events.toLowerCase(), value).not.toContain(value.toLowerCase());
    }
  });

  it('keeps codes, KB numbers, builds, GUIDs and times', () => {
    for (const value of ANALYZER_VALUES) expect(log + events, value).toContain(value);
  });

  it('gives the same value the same placeholder in every file', () => {
    expect(log).toContain('Machine Name = <HOST-1>.<DOMAIN-1>');
    expect(events).toContain('Computer: <HOST-1>.<DOMAIN-1>');
    expect(log).toContain('Caller: <DOMAIN-1>\\<USER-1> (<SID-1>)');
    expect(events).toContain('User Name: <DOMAIN-1>\\<USER-1>');
    expect(events).toContain('User: <SID-1>');
    expect(log).toContain('C:\\Users\\<USER-1>\\AppData');
    expect(events).toContain('用户名: <USER-2>');
    expect(events).toContain('计算机: <HOST-1>');
  });

  it('replaces a name learned from a field where it appears bare, even earlier in the files', () => {
    expect(log).toContain('from <HOST-1> (user <USER-1>)');
  });

  it('keeps the WSUS port and path but not its host', () => {
    expect(log).toContain('WSUS server: http://<IP-1>:8530');
    expect(log).toMatch(/Server URL = http:\/\/<HOST-\d>\.<DOMAIN-1>:8530\/ClientWebService\/client\.asmx/);
  });

  it('keeps well-known accounts and SIDs, which identify nobody', () => {
    expect(log).toContain('NT AUTHORITY\\SYSTEM (S-1-5-18)');
    expect(events).toContain('User: S-1-5-18');
    expect(events).toContain('User Name: NT AUTHORITY\\SYSTEM');
  });

  it('counts per kind, never more distinct values than replacements', () => {
    const redactor = new Redactor();
    redactTexts(redactor, [fixtureText('personal-data.log'), fixtureText('personal-events.txt')]);
    const counts = redactor.counts();
    for (const kind of ['user', 'host', 'domain', 'ip', 'email', 'sid'] as const) {
      expect(counts[kind].replaced, kind).toBeGreaterThan(0);
      expect(counts[kind].distinct, kind).toBeLessThanOrEqual(counts[kind].replaced);
    }
    expect(counts.email).toEqual({ replaced: 2, distinct: 1 });
    expect(counts.sid).toEqual({ replaced: 2, distinct: 1 });
    expect(counts.ip.distinct).toBe(5);
  });
});

describe('the redactor on single lines', () => {
  it('does not take version numbers or builds for IPv4 addresses', () => {
    for (const line of ['OS Version = 10.0.17763.3287', 'Agent version 7.9.9600.18340', 'assemblyIdentity version="6.0.0.0"', 'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7']) {
      expect(redactOne(line)).toBe(line);
    }
    expect(redactOne('server 192.168.1.20 answered')).toBe('server <IP-1> answered');
  });

  it('does not take times or C++ scopes for IPv6 addresses', () => {
    const line = '2022/10/27 08:38:50.6515670 4932 34144 Agent	*FAILED* [80242008] Method failed [CAgentUpdateManager::InstallUpdate:11739]';
    expect(redactOne(line)).toBe(line);
    expect(redactOne('peer [fe80::1c2d:3e4f:5a6b:7c8d] and ::1')).toBe('peer [<IP-1>] and ::1');
  });

  it('does not take paths or registry keys for DOMAIN\\user', () => {
    for (const line of [
      'Reading C:\\Windows\\Logs\\CBS\\CBS.log',
      'Key HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate',
      'Extracting \\\\?\\C:\\Windows\\SoftwareDistribution\\Download\\263bca9a\\inst\\Windows10.0-KB5016623-x64.cab',
      'Servicing\\Packages missing',
      'Apply WIM file PathForNewOSFile, index 6 to D:\\$WINDOWS.~BT\\NewOS. Error: 0x80070570',
    ]) {
      expect(redactOne(line)).toBe(line);
    }
    expect(redactOne('installed by CORP\\li.ming')).toBe('installed by <DOMAIN-1>\\<USER-1>');
    expect(redactOne('signed in as CORP\\li.ming.')).toBe('signed in as <DOMAIN-1>\\<USER-1>.');
    expect(redactOne('{"user":"CORP\\\\li.ming"}')).toBe('{"user":"<DOMAIN-1>\\\\<USER-1>"}');
  });

  it('keeps Microsoft update hosts and shared profile folders', () => {
    const line = 'GET https://download.windowsupdate.com/c/msdownload/update/software/secu/2022/08/windows10.0-kb5016623-x64.msu to C:\\Users\\Public\\Downloads';
    expect(redactOne(line)).toBe(line);
  });

  it('redacts profile paths with spaces, Chinese names and NT device paths', () => {
    expect(redactOne('C:\\Users\\Zhang San\\Desktop\\logs.zip')).toBe('C:\\Users\\<USER-1>\\Desktop\\logs.zip');
    expect(redactOne('\\Device\\HarddiskVolume3\\Users\\张三\\AppData')).toBe('\\Device\\HarddiskVolume3\\Users\\<USER-1>\\AppData');
  });

  it('redacts the computer name of a collector archive and keeps its date', () => {
    const redactor = new Redactor();
    expect(redactor.fileName('PC-0412-(2022-10-28_13-55-01).zip/WindowsUpdate.log')).toBe('<HOST-1>-(2022-10-28_13-55-01).zip/WindowsUpdate.log');
    expect(redactor.line('Computer: pc-0412')).toBe('Computer: <HOST-1>');
  });

  it("redacts the computer and account names Windows Setup's unattend pass writes, and the lines that name them again", () => {
    // github.com/VitalSkib/files (commit b2dc2529), setupact.log lines 67, 171-174 and 178-179, names replaced here by made-up ones
    const redactor = new Redactor();
    const lines = [
      "2026-02-19 10:40:59, Info                         [Shell Unattend] ComputerName set to OFFICE-PC7 ",
      "2026-02-19 10:41:44, Info                         [Shell Unattend] UserAccounts: created account 'zhangsan'",
      "2026-02-19 10:41:44, Info                         [Shell Unattend] UserAccounts: added 'zhangsan' to group 'Users'",
      "2026-02-19 10:41:44, Info                         [Shell Unattend] UserAccounts: Password set for 'zhangsan' ",
      "2026-02-19 10:41:44, Info                         [Shell Unattend] AutoLogon Username is 'zhangsan'",
      "2026-02-19 10:41:44, Info                         [Shell Unattend] WinLogon DefaultUserName set to 'zhangsan'",
    ].map((l) => redactor.line(l));
    expect(lines.join('\n')).not.toMatch(/OFFICE-PC7|zhangsan/i);
    expect(lines[0]).toContain('ComputerName set to <HOST-1>');
    expect(lines[1]).toContain("created account '<USER-1>'");
    expect(lines[2]).toContain("added '<USER-1>' to group 'Users'");
    expect(lines[5]).toContain("DefaultUserName set to '<USER-1>'");
  });

  it('redacts the names and addresses of ipconfig /all, in English and Chinese', () => {
    const redactor = new Redactor();
    const lines = [
      '   Host Name . . . . . . . . . . . . : PC-0412',
      '   Primary Dns Suffix  . . . . . . . : corp.contoso',
      '   IPv4 Address. . . . . . . . . . . : 10.20.30.40(Preferred)',
      '   主机名  . . . . . . . . . . . . . : PC-0412',
      '   主 DNS 后缀 . . . . . . . . . . . : corp.contoso',
    ].map((l) => redactor.line(l));
    expect(lines).toEqual([
      '   Host Name . . . . . . . . . . . . : <HOST-1>',
      '   Primary Dns Suffix  . . . . . . . : <DOMAIN-1>',
      '   IPv4 Address. . . . . . . . . . . : <IP-1>(Preferred)',
      '   主机名  . . . . . . . . . . . . . : <HOST-1>',
      '   主 DNS 后缀 . . . . . . . . . . . : <DOMAIN-1>',
    ]);
  });

  it('links a NetBIOS domain to its DNS name, in either order', () => {
    const a = new Redactor();
    expect(a.line('CONTOSO\\zhangsan on pc-0412.contoso.local')).toBe('<DOMAIN-1>\\<USER-1> on <HOST-1>.<DOMAIN-1>');
    const b = new Redactor();
    expect(b.line('pc-0412.contoso.local as CONTOSO\\zhangsan')).toBe('<HOST-1>.<DOMAIN-1> as <DOMAIN-1>\\<USER-1>');
  });
});
