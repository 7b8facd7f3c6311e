import { describe, expect, it } from 'vitest';
import { loadCodeIndex } from '../../scripts/lib/code-index.ts';
import { deserializeLookupData, serializeLookupData, type LookupData } from '../../src/search/lookup-data.ts';
import { lookUp } from '../../src/search/lookup.ts';
import { normalizeQuery } from '../../src/search/normalize-query.ts';
import type { KbFact } from '../../src/kb/near-kb.ts';

const index = loadCodeIndex();
const FACTS: KbFact[] = [
  { kb: 'KB5016623', releaseDate: '2022-08-09', osBuild: '17763.3287', kind: 'cumulative' },
  { kb: 'KB5016690', releaseDate: '2022-08-23', osBuild: '17763.3346', kind: 'cumulative' },
];
// a round trip through the served form, as the browser gets it; one article about an unnamed value
const data: LookupData = deserializeLookupData(
  JSON.parse(JSON.stringify(serializeLookupData(index, [...index.pages.map((p) => '0x' + p.toString(16)), '0x802400FF'], ['kb5016623', 'KB5016690'], FACTS))),
);
const ask = (q: string) => lookUp(normalizeQuery(q), data);
const firstPath = (q: string) => ask(q).hits[0]?.path;

describe('a code in any form goes straight to its page', () => {
  it.each(['0x80070570', '0X80070570', '80070570', '-2147023504', '2147943792', '1392', 'ERROR_FILE_CORRUPT', 'error_file_corrupt', '０ｘ８００７０５７０'])(
    '%s → codes/0x80070570/',
    (form) => expect(firstPath(form)).toBe('codes/0x80070570/'),
  );

  it('names the code and how the input was read', () => {
    expect(ask('-2145124322').hits[0]).toMatchObject({ kind: 'code', page: '0x8024001E', name: 'WU_E_SERVICE_STOP', form: 'signed-decimal' });
  });

  it('offers both readings of bare digits, decimal first as Err.exe does', () => {
    const pages = ask('1392').hits.map((h) => h.kind === 'code' && h.page);
    expect(pages.slice(0, 2)).toEqual(['0x80070570', '0x80071392']);
  });

  it("goes to a Win32 code's page first, then to the page of the same value where it has one (a bug check)", () => {
    for (const q of ['5', '0x00000005', '00000005']) {
      expect(ask(q).hits.slice(0, 2).map((h) => h.kind === 'code' && h.page), q).toEqual(['0x80070005', '0x00000005']);
    }
  });

  it('reads a letter O typed for a zero, in a code and in a KB number', () => {
    expect(firstPath('8007OOO5')).toBe('codes/0x80070005/');
    expect(firstPath('KB5O16623')).toBe('kb/kb5016623/');
  });

  it('a code one digit short (0x8007005) offers the known codes one digit away, a zero put back first, not a decode of it as typed', () => {
    const answer = ask('0x8007005');
    expect(answer.codeMiss).toMatchObject({ typed: '0x8007005' });
    expect(answer.codeMiss?.pages[0]).toBe('0x80070005');
    expect(answer.hits[0]).toMatchObject({ page: '0x80070005', name: 'ERROR_ACCESS_DENIED' });
    expect(answer.hits.length).toBeLessThanOrEqual(5);
    // 0x08007005, as typed, is no code anyone meant: no decode of it is offered
    expect(answer.unknown).toBeUndefined();
    expect(answer.hits[0]).toMatchObject({ text: '0x80070005' });
    expect(ask('0x80070005').codeMiss).toBeUndefined();
  });

  it("reads a setup result's extend code beside its page: 0xC1900101-0x20017 is the safe OS phase's boot", () => {
    const answer = ask('0xc1900101-0x20017');
    expect(answer.hits[0]).toMatchObject({ page: '0xC1900101' });
    expect(answer.setupExtend).toMatchObject({ phase: 2, phaseName: 'SP_EXECUTION_SAFE_OS', operation: 0x17, operationName: 'SP_EXECUTION_OP_BOOT' });
    expect(ask('0xc1900101').setupExtend).toBeUndefined();
  });

  it('finds a code inside a sentence', () => {
    expect(firstPath('安装失败，错误为 0x8024001E')).toBe('codes/0x8024001e/');
  });

  it('goes to a page that exists only as an article, with no name in any header', () => {
    const answer = ask('0x802400FF');
    expect(answer.hits).toMatchObject([{ page: '0x802400FF' }]);
    expect(answer.unknown).toBeUndefined();
  });
});

describe('a KB number with a page goes to it', () => {
  it.each(['KB5016623', 'kb 5016623', '5016623'])('%s', (q) => expect(firstPath(q)).toBe('kb/kb5016623/'));
  it('a KB no record has, and none one edit away, is left to the full-text search', () => {
    expect(ask('KB1234567')).toEqual({ hits: [], kbMiss: { kind: 'none', typed: 'KB1234567' } });
  });
});

describe("a mistyped KB number (the case's KB6016623) gets a did-you-mean", () => {
  it.each(['KB6016623', 'kb 6016623', 'ＫＢ６０１６６２３'])('%s → KB5016623', (q) => {
    const answer = ask(q);
    expect(answer.kbMiss).toEqual({ kind: 'near', typed: 'KB6016623', candidates: [{ fact: FACTS[0], edit: 'substitution' }] });
    expect(answer.hits).toEqual([{ kind: 'kb', kb: 'KB5016623', path: 'kb/kb5016623/' }]);
  });
  it('6016623 alone is answered as a near KB number and still decoded as a code', () => {
    const answer = ask('6016623');
    expect(answer.kbMiss?.kind).toBe('near');
    expect(answer.hits[0]).toMatchObject({ kind: 'kb', kb: 'KB5016623' });
  });
  it('lists several candidates, the closest first, then the newest', () => {
    const answer = ask('KB5016693');
    expect(answer.kbMiss?.kind === 'near' && answer.kbMiss.candidates.map((c) => c.fact.kb)).toEqual(['KB5016690', 'KB5016623']);
    expect(answer.hits.map((h) => h.kind === 'kb' && h.kb)).toEqual(['KB5016690', 'KB5016623']);
  });
});

describe('a KB number inside a sentence is answered as if typed alone', () => {
  it.each(['KB6016623 安装失败', 'install KB 6016623 failed', '补丁ｋｂ６０１６６２３装不上'])('%s → did you mean KB5016623', (q) => {
    const answer = ask(q);
    expect(answer.kbMiss).toEqual({ kind: 'near', typed: 'KB6016623', candidates: [{ fact: FACTS[0], edit: 'substitution' }] });
    expect(answer.hits[0]).toEqual({ kind: 'kb', kb: 'KB5016623', path: 'kb/kb5016623/' });
  });
  it('a known KB in a sentence is the page to go to, with no did-you-mean', () => {
    const answer = ask('KB5016623 安装失败');
    expect(answer.hits[0]).toEqual({ kind: 'kb', kb: 'KB5016623', path: 'kb/kb5016623/' });
    expect(answer.kbMiss).toBeUndefined();
  });
  it('a code in the same sentence is offered after the KB', () => {
    const answer = ask('KB6016623 安装失败 0x80070570');
    expect(answer.kbMiss?.kind).toBe('near');
    expect(answer.hits.map((h) => h.path)).toEqual(['kb/kb5016623/', 'codes/0x80070570/']);
  });
  it('an unknown KB with nothing near says nothing: the words are the full text\'s', () => {
    expect(ask('KB1234567 安装失败')).toEqual({ hits: [] });
  });
});

describe('a value no page covers is decoded in place', () => {
  it('0x8024ABCD: no page, structural reading of its bits', () => {
    const answer = ask('0x8024ABCD');
    expect(answer.hits).toEqual([]);
    expect(answer.unknown).toMatchObject({ hex: '0x8024ABCD', hresult: { severity: 1, facility: 0x24, code: 0xabcd } });
  });
});

describe('plain words name nothing', () => {
  it.each(['文件损坏', 'update', '重启 回滚', 'DISM /Online'])('%s', (q) => {
    expect(ask(q)).toEqual({ hits: [] });
  });
  it('a part of a name is offered only for identifier-like input, five at most', () => {
    const hits = ask('FILE_CORRUPT').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits.every((h) => h.kind === 'code' && h.name?.includes('FILE_CORRUPT'))).toBe(true);
  });
});
