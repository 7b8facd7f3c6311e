/** The decoder vectors of the reference notes (§4.6) and the three Err.exe outputs of the case. */
import { describe, expect, it } from 'vitest';
import { decode, type DecodedReading } from '../../src/hresult/index.ts';
import { loadCodeIndex } from '../../scripts/lib/code-index.ts';

const index = loadCodeIndex();
const names = (r: DecodedReading | undefined, weak = false) => r?.matches.filter((m) => m.weak === weak).map((m) => m.name) ?? [];
const reading = (input: string, value: number) => decode(input, index).readings.find((r) => r.value === value);

describe('0x8024001E in every form', () => {
  it.each(['0x8024001E', '0x8024001e', '8024001E', '-2145124322', '2149842974'])('%s', (input) => {
    const first = decode(input, index).readings[0];
    expect(first.hex).toBe('0x8024001E');
    expect(first.primary).toMatchObject({ name: 'WU_E_SERVICE_STOP', header: 'wuerror.h', via: 'value', weak: false });
    expect(first.hresult).toMatchObject({ severity: 1, facility: 0x24, code: 0x1e, nt: false });
    expect(first.hresult.facilityNames.map((f) => f.name)).toEqual(['FACILITY_WINDOWSUPDATE']);
  });
  it('shows ERROR_READ_FAULT only as a weaker low-word reading, after the primary one', () => {
    const r = reading('8024001E', 0x8024001e)!;
    expect(names(r)).toEqual(['WU_E_SERVICE_STOP']);
    expect(r.matches.at(-1)).toMatchObject({ name: 'ERROR_READ_FAULT', via: 'low-word', weak: true, raw: 30 });
  });
});

describe('aliases come after the name they repeat', () => {
  it('0x8007007B reads as ERROR_INVALID_NAME first, its DNS alias after it', () => {
    const r = reading('0x8007007B', 0x8007007b)!;
    expect(r.primary?.name).toBe('ERROR_INVALID_NAME');
    expect(names(r)).toEqual(['ERROR_INVALID_NAME', 'DNS_ERROR_INVALID_NAME']);
  });
});

describe('a Win32 value reads as its winerror.h name first', () => {
  it('0x80070308 (776) is ERROR_REQUEST_OUT_OF_SEQUENCE (winerror.h, from Wine where MinGW lacks it) before the RAS error of the same number', () => {
    // A CBS failure on Windows Server 2008 R2 (theorypc.ca, 2016): `FATAL: CBS called Error with 0x80070308`, ERROR_REQUEST_OUT_OF_SEQUENCE.
    const r = reading('0x80070308', 0x80070308)!;
    expect(r.primary).toMatchObject({ name: 'ERROR_REQUEST_OUT_OF_SEQUENCE', header: 'wine/winerror.h' });
    expect(names(r)).toEqual(['ERROR_REQUEST_OUT_OF_SEQUENCE', 'ERROR_DONOTDISTURB']);
  });
});

describe('all-digit input is read as decimal and as hex, as Err.exe does', () => {
  it('80070002: decimal 0x04C5C572 with no match, hex 0x80070002 = ERROR_FILE_NOT_FOUND', () => {
    const result = decode('80070002', index);
    expect(result.readings.map((r) => [r.form, r.hex])).toEqual([
      ['hex', '0x80070002'],
      ['decimal', '0x04C5C572'],
    ]);
    expect(result.readings[0].primary).toMatchObject({ name: 'ERROR_FILE_NOT_FOUND', via: 'HRESULT_FROM_WIN32', raw: 2 });
    expect(result.readings[1].matches).toEqual([]);
  });
  it('1645: decimal 0x66D ERROR_INSTALL_REMOTE_PROHIBITED, hex 0x1645 NELOG_… (lmerrlog.h)', () => {
    const result = decode('1645', index);
    expect(result.readings.map((r) => r.form)).toEqual(['decimal', 'hex']);
    expect(names(result.readings[0])).toContain('ERROR_INSTALL_REMOTE_PROHIBITED');
    expect(result.readings[1].matches).toContainEqual(expect.objectContaining({ name: 'NELOG_NetlogonFailedToUpdateTrustList', header: 'lmerrlog.h' }));
  });
  it('7b is hex only: ERROR_INVALID_NAME and the bug check INACCESSIBLE_BOOT_DEVICE', () => {
    const result = decode('7b', index);
    expect(result.readings.map((r) => [r.form, r.value])).toEqual([['hex', 123]]);
    expect(names(result.readings[0])).toEqual(expect.arrayContaining(['ERROR_INVALID_NAME', 'INACCESSIBLE_BOOT_DEVICE']));
  });
});

describe('NTSTATUS values', () => {
  it('c000021a: STATUS_SYSTEM_PROCESS_TERMINATED; as HRESULT FAILURE, FACILITY_NULL, code 0x21A', () => {
    const r = decode('c000021a', index).readings[0];
    expect(r.primary).toMatchObject({ name: 'STATUS_SYSTEM_PROCESS_TERMINATED', header: 'ntstatus.h' });
    expect(r.hresult).toMatchObject({ severity: 1, facility: 0, code: 0x21a });
    expect(r.hresult.facilityNames.map((f) => f.name)).toEqual(['FACILITY_NULL']);
    expect(r.ntstatus).toMatchObject({ severityName: 'ERROR', facility: 0, code: 0x21a });
    expect(r.relations).toContainEqual({ kind: 'HRESULT_FROM_NT', hresult: 0xd000021a, inner: 0xc000021a });
  });
  it('0xD0000034: the N bit unwraps to STATUS_OBJECT_NAME_NOT_FOUND, whose page it shares', () => {
    const r = decode('0xD0000034', index).readings[0];
    expect(r.hresult).toMatchObject({ nt: true, facility: 0 });
    expect(r.primary).toMatchObject({ name: 'STATUS_OBJECT_NAME_NOT_FOUND', via: 'HRESULT_FROM_NT', raw: 0xc0000034 });
    expect(r.page).toBe('0xC0000034');
  });
  it('0xC007000D: FACILITY_NTWIN32 carries a Win32 code (NTSTATUS_FROM_WIN32), read as strongly as HRESULT_FROM_WIN32, not as a weaker guess', () => {
    const r = reading('0xC007000D', 0xc007000d)!;
    expect(r.primary).toMatchObject({ name: 'ERROR_INVALID_DATA', via: 'NTSTATUS_FROM_WIN32', weak: false, raw: 13 });
    expect(names(r, true)).toEqual([]);
    expect(r.relations).toContainEqual({ kind: 'NTSTATUS_FROM_WIN32', hresult: 0xc007000d, inner: 13 });
  });
  it('0xD007000D: the N bit, then NTSTATUS_FROM_WIN32, unwrap to the same Win32 code', () => {
    const r = reading('0xD007000D', 0xd007000d)!;
    expect(r.primary).toMatchObject({ name: 'ERROR_INVALID_DATA', via: 'NTSTATUS_FROM_WIN32' });
    expect(r.relations).toEqual(expect.arrayContaining([{ kind: 'HRESULT_FROM_NT', hresult: 0xd007000d, inner: 0xc007000d }, { kind: 'NTSTATUS_FROM_WIN32', hresult: 0xc007000d, inner: 13 }]));
  });
  it('another facility of an NTSTATUS error gets no such reading', () => {
    expect(reading('0xC0150004', 0xc0150004)!.relations.map((x) => x.kind)).not.toContain('NTSTATUS_FROM_WIN32');
  });
});

describe('symbolic names', () => {
  it('=WU_E_SERVICE_STOP finds 0x8024001E exactly', () => {
    expect(decode('=WU_E_SERVICE_STOP', index).readings.map((r) => [r.form, r.hex])).toEqual([['name', '0x8024001E']]);
  });
  it(':SERVICE_STOP finds WU_S_SERVICE_STOP and WU_E_SERVICE_STOP among others', () => {
    const hexes = decode(':SERVICE_STOP', index).readings.map((r) => r.hex);
    expect(hexes).toEqual(expect.arrayContaining(['0x00240001', '0x8024001E']));
  });
  it('a bare name is exact when it exists, a substring otherwise; case does not matter', () => {
    expect(decode('cbs_e_abort', index).readings.map((r) => r.hex)).toEqual(['0x800F0821']);
    expect(decode('SERVICE_SHUTTING', index).readings.map((r) => r.hex)).toContain('0x8024A10A');
  });
});

describe('text as pasted', () => {
  it.each(['０ｘ８００Ｆ０９２２', '0x800f 0922', '错误 0x800f0922', 'overall result:0x800f0922 (CBS_E_INSTALLERS_FAILED)'])('%s → CBS_E_INSTALLERS_FAILED', (input) => {
    const result = decode(input, index);
    expect(result.readings.map((r) => r.hex)).toEqual(['0x800F0922']);
    expect(result.readings[0].primary?.name).toBe('CBS_E_INSTALLERS_FAILED');
  });
  it('reads a setup result/extend pair', () => {
    const result = decode('0xC1900101 - 0x4000D', index);
    expect(result.readings[0].primary?.name).toBe('MOSETUP_E_SETUP_PLATFORM');
    expect(result.setup?.extend).toMatchObject({
      phase: 4,
      phaseName: 'SP_EXECUTION_OOBE_BOOT',
      operation: 0x0d,
      operationName: 'SP_EXECUTION_OP_MIGRATE_DATA',
    });
  });
  it('finds nothing in text without a code', () => {
    expect(decode('安装失败，请重试', index).readings).toEqual([]);
    expect(decode('', index).readings).toEqual([]);
  });
});

describe('values no header names', () => {
  it('0x802400FF is decoded structurally, with no name and known neighbours', () => {
    const r = decode('0x802400FF', index).readings[0];
    expect(r.primary).toBeUndefined();
    expect(names(r)).toEqual([]);
    expect(r.hresult).toMatchObject({ severity: 1, facility: 0x24, code: 0xff });
    expect(r.nearby.length).toBeGreaterThan(0);
    for (const n of r.nearby) expect(n.value).toMatch(/^0x8024/);
  });
  it('0x8024A105 stays nameless; USO_E_SERVICE_SHUTTING_DOWN is a neighbour', () => {
    const r = decode('0x8024A105', index).readings[0];
    expect(r.matches).toEqual([]);
    expect(r.nearby.map((n) => n.value)).toContain('0x8024A10A');
  });
});

describe('the Err.exe outputs of the case', () => {
  it('80070570: nothing for decimal; ERROR_FILE_CORRUPT for hex via FACILITY_WIN32 code 0x570', () => {
    const result = decode('80070570', index);
    expect(result.readings.map((r) => r.hex)).toEqual(['0x80070570', '0x04C5C7AA']);
    const hex = result.readings[0];
    expect(hex.signed).toBe(-2147023504);
    expect(hex.hresult).toMatchObject({ severity: 1, facility: 7, code: 0x570 });
    expect(hex.primary).toMatchObject({ name: 'ERROR_FILE_CORRUPT', header: 'winerror.h', raw: 1392 });
    expect(result.readings[1].matches).toEqual([]);
  });
  it('80070490: ERROR_NOT_FOUND first, then PEER_E_NOT_FOUND and E_PROP_ID_UNSUPPORTED with their headers', () => {
    const hex = reading('80070490', 0x80070490)!;
    expect(hex.signed).toBe(-2147023728);
    expect(hex.primary).toMatchObject({ name: 'ERROR_NOT_FOUND', raw: 1168 });
    expect(hex.matches.map((m) => `${m.name} ${m.header}`)).toEqual(
      expect.arrayContaining(['PEER_E_NOT_FOUND p2p.h', 'E_PROP_ID_UNSUPPORTED vfwmsgs.h']),
    );
  });
  it('-2146697211: INET_E_RESOURCE_NOT_FOUND of urlmon.h, not only the weaker Win32 reading of its low word', () => {
    const hex = reading('-2146697211', 0x800c0005)!;
    expect(hex.primary).toMatchObject({ name: 'INET_E_RESOURCE_NOT_FOUND', header: 'urlmon.h' });
  });
  it('8024001E: WU_E_SERVICE_STOP, FACILITY_WINDOWSUPDATE (0x24), code 0x1E', () => {
    const hex = reading('8024001E', 0x8024001e)!;
    expect(hex.signed).toBe(-2145124322);
    expect(hex.primary?.name).toBe('WU_E_SERVICE_STOP');
  });
});
