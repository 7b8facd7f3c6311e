/**
 * CBS.log and WindowsUpdate.log text for the collector benchmark, shaped like a real machine's:
 * the line forms of build 17763's logs with the fields that change from line to line in a real
 * one (timestamps, CSI sequence numbers and addresses, component hashes, package versions, KB
 * numbers, update GUIDs, sizes), so the text compresses about as much as a real log does and not
 * the 12× of a few fixed lines. One failure in ~50 000 lines, as in analyzer-logs.ts.
 */
import { createWriteStream } from 'node:fs';

/**
 * Deterministic pseudo-random numbers, so runs compare (mulberry32: every bit varies, unlike a
 * plain LCG whose low hex digits repeat every 16 values and would compress unrealistically).
 */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)];
/** `digits` random hex digits, eight at a time. */
function hex(r: Rng, digits: number): string {
  let out = '';
  while (out.length < digits) out += Math.floor(r() * 2 ** 32).toString(16).padStart(8, '0');
  return out.slice(0, digits);
}
const guid = (r: Rng) => `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`.toUpperCase();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const NAMES = ['kernel32', 'ntdll', 'shell32', 'user32', 'gdi32', 'comctl32', 'msxml30', 'd3d10', 'winlogon', 'wmi-core', 'bits-client', 'servicingstack', 'networking-mpssvc-svc', 'font-truetype-arial', 'ie-htmlrendering', 'tcpip', 'smbserver', 'rpc-local', 'crypt32-dll', 'authentication-authui', 'explorer', 'dns-client', 'win32k', 'lsa', 'schannel', 'printing-spooler-core', 'storage-tiering', 'wcf-http-activation', 'media-foundation', 'netfx4-clr'];
const FEATURES = ['Client-LanguagePack', 'NetFx3-OnDemand', 'InternetExplorer-Optional', 'MediaPlayer', 'Printing-PrintToPDFServices', 'Hyper-V-Services', 'SMB1Protocol', 'TelnetClient'];
const LANGS = ['', 'zh-CN', 'en-US'];
const BUILDS = [3287, 3346, 3406, 3469, 3532, 3650, 3770, 3887, 4010, 4131];
const ARCHS = ['amd64', 'wow64', 'x86', 'msil'];
/** A machine has met a few dozen updates, not thousands: KB numbers come from a pool of 40. */
const KBS = (() => {
  const r = random(40);
  return Array.from({ length: 40 }, () => `50${pad(Math.floor(r() * 30000), 5)}`);
})();

function component(r: Rng): string {
  return `${pick(r, ARCHS)}_microsoft-windows-${pick(r, NAMES)}_31bf3856ad364e35_10.0.17763.${pick(r, BUILDS)}_none_${hex(r, 16)}`;
}

function cbsPackage(r: Rng): string {
  const n = r();
  if (n < 0.3) return `Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.${pick(r, BUILDS)}.1.${1 + Math.floor(r() * 12)}`;
  if (n < 0.7) return `Package_${Math.floor(r() * 4000)}_for_KB${pick(r, KBS)}~31bf3856ad364e35~amd64~~10.0.1.${Math.floor(r() * 9)}`;
  return `Microsoft-Windows-${pick(r, FEATURES)}-Package~31bf3856ad364e35~amd64~${pick(r, LANGS)}~10.0.17763.${pick(r, BUILDS)}`;
}

type Line = (r: Rng, t: string, c: { seq: number; session: string }) => string;
const CBS = (t: string, source: 'CBS' | 'CSI' | 'DPX', text: string) => `${t}, Info                  ${source}    ${text}`;

const CBS_LINES: Line[] = [
  (r, t) => CBS(t, 'CBS', `Appl: detect Parent, Package: ${cbsPackage(r)}, Parent: Microsoft-Windows-EnterpriseEdition~31bf3856ad364e35~amd64~~10.0.17763.${pick(r, BUILDS)}, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present`),
  (r, t) => CBS(t, 'CBS', `Appl: Evaluating package applicability for package ${cbsPackage(r)}, applicable state: ${pick(r, ['Installed', 'Staged', 'Absent'])}`),
  (r, t) => CBS(t, 'CBS', `Read out cached package applicability for package: ${cbsPackage(r)}, ApplicableState: 112, CurrentState:${pick(r, [112, 80, 0])}`),
  (r, t) => CBS(t, 'CBS', `Exec: Installing Package: ${cbsPackage(r)}, Update: ${Math.floor(r() * 6e6)}-${Math.floor(r() * 3000)}_neutral, InstallDeployment: ${component(r)}`),
  (r, t) => CBS(t, 'CBS', `Plan: Package: ${cbsPackage(r)}, Update: ${Math.floor(r() * 6e6)}-${Math.floor(r() * 3000)}_neutral, current: Staged, pending: Default, start: Staged, applicable: Installed, targeted: Installed, limit: Installed, selected: Default`),
  (r, t, c) => CBS(t, 'CSI', `${hex(r, 8)}@${t.replace(/-/g, '/').replace(' ', ':')}.${pad(Math.floor(r() * 1000), 3)} CSI Transaction @0x${hex(r, 11)} initialized for deployment engine {d16d444c-56d8-11d5-882d-0080c847b195} with flags 00000002 and client id [10]"TI5.${c.session}:1/"`),
  (_r, t, c) => CBS(t, 'CSI', `${pad(++c.seq, 8)} Creating NT transaction (seq ${c.seq % 97}), objectname [6]"(null)"`),
  (r, t, c) => CBS(t, 'CSI', `${pad(++c.seq, 8)} Created NT transaction (seq ${c.seq % 97}) result 0x00000000, handle @0x${hex(r, 3)}`),
  (r, t, c) => CBS(t, 'CSI', `${pad(++c.seq, 8)} Performing ${1 + Math.floor(r() * 400)} operations as follows:`),
  (r, t, c) => CBS(t, 'CSI', `${pad(++c.seq, 8)} (None) Install (${1 + Math.floor(r() * 3)}): flags: 0 tlc: [${component(r)}] ref: ( flags: 00000000 guid: {d16d444c-56d8-11d5-882d-0080c847b195} name: [l:0]"" ncdata: [l:${20 + Math.floor(r() * 60)}]"${cbsPackage(r)}") thumbprint: (null)`),
  (r, t, c) => CBS(t, 'CSI', `${pad(++c.seq, 8)} [SR] Verifying ${Math.floor(r() * 100)} components`),
  (r, t) => CBS(t, 'DPX', `Extracting file ${pick(r, NAMES)}.dll from container, size ${Math.floor(r() * 4e6)} bytes, delta type ${pick(r, ['PA19', 'PA30', 'none'])}`),
  (_r, t, c) => CBS(t, 'CBS', `Session: ${c.session} initialized by client WindowsUpdateAgent, external staging directory: (null), external registry directory: (null)`),
  (_r, t, c) => CBS(t, 'CBS', `Exec: Processing complete, session(Corruption Detecting): ${c.session} [HRESULT = 0x00000000 - S_OK]`),
  (r, t) => CBS(t, 'CBS', `Loaded Servicing Stack v10.0.17763.${pick(r, BUILDS)} with Core: C:\\Windows\\winsxs\\${component(r)}\\cbscore.dll`),
  (_r, t) => CBS(t, 'CBS', 'Not able to add pending.xml.bad to Windows Error Report. [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]'),
];
const CBS_FAILURE: Line = (_r, t) => CBS(t, 'CBS', 'Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]');

const WU = (t: string, pid: number, tid: number, who: string, text: string) => `${t} ${pid} ${tid} ${who.padEnd(15)} ${text}`;
const WU_LINES: Line[] = [
  (r, t) => WU(t, 3304, 2188, 'Agent', `Added update ${guid(r)}.${1 + Math.floor(r() * 300)} to search result`),
  (r, t) => WU(t, 3304, 2188, 'Agent', `Found ${Math.floor(r() * 40)} updates and ${Math.floor(r() * 90)} categories in search; evaluated appl. rules of ${Math.floor(r() * 3000)} out of ${Math.floor(r() * 9000)} deployed entities`),
  (r, t) => WU(t, 3304, 5368, 'DownloadManager', `New download job {${guid(r)}} for UpdateId ${guid(r)}.${1 + Math.floor(r() * 300)}`),
  (r, t) => WU(t, 3304, 5368, 'DownloadManager', `Downloading from http://dl.delivery.mp.microsoft.com/filestreamingservice/files/${guid(r).toLowerCase()}?P1=${Math.floor(r() * 2e9)}&P2=404 to C:\\Windows\\SoftwareDistribution\\Download\\${hex(r, 32)}\\windows10.0-kb${pick(r, KBS)}-x64_${hex(r, 40)}.cab (full file)`),
  (r, t) => WU(t, 3304, 7028, 'DownloadManager', `DO job {${guid(r)}} completed successfully, ${Math.floor(r() * 9e8)} bytes transferred`),
  (r, t) => WU(t, 3304, 6500, 'IdleTimer', `WU operation (CSearchCall::Init ID ${Math.floor(r() * 9000)}) started; operation # ${Math.floor(r() * 90000)}; does not use network; is at background priority`),
  (r, t) => WU(t, 3304, 6500, 'SLS', `Get response for service ${guid(r)} - forceExpire[False] asyncRefreshOnExpiry[False]`),
  (_r, t) => WU(t, 3304, 2188, 'Agent', 'Caller SID for Applicability: S-1-5-18'),
  (r, t) => WU(t, 3304, 5368, 'Agent', `* END * Finding updates CallerId = UpdateOrchestrator, Id = ${Math.floor(r() * 9000)}, Exit code = 0x00000000 (cV = ${hex(r, 16)}.1.0.1.0.0.1)`),
  (r, t) => WU(t, 3696, 8172, 'Shared', `UpdateNetworkState Ipv4, cNetworkInterfaces = ${1 + Math.floor(r() * 3)}.`),
  (r, t) => WU(t, 3304, 2188, 'ProtocolTalker', `ServerId = ${guid(r)}, ServerUrl = https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx`),
];
const WU_FAILURE: Line = (_r, t) => WU(t, 33288, 29160, 'Handler', 'CBS called Error with 0x80070570,');

export type LogKind = 'cbs' | 'windowsupdate';

/** Writes about `bytes` of `kind` log, CRLF, starting at `from` (UTC ms, written as local time). */
export async function writeMachineLog(path: string, kind: LogKind, bytes: number, seed: number, from = Date.UTC(2022, 9, 1)): Promise<void> {
  const r = random(seed);
  const shapes = kind === 'cbs' ? CBS_LINES : WU_LINES;
  const failure = kind === 'cbs' ? CBS_FAILURE : WU_FAILURE;
  const counters = { seq: 0, session: `${Math.floor(r() * 4e7)}_${Math.floor(r() * 4e9)}` };
  const out = createWriteStream(path);
  let written = 0;
  let ms = from;
  while (written < bytes) {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      ms += r() < 0.05 ? Math.floor(r() * 4000) : 0;
      if (r() < 0.0005) counters.session = `${Math.floor(r() * 4e7)}_${Math.floor(r() * 4e9)}`;
      const d = new Date(ms);
      const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
      const t = kind === 'cbs' ? day : `${day.replace(/-/g, '/')}.${pad(Math.floor(r() * 1e7), 7)}`;
      lines.push((r() < 0.00002 ? failure : pick(r, shapes))(r, t, counters));
    }
    const block = lines.join('\r\n') + '\r\n';
    written += Buffer.byteLength(block);
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(resolve));
}
