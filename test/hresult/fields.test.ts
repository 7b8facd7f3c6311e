import { describe, expect, it } from 'vitest';
import {
  hresultFields,
  hresultFromSetupapi,
  hresultFromWin32,
  ntFromHresult,
  ntstatusFields,
  setupapiFromHresult,
  shownFacility,
  win32FromHresult,
} from '../../src/hresult/index.ts';
import { decodeSetupExtend } from '../../src/hresult/setup-extend.ts';

describe('hresultFields', () => {
  it('splits S, R, C, N, X, an 11-bit facility and the code', () => {
    expect(hresultFields(0xd0000034)).toMatchObject({ severity: 1, reserved: true, customer: false, nt: true, x: false, facility: 0, code: 0x34 });
    expect(hresultFields(0x0800ffff)).toMatchObject({ severity: 0, x: true, facility: 0, code: 0xffff });
    expect(hresultFields(0x87ff0001).facility).toBe(0x7ff);
  });
  it('names facilities in the HRESULT namespace, all names where there are several', () => {
    expect(hresultFields(0x80070005).facilityNames.map((f) => f.name)).toEqual(['FACILITY_WIN32']);
    expect(hresultFields(0x80090001).facilityNames.map((f) => f.name)).toEqual(['FACILITY_SSPI', 'FACILITY_SECURITY']);
    expect(hresultFields(0x80300001).facilityNames.map((f) => f.name)).toEqual(['FACILITY_PLA', 'FACILITY_WINDOWS_SETUP']);
    expect(hresultFields(0x87ff0001).facilityNames).toEqual([]);
  });
  it('names the facilities the SDK added past FACILITY_WINDOWSUPDATE, such as the volume manager and Storage Spaces', () => {
    expect(hresultFields(0x80380001).facilityNames.map((f) => f.name)).toEqual(['FACILITY_USERMODE_VOLMGR']);
    expect(hresultFields(0x80e70001).facilityNames.map((f) => f.name)).toEqual(['FACILITY_USERMODE_SPACES']);
  });
  it('names a facility past 11 bits as HRESULT_FACILITY reads it, 13 bits with X: DXGI_ERROR_ACCESS_DENIED is FACILITY_DXGI (0x87A)', () => {
    const dxgi = hresultFields(0x887a002b);
    expect(dxgi).toMatchObject({ x: true, facility: 0x7a, sdkFacility: 0x87a, code: 0x2b });
    expect(dxgi.facilityNames.map((f) => f.name)).toEqual(['FACILITY_DXGI']);
    expect(shownFacility(dxgi)).toBe(0x87a);
    expect(hresultFields(0x88990001).facilityNames.map((f) => f.name)).toEqual(['FACILITY_DIRECT2D']);
    // where the 13 bits name nothing, the 11-bit facility stands: HRESULT_FROM_NT's N bit is no facility
    expect(hresultFields(0xd0150004)).toMatchObject({ nt: true, facility: 0x15 });
    expect(hresultFields(0xd0150004).sdkFacility).toBeUndefined();
    expect(shownFacility(hresultFields(0x80070005))).toBe(7);
  });
});

describe('ntstatusFields', () => {
  it('reads the two severity bits and a 12-bit facility named in the NTSTATUS namespace', () => {
    expect(ntstatusFields(0xc0070005)).toMatchObject({ severity: 3, severityName: 'ERROR', facility: 7 });
    expect(ntstatusFields(0xc0070005).facilityNames.map((f) => f.name)).toEqual(['FACILITY_NTWIN32']);
    expect(ntstatusFields(0x80000005).severityName).toBe('WARNING');
  });
});

describe('relations', () => {
  it('HRESULT_FROM_WIN32 both ways; 0 stays 0', () => {
    expect(hresultFromWin32(1392)).toBe(0x80070570);
    expect(hresultFromWin32(0)).toBe(0);
    expect(win32FromHresult(0x80070570)).toBe(1392);
    expect(win32FromHresult(0x8024001e)).toBeUndefined();
  });
  it('HRESULT_FROM_NT sets and clears the N bit', () => {
    expect(ntFromHresult(0xd0000034)).toBe(0xc0000034);
    expect(ntFromHresult(0xc0000034)).toBeUndefined();
  });
  it('HRESULT_FROM_SETUPAPI maps 0xE000xxxx to 0x800Fxxxx and other codes as Win32', () => {
    expect(hresultFromSetupapi(0xe0000219)).toBe(0x800f0219);
    expect(hresultFromSetupapi(5)).toBe(0x80070005);
    expect(setupapiFromHresult(0x800f0219)).toBe(0xe0000219);
  });
});

describe('decodeSetupExtend', () => {
  it('splits phase and operation, unknown numbers stay unnamed', () => {
    expect(decodeSetupExtend(0x20007)).toMatchObject({ phase: 2, phaseName: 'SP_EXECUTION_SAFE_OS', operation: 7, operationName: 'SP_EXECUTION_OP_INSTALL_DRVIERS' });
    expect(decodeSetupExtend(0x90099)).toMatchObject({ phase: 9, phaseName: undefined, operation: 0x99, operationName: undefined });
  });
});
