/**
 * Cabinet reader throughput (MB of uncompressed output per second) against `cabextract -t`
 * (decompresses every member, writes nothing) on the same cabinet in the same run.
 *   MSZIP: a generated CBS.log (realistic lines, default 64 MB) packed by `gcab -c -z` here.
 *   LZX:   the makecab LZX:21 fixture (no Debian tool writes LZX; 14 MB out of 26 KB in).
 * Both read the file the way the CLI does (64 KiB pieces); ours hands members to a counting
 * sink, and one untimed run first checks its output is the original file byte for byte.
 * Target: MSZIP at least 0.5× cabextract.
 * Usage: npx tsx bench/cab.ts [MB] [runs]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CabReader } from '../src/input/index.ts';
import { readFileChunks } from '../scripts/cli/analyze-inputs.ts';
import { writeLog } from './analyzer-logs.ts';

const MB = 1024 * 1024;
const size = Number(process.argv[2] ?? 64) * MB;
const runs = Number(process.argv[3] ?? 3);
const LZX_FIXTURE = fileURLToPath(new URL('../test/fixtures/binary/cab/large-files-cab.cab', import.meta.url));

function need(tool: string): void {
  if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).error) {
    console.error(`${tool} is not installed (apt-get install cabextract gcab)`);
    process.exit(2);
  }
}

/** Reads the cabinet through CabReader; returns the bytes out and, when asked, their SHA-256 per member. */
async function readOurs(path: string, hash = false): Promise<{ ms: number; bytes: number; hashes: Record<string, string> }> {
  let bytes = 0;
  const hashes: Record<string, string> = {};
  const started = performance.now();
  const reader = new CabReader('bench.cab', {
    openEntry(name) {
      const digest = hash ? createHash('sha256') : undefined;
      return {
        push(piece) {
          bytes += piece.length;
          digest?.update(piece);
        },
        end() {
          if (digest) hashes[name.slice('bench.cab/'.length)] = digest.digest('hex');
        },
      };
    },
    refuse: (_, message) => {
      throw new Error(message);
    },
    refuseEntry: (_, __, message) => {
      throw new Error(message);
    },
  }, { used: 0, limit: 2 ** 40 });
  for await (const chunk of readFileChunks(path)) reader.push(chunk);
  reader.end();
  return { ms: performance.now() - started, bytes, hashes };
}

function timeCabextract(path: string): number {
  const started = performance.now();
  const run = spawnSync('cabextract', ['-q', '-t', path], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`cabextract failed: ${run.stderr}`);
  return performance.now() - started;
}

async function compare(label: string, cab: string, expected: Record<string, string>): Promise<void> {
  const check = await readOurs(cab, true);
  for (const [name, hash] of Object.entries(expected)) if (check.hashes[name] !== hash) throw new Error(`${label}: ${name} differs from the original`);
  const out = check.bytes / MB;
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    theirs.push(timeCabextract(cab));
    ours.push((await readOurs(cab)).ms);
  }
  const mbps = (ms: number) => out / (ms / 1000);
  const [o, t] = [Math.min(...ours), Math.min(...theirs)];
  console.log(`${label}: ${(statSync(cab).size / MB).toFixed(1)} MB cabinet → ${out.toFixed(1)} MB; best of ${runs}`);
  console.log(`  cabextract -t  ${t.toFixed(0).padStart(6)} ms  ${mbps(t).toFixed(0).padStart(5)} MB/s`);
  console.log(`  CabReader      ${o.toFixed(0).padStart(6)} ms  ${mbps(o).toFixed(0).padStart(5)} MB/s  = ${(t / o).toFixed(2)}× cabextract`);
}

need('cabextract');
need('gcab');
const dir = mkdtempSync(join(tmpdir(), 'cab-bench-'));
try {
  const log = join(dir, 'CBS.log');
  await writeLog(log, 'cbs', size);
  const made = spawnSync('gcab', ['-c', '-z', 'bench.cab', 'CBS.log'], { cwd: dir });
  if (made.status !== 0) throw new Error(`gcab failed: ${made.stderr}`);
  await compare('MSZIP (gcab -z, generated CBS.log)', join(dir, 'bench.cab'), { 'CBS.log': createHash('sha256').update(readFileSync(log)).digest('hex') });
  await compare('LZX:21 (makecab fixture)', LZX_FIXTURE, { 'large-files.cab': '30e0e3f37c7bdd389b5d1c73d08b2e2b422c50b5c32362e9995504e7c80cb1c1' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
