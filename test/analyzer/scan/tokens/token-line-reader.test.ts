import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCodes, type CodeHit } from '../../../../src/analyzer/extract/codes.ts';
import { cbs } from '../../../../src/analyzer/formats/cbs.ts';
import { windowsUpdate } from '../../../../src/analyzer/formats/windowsupdate.ts';
import type { LogFormat } from '../../../../src/analyzer/formats/types.ts';
import { analyze, knowledgeFromCatalog, type Knowledge } from '../../../../src/analyzer/index.ts';
import { GENERIC_TRIGGER, lineFilter } from '../../../../src/analyzer/scan/triggers.ts';
import { TokenLineReader } from '../../../../src/analyzer/scan/tokens/token-line-reader.ts';
import { tokenTable } from '../../../../src/analyzer/scan/tokens/token-table.ts';
import { LineReader, MAX_LINE_CHARS } from '../../../../src/input/index.ts';
import { loadCatalog } from '../../../../scripts/lib/load-catalog.ts';
import { FIXTURES, fixture, fixtureInput } from '../../helpers.ts';

interface Read { no: number; line: string; hitAt: number; codes: CodeHit[]; marks: number; by: 'tokens' | 'regex' }

const PATTERNS = ['Store corruption', 'CBS called Error with', 'InvalidParameters|InternalServerError'];

function regexWay(format: LogFormat, out: Read[]) {
  return (line: string, no: number, hitAt: number) => out.push({ no, line, hitAt, codes: extractCodes(line, false, hitAt), marks: format.markers!.scan(line), by: 'regex' });
}

/** The lines read, with codes and marks, the regex way or the token way, the text pushed in pieces of `piece` characters. */
function readAll(text: string, format: LogFormat, tokens: boolean, piece = text.length || 1): Read[] {
  const out: Read[] = [];
  const filter = lineFilter(format.trigger!, PATTERNS, format.triggerApart);
  const table = tokenTable([GENERIC_TRIGGER, format.trigger!], PATTERNS, format.markers!)!;
  const reader = tokens
    ? new TokenLineReader(regexWay(format, out), (line, no, hitAt, codes, marks) => out.push({ no, line, hitAt, codes, marks, by: 'tokens' }), filter, table)
    : new LineReader(regexWay(format, out), filter);
  for (let i = 0; i < text.length; i += piece) reader.push(text.slice(i, i + piece));
  reader.end();
  return out;
}

const same = (reads: Read[]) => reads.map(({ by: _, ...rest }) => rest);
const logFixtures = () => (readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => /\.(log|txt)$/.test(f));

describe('the token line reader', () => {
  it('reads the lines, numbers, codes and marker words the regex way reads, in every log fixture', () => {
    let byTokens = 0;
    for (const file of logFixtures()) {
      const text = new TextDecoder().decode(fixture(file));
      for (const format of [cbs, windowsUpdate]) {
        for (const piece of [text.length || 1, 97]) {
          const tokens = readAll(text, format, true, piece);
          expect(same(tokens), `${file} as ${format.kind}, pieces of ${piece}`).toEqual(same(readAll(text, format, false, piece)));
          byTokens += tokens.filter((r) => r.by === 'tokens').length;
        }
      }
    }
    expect(byTokens).toBeGreaterThan(500);
  });

  it('reads the same on any mix of log words, line ends and pieces', () => {
    const word = fc.constantFrom('无法', '😀', 'é', '0x800F0922', 'hr=0x80070005', 'HRESULT = 0x800f0821', '*FAILED* [8024000C]', 'KB5016623', 'Package_for_RollupFix', 'DPX phase', 'WSUS', 'Exit code = 0x', 'resultMapped=80070002', 'Error: 14098', 'Store corruption', 'CBS called Error with 0x80070570', 'uccess', 'x', ' ', '\r\n', '\n', '@0x12345678', 'a0x12345678',
      // where the code forms are decided by character checks, and where they leave it to the regex
      'hr\u00a0=80070002', 'HRESULT=80070005', 'HRESULT :\u3000800f0922', 'hresult = 0x800f0922', 'HResult', 'errorCode: 0x8024', 'resultUnMapped=8024000', 'EventID: 0x000727AA', 'Event ID =\u00a00x800f0922', '：0x80070005', '0x800700051', '=');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.integer({ min: 1, max: 50 }), (words, piece) => {
        const text = words.join('');
        for (const format of [cbs, windowsUpdate]) expect(same(readAll(text, format, true, piece))).toEqual(same(readAll(text, format, false, piece)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads text that is not ASCII by tokens too, with the same results', () => {
    const text = '2022-10-27 08:38:33, Error CBS 无法安装 Package_for_KB5016623 hr=0x800f0922\n😀 Ünïcödé [HRESULT = 0x800f0821] KB\r\n2022-10-27 08:38:34, Info CBS hr: 0x0\n';
    const reads = readAll(text, cbs, true);
    expect(reads.map((r) => r.by)).toEqual(['tokens', 'tokens', 'tokens']);
    expect(same(reads)).toEqual(same(readAll(text, cbs, false)));
    expect(reads[1].codes.map((c) => [c.code, c.index])).toEqual([['0x800F0821', 22]]);
  });

  it('reads a keyword code after white space past ASCII, as the regex way does', () => {
    const text = '2022-10-27 08:38:33, Error CBS KB5016623 hr\u00a0=80070002 HRESULT :\u3000800f0922\n';
    const reads = readAll(text, cbs, true);
    expect(reads[0].by).toBe('tokens');
    expect(reads[0].codes.map((c) => c.code)).toEqual(['0x80070002', '0x800F0922']);
    expect(same(reads)).toEqual(same(readAll(text, cbs, false)));
  });

  it('stops reading lines for a content pattern once the filter drops it, as the regex way does', () => {
    const [first, rest] = ['1 Store corruption\n2 CBS called Error with x\n', '3 Store corruption\n4 CBS called Error with y\n5 Store corruption hr=0x80070005\n'];
    const narrower = lineFilter(cbs.trigger!, PATTERNS.slice(1));
    const read = (tokens: boolean) => {
      const out: (Read & { patternHere?: boolean })[] = [];
      const table = tokenTable([GENERIC_TRIGGER, cbs.trigger!], PATTERNS, cbs.markers!)!;
      const filter = lineFilter(cbs.trigger!, PATTERNS);
      const reader = tokens
        ? new TokenLineReader(regexWay(cbs, out), (line, no, hitAt, codes, marks, patternHere) => out.push({ no, line, hitAt, codes, marks, by: 'tokens', patternHere }), filter, table)
        : new LineReader(regexWay(cbs, out), filter);
      reader.push(first);
      reader.setFilter(narrower);
      reader.push(rest);
      reader.end();
      return out;
    };
    const tokens = read(true);
    expect(tokens.map((r) => [r.no, r.patternHere])).toEqual([[1, true], [2, true], [4, true], [5, false]]);
    expect(same(tokens.map(({ patternHere: _, ...r }) => r))).toEqual(same(read(false)));
  });

  it('hands a line longer than the longest line on in pieces, as the regex way does', () => {
    const text = `start hr=0x80070005 ${'y'.repeat(MAX_LINE_CHARS + 10)}\nKB5016623\n`;
    const tokens = readAll(text, cbs, true);
    expect(tokens.map((r) => [r.no, r.line.length, r.by])).toEqual([[1, MAX_LINE_CHARS, 'regex'], [1, 30, 'regex'], [2, 9, 'tokens']]);
    expect(same(tokens)).toEqual(same(readAll(text, cbs, false)));
  });
});

describe('a whole analysis over tokens', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = knowledgeFromCatalog(await loadCatalog());
  }, 60_000);

  it('gives the report of the regex line layer for every log fixture, in whole and in small chunks', async () => {
    const plain = (report: object) => JSON.stringify({ ...report, generatedAt: 0, elapsedMs: 0 });
    for (const file of logFixtures()) {
      for (const chunk of [undefined, 61]) {
        const tokens = await analyze([fixtureInput(file, chunk)], knowledge);
        const regex = await analyze([fixtureInput(file, chunk)], knowledge, { regexLineLayer: true });
        expect(plain(tokens), file).toBe(plain(regex));
      }
    }
  });
});
