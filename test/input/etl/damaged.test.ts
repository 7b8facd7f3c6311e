import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repeatTrace } from '../../../bench/support/etl-traces.ts';
import { etlFixture, readEtl, WAASMEDIC_TRACE, WU_TRACE } from './helpers.ts';
import { analyze, emptyKnowledge } from '../../../src/analyzer/index.ts';
import { bytesInput } from '../../analyzer/helpers.ts';

const original = etlFixture(WU_TRACE);
const copy = () => original.slice();
const setU16 = (b: Uint8Array, o: number, v: number) => new DataView(b.buffer).setUint16(o, v, true);
const setU32 = (b: Uint8Array, o: number, v: number) => new DataView(b.buffer).setUint32(o, v, true);

describe('the .etl reader on damaged files: it reads what it can and says where it stopped', () => {
  it('a trace of its header alone (a run that wrote nothing, or a copy cut after its first buffer) says so: the page promises a reason, and this is it', async () => {
    const header = original.subarray(0, 4096);
    expect(readEtl(header)).toEqual({ lines: [], notes: ['the trace holds no event: only its header was read'] });
    const report = await analyze([bytesInput('WindowsUpdate.etl', header)], emptyKnowledge());
    expect(report.warnings.map((w) => w.message)).toEqual(['the trace holds no event: only its header was read']);
    // a whole trace gives no such note
    expect(readEtl(original).notes).toEqual([]);
  });

  it('steps over a buffer that claims 2 GiB, allocating nothing, names its byte offset, and reads the buffers after it', () => {
    const bytes = copy();
    setU32(bytes, 4096, 0x7fffffff);
    const { lines, notes } = readEtl(bytes);
    expect(notes).toEqual(['byte 4096: a buffer claims 2147483647 bytes (a buffer holds 72 to 16777216); read on after it, as a buffer of the trace\'s size (4096 bytes)']);
    const whole = readEtl(original).lines;
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(whole.length);
    expect(whole).toEqual(expect.arrayContaining(lines));
  });

  it('a buffer whose size reads 0 with data after it is damage, not the end of the file: said, and stepped over', () => {
    const bytes = copy();
    setU32(bytes, 8192, 0);
    const { lines, notes } = readEtl(bytes);
    expect(notes).toEqual(["byte 8192: a buffer claims 0 bytes (a buffer holds 72 to 16777216); read on after it, as a buffer of the trace's size (4096 bytes)"]);
    const whole = readEtl(original).lines;
    expect(whole).toEqual(expect.arrayContaining(lines));
    expect(lines.length).toBeGreaterThan(whole.length / 2);
  });

  it('the first buffer claiming a size out of range stops the reading there, as no size of the trace is known yet; the file is still said to be a trace', async () => {
    const bytes = copy();
    setU32(bytes, 0, 0x7fffffff);
    expect(readEtl(bytes)).toEqual({ lines: [], notes: ['byte 0: a buffer claims 2147483647 bytes (a buffer holds 72 to 16777216); the rest of the file is not read'] });
    const report = await analyze([bytesInput('WindowsUpdate.etl', bytes)], emptyKnowledge());
    expect(report.inputs[0]).toMatchObject({ status: 'analyzed', trace: true });
    expect(report.warnings.map((w) => w.message)).toEqual(['byte 0: a buffer claims 2147483647 bytes (a buffer holds 72 to 16777216); the rest of the file is not read']);
  });

  it('ends quietly where a preallocated file runs into zeros', () => {
    const bytes = new Uint8Array(original.length + 3 * 4096);
    bytes.set(original);
    expect(readEtl(bytes)).toEqual(readEtl(original));
    expect(readEtl(original).notes).toEqual([]);
  });

  it('reads the complete records of a file cut inside a buffer', () => {
    const { lines, notes } = readEtl(original.subarray(0, 10000));
    expect(notes).toEqual(['byte 8192: the file ends inside a buffer (1808 of 4096 bytes); its complete records were read']);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.length).toBeLessThan(80);
    expect(lines[0]).toContain('Reschedule the tasks in callback work item');
  });

  it('skips a record whose size passes its buffer, and the rest of that buffer, with the byte offset', () => {
    const bytes = copy();
    setU16(bytes, 0x1048, 0xfff0);
    const { lines, notes } = readEtl(bytes);
    expect(notes).toEqual(['byte 4168: damaged record skipped (record of 65520 bytes with header type 19 does not fit its buffer)']);
    expect(lines.length).toBeGreaterThan(40);
    const rescheduled = (all: string[]) => all.filter((l) => l.includes('Reschedule the tasks in callback work item')).length;
    expect(rescheduled(readEtl(original).lines)).toBe(2);
    expect(rescheduled(lines)).toBe(1);
  });

  it('skips an event whose metadata names an unknown field type, and reads the others', () => {
    const bytes = copy();
    // The first event's only field: "Info", NUL, then its in-type byte (1, a UTF-16 string) at 0x10ce.
    expect(new TextDecoder().decode(bytes.subarray(0x10c9, 0x10cf))).toBe('Info\0\x01');
    bytes[0x10ce] = 0x1f;
    const { lines, notes } = readEtl(bytes);
    expect(lines).toHaveLength(79);
    expect(notes).toEqual(['byte 4168: damaged record skipped (field Info has in-type 31, which has no known size)']);
  });

  it('counts events that are not TraceLogging and skips them with one note', () => {
    const bytes = copy();
    // Clearing "extended data follows" leaves events with no TraceLogging schema.
    let cleared = 0;
    for (let i = 0; i + 8 <= bytes.length; i += 8) {
      if (bytes[i + 2] === 0x13 && bytes[i + 3] === 0xc0 && bytes[i + 4] === 1) {
        bytes[i + 4] = 0;
        cleared++;
      }
    }
    expect(cleared).toBeGreaterThanOrEqual(80); // the 80 event headers, and a payload that looks like one
    const { lines, notes } = readEtl(bytes);
    expect(lines).toEqual([]);
    expect(notes).toEqual(["80 events are not TraceLogging (their text needs the provider's manifest or format files) and were skipped; 0 events were decoded"]);
  });

  it('will not read events before the trace logfile header', () => {
    const bytes = original.slice(4096);
    const { lines, notes } = readEtl(bytes);
    expect(lines).toEqual([]);
    expect(notes).toEqual(['byte 72: an event comes before the trace logfile header; the file is not read']);
  });
});

describe('the .etl reader never throws, never loops, and takes linear time', () => {
  const sources = [original, etlFixture(WAASMEDIC_TRACE)];

  it('survives random byte changes, cuts and chunk sizes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        (which, changes, cut, chunk) => {
          const bytes = sources[which].slice(0, Math.ceil(sources[which].length * cut));
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          const { lines, notes } = readEtl(bytes, chunk);
          expect(lines.length).toBeLessThanOrEqual(80);
          expect(Array.isArray(notes)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads four times the buffers in about four times the time', () => {
    const build = (copies: number) => repeatTrace(original, copies);
    const cpu = (bytes: Uint8Array) => {
      const start = process.cpuUsage();
      readEtl(bytes);
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    const small = build(100);
    const large = build(400);
    readEtl(small); // warm up the compiler on both sizes
    readEtl(large);
    // CPU time, least of five runs each, the two sizes taking turns: the machine is shared, and a
    // busy spell then slows both sizes alike instead of only the one measured during it.
    const [smallRuns, largeRuns] = [[] as number[], [] as number[]];
    for (let run = 0; run < 5; run++) {
      smallRuns.push(cpu(small));
      largeRuns.push(cpu(large));
    }
    const ratio = Math.min(...largeRuns) / Math.min(...smallRuns);
    const { lines, notes } = readEtl(large);
    expect(lines).toHaveLength(400 * 80);
    expect(notes).toEqual([]);
    expect(ratio).toBeLessThan(8); // quadratic work would take 16 times as long
  });
});
