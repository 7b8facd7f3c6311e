/**
 * Facility numbers and their names. The two namespaces differ: HRESULT facilities
 * (winerror.h) and NTSTATUS facilities (ntstatus.h) give different names to the
 * same number (7 is FACILITY_WIN32 in one, FACILITY_NTWIN32 in the other).
 */

const MINGW_WINERROR = 'winerror.h (mingw-w64-common 10.0.0-3)';
const SDK_WINERROR = 'winerror.h (Windows SDK 10.0.26100)';
const MINGW_NTSTATUS = 'ntstatus.h (mingw-w64-common 10.0.0-3)';
const SDK_NTSTATUS = 'ntstatus.h (Windows SDK 10.0.26100)';

export interface FacilityName {
  name: string;
  source: string;
}

type Table = Record<number, [string, string][]>;

function table(groups: [string, Record<string, number>][]): Table {
  const out: Table = {};
  for (const [source, names] of groups) {
    for (const [name, value] of Object.entries(names)) (out[value] ??= []).push([name, source]);
  }
  return out;
}

const HRESULT_FACILITIES = table([
  [
    MINGW_WINERROR,
    {
      FACILITY_NULL: 0, FACILITY_RPC: 1, FACILITY_DISPATCH: 2, FACILITY_STORAGE: 3, FACILITY_ITF: 4,
      FACILITY_WIN32: 7, FACILITY_WINDOWS: 8, FACILITY_SSPI: 9, FACILITY_SECURITY: 9, FACILITY_CONTROL: 10,
      FACILITY_CERT: 11, FACILITY_INTERNET: 12, FACILITY_MEDIASERVER: 13, FACILITY_MSMQ: 14,
      FACILITY_SETUPAPI: 15, FACILITY_SCARD: 16, FACILITY_COMPLUS: 17, FACILITY_AAF: 18, FACILITY_URT: 19,
      FACILITY_ACS: 20, FACILITY_DPLAY: 21, FACILITY_UMI: 22, FACILITY_SXS: 23, FACILITY_WINDOWS_CE: 24,
      FACILITY_HTTP: 25, FACILITY_BACKGROUNDCOPY: 32, FACILITY_CONFIGURATION: 33, FACILITY_STATE_MANAGEMENT: 34,
      FACILITY_METADIRECTORY: 35, FACILITY_WINDOWSUPDATE: 36, FACILITY_DIRECTORYSERVICE: 37,
    },
  ],
  [
    SDK_WINERROR,
    {
      FACILITY_USERMODE_COMMONLOG: 26, FACILITY_WER: 27, FACILITY_USERMODE_FILTER_MANAGER: 31, FACILITY_WIA: 33,
      FACILITY_GRAPHICS: 38, FACILITY_SHELL: 39, FACILITY_NAP: 39, FACILITY_TPM_SERVICES: 40,
      FACILITY_TPM_SOFTWARE: 41, FACILITY_UI: 42, FACILITY_XAML: 43, FACILITY_ACTION_QUEUE: 44, FACILITY_PLA: 48,
      FACILITY_WINDOWS_SETUP: 48, FACILITY_FVE: 49, FACILITY_FWP: 50, FACILITY_WINRM: 51, FACILITY_NDIS: 52,
      FACILITY_USERMODE_HYPERVISOR: 53, FACILITY_CMI: 54, FACILITY_WINDOWS_STORE: 63, FACILITY_WINDOWS_DEFENDER: 80,
      FACILITY_STATEREPOSITORY: 103, FACILITY_DEVICE_UPDATE_AGENT: 135, FACILITY_DRVSERVICING: 136,
      FACILITY_OCP_UPDATE_AGENT: 173, FACILITY_DELIVERY_OPTIMIZATION: 208,
    },
  ],
]);

const NTSTATUS_FACILITIES = table([
  [
    MINGW_NTSTATUS,
    {
      FACILITY_DEBUGGER: 0x1, FACILITY_RPC_RUNTIME: 0x2, FACILITY_RPC_STUBS: 0x3, FACILITY_IO_ERROR_CODE: 0x4,
      FACILITY_TERMINAL_SERVER: 0xa, FACILITY_USB_ERROR_CODE: 0x10, FACILITY_HID_ERROR_CODE: 0x11,
      FACILITY_FIREWIRE_ERROR_CODE: 0x12, FACILITY_CLUSTER_ERROR_CODE: 0x13, FACILITY_ACPI_ERROR_CODE: 0x14,
      FACILITY_SXS_ERROR_CODE: 0x15, FACILITY_TRANSACTION: 0x19, FACILITY_COMMONLOG_ERROR_CODE: 0x1a,
    },
  ],
  [SDK_NTSTATUS, { FACILITY_NTWIN32: 0x7, FACILITY_NTCERT: 0x8, FACILITY_NTSSPI: 0x9, FACILITY_VOLSNAP: 0x50 }],
]);

function names(t: Table, facility: number): FacilityName[] {
  return (t[facility] ?? []).map(([name, source]) => ({ name, source }));
}

/** Names of an HRESULT facility number (11 bits); several where the SDK gives several. */
export function hresultFacilityNames(facility: number): FacilityName[] {
  return names(HRESULT_FACILITIES, facility);
}

/** Names of an NTSTATUS facility number (12 bits). */
export function ntstatusFacilityNames(facility: number): FacilityName[] {
  return names(NTSTATUS_FACILITIES, facility);
}
