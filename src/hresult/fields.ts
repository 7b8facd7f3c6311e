/**
 * The bit fields of a 32-bit value read as an HRESULT and, where it fits, as an NTSTATUS.
 * Facility is masked with 0x7FF (11 bits, MS-ERREF): the SDK's HRESULT_FACILITY macro
 * masks 13 bits and so folds the N and X flags into the facility. The SDK names facilities past
 * 11 bits (FACILITY_DXGI is 0x87A, its X bit set): where the 13 bits name one, that is its name.
 */
import { hresultFacilityNames, ntstatusFacilityNames, type FacilityName } from './facilities.ts';

export interface HresultFields {
  /** S: 1 = failure */
  severity: 0 | 1;
  reserved: boolean;
  customer: boolean;
  /** N: the value is an NTSTATUS mapped with HRESULT_FROM_NT */
  nt: boolean;
  x: boolean;
  facility: number;
  /** the 13-bit facility HRESULT_FACILITY reads, where it differs from `facility` and names one (0x887A002B: 0x87A, FACILITY_DXGI) */
  sdkFacility?: number;
  /** the names of `sdkFacility` where there is one, else of `facility` */
  facilityNames: FacilityName[];
  code: number;
}

/** The facility number shown beside its names: the SDK's 13-bit one where that is what names it. */
export const shownFacility = (h: Pick<HresultFields, 'facility' | 'sdkFacility'>): number => h.sdkFacility ?? h.facility;

export const NT_SEVERITIES = ['SUCCESS', 'INFORMATIONAL', 'WARNING', 'ERROR'] as const;

export interface NtStatusFields {
  severity: 0 | 1 | 2 | 3;
  severityName: (typeof NT_SEVERITIES)[number];
  customer: boolean;
  facility: number;
  facilityNames: FacilityName[];
  code: number;
}

export const S_BIT = 0x80000000;
export const N_BIT = 0x10000000;

export function hresultFields(value: number): HresultFields {
  const v = value >>> 0;
  const facility = (v >>> 16) & 0x7ff;
  const sdk = (v >>> 16) & 0x1fff;
  const sdkNames = sdk === facility ? [] : hresultFacilityNames(sdk);
  return {
    severity: (v >>> 31) as 0 | 1,
    reserved: ((v >>> 30) & 1) === 1,
    customer: ((v >>> 29) & 1) === 1,
    nt: ((v >>> 28) & 1) === 1,
    x: ((v >>> 27) & 1) === 1,
    facility,
    ...(sdkNames.length ? { sdkFacility: sdk } : {}),
    facilityNames: sdkNames.length ? sdkNames : hresultFacilityNames(facility),
    code: v & 0xffff,
  };
}

export function ntstatusFields(value: number): NtStatusFields {
  const v = value >>> 0;
  const severity = (v >>> 30) as 0 | 1 | 2 | 3;
  const facility = (v >>> 16) & 0xfff;
  return {
    severity,
    severityName: NT_SEVERITIES[severity],
    customer: ((v >>> 29) & 1) === 1,
    facility,
    facilityNames: ntstatusFacilityNames(facility),
    code: v & 0xffff,
  };
}
