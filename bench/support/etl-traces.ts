import { Bytes } from '../../src/input/etl/bytes.ts';
import { bufferRecords, HeaderType } from '../../src/input/etl/wmi-buffer.ts';

/**
 * A long trace made of a real one: its first buffer (the header), then its event buffers again
 * and again, each copy's timestamps moved on by `step` clock ticks so time keeps running forward.
 */
export function repeatTrace(sample: Uint8Array, copies: number, step = 15n * 60n * 10_000_000n): Uint8Array {
  const bufferSize = new DataView(sample.buffer, sample.byteOffset).getUint32(0, true);
  const events = sample.subarray(bufferSize);
  const out = new Uint8Array(bufferSize + copies * events.length);
  out.set(sample.subarray(0, bufferSize));
  const view = new DataView(out.buffer);
  for (let c = 0; c < copies; c++) {
    const at = bufferSize + c * events.length;
    out.set(events, at);
    const shift = BigInt(c) * step;
    for (let b = at; b < at + events.length; b += bufferSize) {
      for (const r of bufferRecords(new Bytes(out.subarray(b, b + bufferSize)), view.getUint32(b + 4, true))) {
        if ('damaged' in r || (r.type !== HeaderType.EventHeader64 && r.type !== HeaderType.EventHeader32)) continue;
        view.setBigInt64(b + r.offset + 16, view.getBigInt64(b + r.offset + 16, true) + shift, true);
      }
    }
  }
  return out;
}
