/**
 * A generated collector zip of about the size asked for on disk, holding what the collect-logs
 * runbook asks for, as a machine writes it:
 *   Logs/System.evtx                the real fixture's chunks repeated to 20 MB
 *   Logs/WindowsUpdate/*.etl        the real Windows Update trace repeated, time moving on
 *   Logs/WindowsUpdate.log          Get-WindowsUpdateLog text (collector-logs.ts)
 *   Logs/CBS/CBS.log                a failure-dense CBS.log of real lines (dense-logs.ts)
 *   Logs/CBS/CbsPersist_*.cab       older CBS logs (collector-logs.ts), each in a cab by `gcab -z`
 * Cabs are added until the zip reaches the size asked for: as on a real machine, the already
 * compressed cabs take most of the space. Parts are kept in `dir` and reused by later runs.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { crc32 } from '../../src/input/evtx/crc32.ts';
import { writeDenseLog } from '../dense-logs.ts';
import { writeMachineLog } from './collector-logs.ts';
import { repeatTrace } from './etl-traces.ts';

const MiB = 1024 * 1024;
const EVTX = new URL('../../test/fixtures/binary/System-wuclient.evtx', import.meta.url);
const ETL = new URL('../../test/fixtures/binary/etl/WindowsUpdate.20251008.140245.443.8.etl', import.meta.url);
const EVTX_HEADER = 4096;
const EVTX_CHUNK = 65536;
/** Each CbsPersist log is a CBS.log that reached this size and was rolled over. */
const PERSISTED_LOG = 50 * MiB;
const TRACES = 4;

export interface Entry {
  name: string;
  /** bytes the analyzer reads (a cab's: the log inside) */
  content: number;
  /** bytes of the entry itself, and what it takes in the zip */
  size: number;
  zipped: number;
}

/** A System.evtx of about `bytes`: the fixture's chunks over and over, under a header that counts them. */
export function repeatedEvtx(bytes: number): Uint8Array {
  const real = readFileSync(EVTX);
  const chunks = real.subarray(EVTX_HEADER, EVTX_HEADER + Math.floor((real.length - EVTX_HEADER) / EVTX_CHUNK) * EVTX_CHUNK);
  const copies = Math.max(1, Math.min(Math.floor(bytes / chunks.length), Math.floor(0xffff / (chunks.length / EVTX_CHUNK))));
  const out = new Uint8Array(EVTX_HEADER + copies * chunks.length);
  out.set(real.subarray(0, EVTX_HEADER));
  for (let i = 0; i < copies; i++) out.set(chunks, EVTX_HEADER + i * chunks.length);
  const view = new DataView(out.buffer);
  view.setUint16(42, (copies * chunks.length) / EVTX_CHUNK, true);
  view.setUint32(124, crc32(out, 0, 120), true);
  return out;
}

/** A part's file in `dir`, made once. */
async function part(dir: string, file: string, make: (path: string) => Promise<void> | void): Promise<string> {
  const path = join(dir, file);
  if (!existsSync(path)) {
    await make(path + '.tmp');
    renameSync(path + '.tmp', path);
  }
  return path;
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** The n-th rolled-over CBS log in a cab; the older the larger n. */
async function persistedCab(dir: string, n: number): Promise<{ path: string; name: string; content: number }> {
  const from = Date.UTC(2022, 8, 30) - (n + 1) * 9 * 86_400_000;
  const name = `CbsPersist_${stamp(from)}`;
  const log = await part(dir, `${name}.log`, (path) => writeMachineLog(path, 'cbs', PERSISTED_LOG, 100 + n, from));
  const path = await part(dir, `${name}.cab`, (out) => {
    // gcab stores the name it is given: the log's own file name, as Windows does
    const made = spawnSync('gcab', ['-c', '-z', '-n', out, `${name}.log`], { cwd: dir });
    if (made.status !== 0) throw new Error(`gcab failed: ${made.stderr}`);
  });
  return { path, name: `Logs/CBS/${name}.cab`, content: statSync(log).size };
}

/** Streams the parts into a zip (deflate level 6, as archivers default to) and counts what each takes. */
class ZipWriter {
  readonly entries: Entry[] = [];
  written = 0;
  private readonly fd: number;
  private readonly zip: Zip;

  constructor(readonly path: string) {
    this.fd = openSync(path + '.tmp', 'w');
    this.zip = new Zip((error, data) => {
      if (error) throw error;
      writeSync(this.fd, data);
      this.written += data.length;
    });
  }

  add(name: string, file: string, content = statSync(file).size): void {
    const before = this.written;
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    const fd = openSync(file, 'r');
    const buffer = new Uint8Array(MiB);
    let size = 0;
    for (let n; (n = readSync(fd, buffer, 0, MiB, null)) > 0; size += n) entry.push(buffer.slice(0, n));
    entry.push(new Uint8Array(0), true);
    closeSync(fd);
    this.entries.push({ name, content, size, zipped: this.written - before });
  }

  end(): Entry[] {
    this.zip.end();
    closeSync(this.fd);
    renameSync(this.path + '.tmp', this.path);
    writeFileSync(this.path + '.json', JSON.stringify(this.entries));
    return this.entries;
  }
}

/** The zip of about `mb` MB on disk in `dir`, and its entries; made once per size. */
export async function collectorZip(dir: string, mb: number): Promise<{ zip: string; entries: Entry[] }> {
  const zip = join(dir, `collector-${mb}MB.zip`);
  if (existsSync(zip) && existsSync(zip + '.json')) return { zip, entries: JSON.parse(readFileSync(zip + '.json', 'utf8')) as Entry[] };
  rmSync(zip, { force: true });
  const out = new ZipWriter(zip);
  out.add('Logs/System.evtx', await part(dir, 'System.evtx', (path) => writeFileSync(path, repeatedEvtx(20 * MiB))));
  const trace = readFileSync(ETL);
  for (let i = 0; i < TRACES; i++) {
    const name = `WindowsUpdate.2025100${i + 1}.140245.443.${i + 1}.etl`;
    out.add(`Logs/WindowsUpdate/${name}`, await part(dir, name, (path) => writeFileSync(path, repeatTrace(trace, 160))));
  }
  out.add('Logs/WindowsUpdate.log', await part(dir, 'WindowsUpdate.log', (path) => writeMachineLog(path, 'windowsupdate', 40 * MiB, 2)));
  out.add('Logs/CBS/CBS.log', await part(dir, 'CBS.log', (path) => writeDenseLog(path, 'cbs', 30 * MiB)));
  for (let n = 0; out.written < mb * MiB - PERSISTED_LOG / 16; n++) {
    const cab = await persistedCab(dir, n);
    out.add(cab.name, cab.path, cab.content);
  }
  return { zip, entries: out.end() };
}
