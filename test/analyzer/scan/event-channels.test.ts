import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { recordsUpdating } from '../../../src/analyzer/formats/update-channels.ts';
import { bytesInput } from '../helpers.ts';

const binary = (name: string) => bytesInput(name, readFileSync(`test/fixtures/binary/${name}`));

describe('event log channels: which ones tell of updating', () => {
  it('the System, Application and Setup logs and the update components\' own logs do; the other components\' do not', () => {
    for (const channel of ['System', 'Application', 'Setup', 'Microsoft-Windows-WindowsUpdateClient/Operational', 'Microsoft-Windows-LanguagePackSetup/Operational', 'Microsoft-Windows-Bits-Client/Operational'])
      expect(recordsUpdating(channel), channel).toBe(true);
    // the channels whose own results a whole winevt\Logs folder of a healthy machine is full of
    for (const channel of ['Microsoft-Windows-WMI-Activity/Operational', 'Microsoft-Windows-Crypto-NCrypt/Operational', 'Microsoft-Windows-WebAuthN/Operational', 'Microsoft-Windows-HelloForBusiness/Operational', 'Security'])
      expect(recordsUpdating(channel), channel).toBe(false);
    expect(recordsUpdating(undefined)).toBe(true);
  });

  it("an operational log of another component is read for the time it covers, said so, and stands for neither the System log nor the update log", async () => {
    const report = await analyze([binary('HelloForBusiness-Operational.evtx')], emptyKnowledge());
    expect(report.inputs[0]).toMatchObject({ status: 'analyzed', format: 'events', lines: 6 });
    expect(report.warnings).toContainEqual({
      file: 'HelloForBusiness-Operational.evtx',
      message: '5 events of the channel Microsoft-Windows-HelloForBusiness/Operational, which records no updating, were read for their times only: their codes are not counted',
    });
    // the sixth, half-written, names no channel, and is read as any event
    expect(report.verdict.state).toBe('inconclusive');
    expect(report.verdict.next).toEqual(expect.arrayContaining(['windowsupdate-log', 'event-log']));
  });

  it('a System log is read whole, with no such note, and is the System log the report would ask for', async () => {
    const report = await analyze([binary('System-wuclient.evtx')], emptyKnowledge());
    expect(report.warnings.some((w) => w.message.includes('records no updating'))).toBe(false);
    expect(report.verdict.next).not.toContain('event-log');
  });
});
