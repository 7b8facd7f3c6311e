import { describe, expect, it } from 'vitest';
import { analyze, emptyKnowledge, type Report } from '../../../src/analyzer/index.ts';
import { extractCodes, hex8 } from '../../../src/analyzer/extract/codes.ts';
import { bytesInput, fixtureInput } from '../helpers.ts';
import { binaryFixture, readEvtx } from '../../input/evtx/fixtures.ts';

const codes = (report: Report) => report.codes.map((c) => c.code).sort();

/**
 * Lines of `dcdiag /test:SystemLog` output as published in public troubleshooting write-ups
 * (English and Traditional Chinese Windows Server): the event id is printed in hex.
 */
const DCDIAG = [
  '      Starting test: SystemLog',
  '         A warning event occurred.  EventID: 0x000727AA',
  '            Time Generated: 06/09/2021   12:36:51',
  '            Event String:',
  '            The WinRM service failed to create the following SPNs: WSMAN/dc01.example.net; WSMAN/dc01.',
  '         An error event occurred.  EventID: 0xC0001B63',
  '            Time Generated: 06/09/2021   12:36:50',
  '         An error event occurred.  EventID: 0x80001778',
  '            The previous system shutdown at 1:20:03 PM on 6/9/2021 was unexpected.',
  '             發生警告事件。EventID: 0x000003F6',
  '         ......................... DC01 failed test SystemLog',
].join('\r\n');

describe('event identities are not results', () => {
  it('does not count the hex event ids of dcdiag output as codes', async () => {
    expect(extractCodes('A warning event occurred.  EventID: 0x000727AA')).toEqual([]);
    const report = await analyze([bytesInput('dcdiag.txt', DCDIAG)], emptyKnowledge());
    expect(codes(report)).toEqual([]);
  });

  it('still counts a code written right after other words', () => {
    expect(extractCodes('Event 20 failed with 0x80240016').map((c) => c.code)).toEqual(['0x80240016']);
  });

  it('counts only the result codes of wevtutil text exports, never their event ids', async () => {
    const report = await analyze([fixtureInput('samples/real-12-events.txt')], emptyKnowledge());
    const ids = [19, 20, 43, 44].map(hex8);
    expect(codes(report).filter((c) => ids.includes(c))).toEqual([]);
  });

  it('counts only data values of .evtx records and XML exports, never event ids or record ids', async () => {
    const { events } = readEvtx(binaryFixture('System-wuclient.evtx'));
    const report = await analyze([bytesInput('System.evtx', binaryFixture('System-wuclient.evtx'))], emptyKnowledge());
    // a value counts where its field names a result, as in the evidence text `Status=0xc0000022`
    const inData = new Set(events.flatMap((e) => e.data.flatMap((f) => extractCodes(`${f.name}=${f.value}`).map((c) => c.code))));
    inData.add('0x80240016').add('0x80073D02'); // errorCode values
    expect(codes(report).filter((c) => !inData.has(c))).toEqual([]);
    expect(codes(report)).toEqual(expect.arrayContaining(['0x80240016', '0x80073D02']));
  });
});
