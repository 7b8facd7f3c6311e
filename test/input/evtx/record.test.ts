import { describe, expect, it } from 'vitest';
import { BinXmlParser } from '../../../src/input/evtx/binxml.ts';
import { readGenericRecord, readPlannedRecord } from '../../../src/input/evtx/record.ts';
import { binaryFixture } from './fixtures.ts';

/** Each record's BinXML in every chunk of a file, with the chunk's parser. */
function* records(file: Uint8Array) {
  for (let at = 4096; at + 65536 <= file.length; at += 65536) {
    const chunk = file.slice(at, at + 65536);
    const view = new DataView(chunk.buffer);
    if (view.getUint32(0, true) !== 0x43666c45) continue; // "ElfC"
    const parser = new BinXmlParser(chunk, view, 1e9);
    for (let o = 512, size; o + 28 <= view.getUint32(48, true) && (size = view.getUint32(o + 4, true)) >= 28; o += size) {
      yield { parser, nodes: parser.fragment(o + 24, o + size - 4, 0) };
    }
  }
}

describe('EVTX records: the planned path reads what the generic path reads', () => {
  for (const name of ['System-wuclient.evtx', 'System-misc.evtx', 'LanguagePackSetup-Operational.evtx']) {
    it(name, () => {
      let planned = 0;
      let total = 0;
      for (const { parser, nodes } of records(binaryFixture(name))) {
        total++;
        const fast = readPlannedRecord(parser, nodes);
        if (!fast) continue;
        planned++;
        expect(fast).toEqual(readGenericRecord(parser, nodes));
      }
      expect(planned / total).toBeGreaterThan(0.9);
    });
  }
});
