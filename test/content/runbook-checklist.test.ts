import { beforeAll, describe, expect, it } from 'vitest';
import { compileFromDisk } from '../../scripts/lib/load-catalog.ts';
import type { Runbook, RunbookStep } from '../../src/catalog/types.ts';

/**
 * The checklist a reviewer runs on every runbook: each command is written in the syntax of
 * the shell it names, each step says what the engineer should see, and each step that
 * changes the machine says how to undo it.
 */
let runbooks: Runbook[];
beforeAll(async () => {
  runbooks = (await compileFromDisk()).catalog.runbooks;
}, 60_000);

/** cmd.exe expands `%NAME%`; PowerShell does not (it reads `$env:NAME`). */
const CMD_VARIABLE = /%[A-Za-z_][A-Za-z0-9_()]*%/;
/** PowerShell only: environment variables, cmdlets (Verb-Noun), pipelines into cmdlets. */
const POWERSHELL_ONLY = /\$env:|^\s*\$\w+\s*=|(?<![/\w-])(Get|Set|New|Remove|Start|Stop|Restart|Copy|Move|Test|Select|Format|Compress|Expand|Invoke|Out|Where|ForEach|Export|Import|Add|Clear|Rename|Write|Measure|Sort)-[A-Z][A-Za-z]+\b/;

export function shellProblems(step: Pick<RunbookStep, 'command' | 'shell'>): string[] {
  const command = step.command ?? '';
  if (step.shell === 'powershell' && CMD_VARIABLE.test(command)) return [`cmd variable ${CMD_VARIABLE.exec(command)![0]} in PowerShell`];
  if (step.shell === 'cmd' && POWERSHELL_ONLY.test(command)) return [`PowerShell syntax '${POWERSHELL_ONLY.exec(command)![0]}' in cmd`];
  return [];
}

describe('the shell checker', () => {
  it('tells cmd and PowerShell syntax apart', () => {
    expect(shellProblems({ shell: 'powershell', command: 'Remove-Item "%windir%\\Temp\\x"' })).toHaveLength(1);
    expect(shellProblems({ shell: 'powershell', command: 'Remove-Item "$env:windir\\Temp\\x"' })).toEqual([]);
    expect(shellProblems({ shell: 'cmd', command: 'dir "$env:windir"' })).toHaveLength(1);
    expect(shellProblems({ shell: 'cmd', command: 'Get-Service wuauserv' })).toHaveLength(1);
    expect(shellProblems({ shell: 'cmd', command: 'for %f in (C:\\x\\*) do certutil -hashfile "%f" SHA256' })).toEqual([]);
    // DISM options look like cmdlets but follow a slash
    expect(shellProblems({ shell: 'cmd', command: 'DISM /Get-WimInfo /WimFile:D:\\sources\\install.wim' })).toEqual([]);
    expect(shellProblems({ shell: 'cmd', command: '$p = 1' })).toHaveLength(1);
    expect(shellProblems({ shell: 'cmd', command: 'ren %windir%\\SoftwareDistribution SoftwareDistribution.bak' })).toEqual([]);
  });
});

describe('every runbook passes the checklist', () => {
  it('writes each command in the syntax of the shell it names', () => {
    const problems = runbooks.flatMap((rb) => rb.steps.flatMap((s) => shellProblems(s).map((p) => `${rb.id} ${s.id}: ${p}`)));
    expect(problems).toEqual([]);
  });
  it('says for every step what the engineer should see, in both languages', () => {
    for (const rb of runbooks) for (const s of rb.steps) for (const lang of ['zh-CN', 'en'] as const) expect(s.expect[lang].trim(), `${rb.id} ${s.id} ${lang}`).not.toBe('');
  });
  it('gives every step that changes the machine its own undo, in both languages', () => {
    const missing = runbooks.flatMap((rb) => rb.steps.filter((s) => s.changes && !(s.undo?.['zh-CN'].trim() && s.undo?.en.trim())).map((s) => `${rb.id} ${s.id}`));
    expect(missing).toEqual([]);
  });
});
