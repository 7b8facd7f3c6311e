import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCodes, type CodeHit } from '../../../../src/analyzer/extract/codes.ts';
import type { MarkerPlaces } from '../../../../src/analyzer/extract/markers.ts';
import { buildMentions, kbMentions, packageMentions } from '../../../../src/analyzer/extract/mentions.ts';
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

/** `mentions`: the KBs, packages and builds the line mentions, read at the places the scan noted, or by search */
interface Read { no: number; line: string; hitAt: number; codes: CodeHit[]; marks: number; mentions: string[][]; by: 'tokens' | 'regex' }

const mentionsOf = (line: string, marks: number, places?: MarkerPlaces) => [kbMentions(line, marks, places), packageMentions(line, marks, places), buildMentions(line, marks, places)];

const PATTERNS = ['Store corruption', 'CBS called Error with', 'InvalidParameters|InternalServerError'];

function regexWay(format: LogFormat, out: Read[]) {
  return (line: string, no: number, hitAt: number) => {
    const marks = format.markers!.scan(line);
    out.push({ no, line, hitAt, codes: extractCodes(line, false, hitAt), marks, mentions: mentionsOf(line, marks), by: 'regex' });
  };
}

/** The lines read, with codes and marks, the regex way or the token way, the text pushed in pieces of `piece` characters. */
function readAll(text: string, format: LogFormat, tokens: boolean, piece = text.length || 1): Read[] {
  const out: Read[] = [];
  const filter = lineFilter(format.trigger!, PATTERNS, format.triggerApart);
  const table = tokenTable([GENERIC_TRIGGER, format.trigger!], PATTERNS, format.markers!)!;
  const reader = tokens
    ? new TokenLineReader(regexWay(format, out), (line, no, hitAt, codes, marks, _patternHere, _bytes, _start, places) => out.push({ no, line, hitAt, codes, marks, mentions: mentionsOf(line, marks, places), by: 'tokens' }), filter, table)
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
    const word = fc.constantFrom('无法', '😀', 'é', '0x800F0922', 'hr=0x80070005', 'HRESULT = 0x800f0821', '[HRESULT = 0x800f0821 - CBS_E_ABORT]', '[HRESULT = ', '[', 'HRESULT = 0x8', '*FAILED* [8024000C]', 'KB5016623', 'kb5016623', 'KB', 'Package_for_RollupFix', 'Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7', 'Package~31bf3856ad364e35~amd64~~10.0.1', 'OS Build 17763.3287', 'OS Version=10.0.19045.2965', 'DPX phase', 'WSUS', 'Exit code = 0x', 'resultMapped=80070002', 'Error: 14098', 'Store corruption', 'CBS called Error with 0x80070570', 'uccess', 'x', ' ', '\r\n', '\n', '@0x12345678', 'a0x12345678',
      // where the code forms are decided by character checks, and where they leave it to the regex
      'hr\u00a0=80070002', 'HRESULT=80070005', 'HRESULT :\u3000800f0922', 'hresult = 0x800f0922', 'HResult', 'errorCode: 0x8024', 'resultUnMapped=8024000', 'EventID: 0x000727AA', 'Event ID =\u00a00x800f0922', '：0x80070005', '0x800700051', '=',
      // CSI's forms: a Win32 error in decimal, and the value before its decoding (not after an assignment)
      'HRESULT_FROM_WIN32(1058)', 'HRESULT_FROM_WIN32(', 'hresult_from_win32(99999)', 'HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)', 'ERROR_', ')', '80220005 [Error,Facility=', '[Warning,Facility=', 'c0000279', ' [Error,Facility=(system)', 'HRESULT = 800f0207 [Error,Facility=');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.integer({ min: 1, max: 50 }), (words, piece) => {
        const text = words.join('');
        for (const format of [cbs, windowsUpdate]) expect(same(readAll(text, format, true, piece))).toEqual(same(readAll(text, format, false, piece)));
      }),
      { numRuns: 200 },
    );
  });

  it('notes the places of the words its extractors start from, and a line with more of them than it notes is searched', () => {
    const kbs = Array.from({ length: 7 }, (_, i) => `KB500000${i}`).join(' ');
    const text = `Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7 ${kbs} kb5000009 OS Build 17763.3287\nPackage Package Package Package OS Version=10.0.19045.2965 Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7\n`;
    const reads = readAll(text, cbs, true);
    expect(reads.map((r) => r.by)).toEqual(['tokens', 'tokens']);
    expect(reads.map((r) => r.mentions)).toEqual([
      [['KB5016623', ...kbs.split(' '), 'KB5000009'], ['Package_for_KB5016623~31bf3856ad364e35~amd64~~17763.3287.1.7'], ['17763.3287']],
      [[], ['Package_for_RollupFix~31bf3856ad364e35~amd64~~17763.3287.1.7'], ['19045.2965', '17763.3287']],
    ]);
    expect(same(reads)).toEqual(same(readAll(text, cbs, false)));
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
        ? new TokenLineReader(regexWay(cbs, out), (line, no, hitAt, codes, marks, patternHere, _bytes, _start, places) => out.push({ no, line, hitAt, codes, marks, mentions: mentionsOf(line, marks, places), by: 'tokens', patternHere }), filter, table)
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
