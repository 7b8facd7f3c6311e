/** Synthetic CBS.log and WindowsUpdate.log for the benchmarks, built from real line shapes. */
import { createWriteStream } from 'node:fs';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Deterministic pseudo-random numbers, so runs compare. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const CBS_LINES = [
  (t: string) => `${t}, Info                  CBS    Read out cached package applicability for package: Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7, ApplicableState: 112, CurrentState:112`,
  (t: string) => `${t}, Info                  CSI    00000008@2022/10/27:00:37:09.956 CSI Transaction @0x1c2d3e4f560 initialized for deployment engine {d16d444c-56d8-11d5-882d-0080c847b195} with flags 00000002 and client id [10]"TI5.31033559_4117744417:1/"`,
  (t: string) => `${t}, Info                  CBS    Exec: Processing complete, session(Corruption Detecting): 31033559_4117744417 [HRESULT = 0x00000000 - S_OK]`,
  (t: string) => `${t}, Info                  DPX    Started DPX phase: Apply Deltas Provided In File`,
  (t: string) => `${t}, Info                  DPX    Ended DPX phase: Apply Deltas Provided In File`,
  (t: string) => `${t}, Info                  CBS    Appl: detect Parent, Package: Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~zh-CN~10.0.17763.1, Parent: Microsoft-Windows-EnterpriseEdition~31bf3856ad364e35~amd64~~10.0.17763.1, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present`,
  (t: string) => `${t}, Info                  CSI    00000009 Creating NT transaction (seq 1), objectname [6]"(null)"`,
  (t: string) => `${t}, Info                  CBS    Session: 31033559_4117744417 initialized by client WindowsUpdateAgent, external staging directory: (null), external registry directory: (null)`,
  (t: string) => `${t}, Info                  CBS    Plan: Package: Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7, Update: 5016623-1234_neutral, current: Staged, pending: Default, start: Staged, applicable: Installed, targeted: Installed, limit: Installed, selected: Default`,
  (t: string) => `${t}, Info                  CBS    Not able to add pending.xml.bad to Windows Error Report. [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]`,
  (t: string) => `${t}, Info                  CBS    Perf: Doqe: Install started.`,
];
const CBS_FAILURE = (t: string) => `${t}, Info                  CBS    Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]`;

const WU_LINES = [
  (t: string) => `${t} 3304  2188  Agent           Caller SID for Applicability: S-1-5-18`,
  (t: string) => `${t} 3304  2188  SLS             Get response for service 855E8A7C-ECB4-4CA3-B045-1DFA50104289 - forceExpire[False] asyncRefreshOnExpiry[False]`,
  (t: string) => `${t} 3304  2188  Handler         *FAILED* [80070032] Method failed [AppxPackage::Initialize:232]`,
  (t: string) => `${t} 3304  5368  Agent           Added update 89265192-A6A4-4AB3-98E8-F6D7CBF60817.1 to search result`,
  (t: string) => `${t} 3304  5368  Agent           * END * Finding updates CallerId = Update;ScanForUpdates, Id = 5846, Exit code = 0x00000000 (cV = ydo4z5xq5Uiyjlww.1.0.1.0.0.1)`,
  (t: string) => `${t} 3304  5368  IdleTimer       WU operation (CSearchCall::Init ID 5847) started; operation # 42654; does not use network; is at background priority`,
  (t: string) => `${t} 3304  7028  DownloadManager DO job {15BD9B72-052C-45DD-ABC3-719819615044} 403'd, updateId = 4BD20BA5-3C60-4702-8E4E-3A477D30E21A.1, hr = 0x80190193, BG_ERROR_CONTEXT = 5`,
  (t: string) => `${t} 3696  8172  Agent           WSUS server: http://92.0.14.83:8530`,
  (t: string) => `${t} 3696  8172  Misc            *FAILED* [8024000C] LoadHistoryEventFromRegistry completed`,
  (t: string) => `${t} 3304  6500  ProtocolTalker  DeviceAttributes[URI]: E:DchuIntelGrfxExists=1&FlightRing=Retail&TelemetryLevel=3&HidOverGattReg=C%3A%5CWINDOWS%5CSystem32`,
  (t: string) => `${t} 23792 9796  Handler         CBS called Progress with state=3, ticks=30, total=1000`,
  (t: string) => `${t} 3696  8172  Shared          UpdateNetworkState Ipv4, cNetworkInterfaces = 2.`,
];
const WU_FAILURE = (t: string) => `${t} 33288 29160 Handler         CBS called Error with 0x80070570,`;

export type Kind = 'cbs' | 'windowsupdate';

/** Writes about `bytes` of log, CRLF, with one failure every ~50 000 lines. */
export async function writeLog(path: string, kind: Kind, bytes: number): Promise<void> {
  const next = random(kind === 'cbs' ? 1 : 2);
  const shapes = kind === 'cbs' ? CBS_LINES : WU_LINES;
  const failure = kind === 'cbs' ? CBS_FAILURE : WU_FAILURE;
  const out = createWriteStream(path);
  let written = 0;
  let second = 0;
  while (written < bytes) {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      second += next() < 0.05 ? 1 : 0;
      const d = new Date(Date.UTC(2022, 9, 1) + second * 1000);
      const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
      const stamp = kind === 'cbs' ? date : `${date.replace(/-/g, '/')}.${String(Math.floor(next() * 1e7)).padStart(7, '0')}`;
      lines.push(next() < 0.00002 ? failure(stamp) : shapes[Math.floor(next() * shapes.length)](stamp));
    }
    const block = lines.join('\r\n') + '\r\n';
    written += Buffer.byteLength(block);
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(resolve));
}
