import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { redactToZip, REPORT_FILE, type RedactionSummary } from '../../src/redact/index.ts';
import { analyze, emptyKnowledge, type Report } from '../../src/analyzer/index.ts';
import { readdirSync } from 'node:fs';
import { FIXTURES, bytesInput, fixture } from '../analyzer/helpers.ts';
import { PERSONAL_VALUES, fixtureBytes, fixtureText } from './fixtures.ts';

const COLLECTOR = 'PC-0412-(2022-10-28_13-55-01).zip';

/** UTF-16LE with a BOM, as PowerShell 5 writes event exports. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function inputs(chunk?: number) {
  const collector = zipSync({ 'personal-events.txt': utf16le(fixtureText('personal-events.txt')) });
  const evtx = new Uint8Array(4096);
  evtx.set(strToU8('ElfFile\0'));
  return [
    bytesInput('personal-data.log', fixtureBytes('personal-data.log'), chunk),
    bytesInput(COLLECTOR, collector, chunk),
    bytesInput('System.evtx', evtx, chunk),
  ];
}

async function exportZip(chunk?: number, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const parts: Uint8Array[] = [];
  const summary = await redactToZip(inputs(chunk), { lang, onData: (data) => parts.push(data) });
  const zip = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (zip.set(p, at), at + p.length), 0);
  const entries = unzipSync(zip);
  const text = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)]));
  return { summary, text };
}

const EVENTS = /^(<HOST-\d+>)-\(2022-10-28_13-55-01\)\.zip\/personal-events\.txt$/;
const eventsName = (text: Record<string, string>) => Object.keys(text).find((n) => EVENTS.test(n))!;

const codeCounts = (report: Report) => Object.fromEntries(report.codes.map((c) => [c.code, c.count]));
const outcomes = (report: Report) => report.attempts.map((a) => `${a.status} ${a.code} ${a.outcome.time}`);

describe('redacted-logs.zip', () => {
  it('holds every readable file under its redacted name, plus REDACTION.txt', async () => {
    const { summary, text } = await exportZip();
    const names = Object.keys(text).sort();
    expect(names).toEqual([eventsName(text), 'personal-data.log', REPORT_FILE].sort());
    expect(summary.files).toEqual(names.filter((n) => n !== REPORT_FILE).sort().reverse());
    expect(summary.leftOut).toEqual([{ name: 'System.evtx', reason: 'evtx' }]);
  });

  it('leaves no personal value in any file, its name, or the report', async () => {
    const { text } = await exportZip();
    const all = Object.entries(text).flat().join('\n').toLowerCase();
    for (const value of PERSONAL_VALUES) expect(all, value).not.toContain(value.toLowerCase());
  });

  it('writes UTF-8 and uses one placeholder map across files and archives', async () => {
    const { text } = await exportZip();
    const events = text[eventsName(text)];
    expect(events.charCodeAt(0)).toBe(0xfeff); // the source had a BOM: so does the UTF-8 copy
    expect(events).toContain('安装失败');
    // pc-0412 and contoso.local: the same placeholders in the log, the archive's name and the events inside it
    const [, host, domain] = /Machine Name = (<HOST-\d+>)\.(<DOMAIN-\d+>)\n/.exec(text['personal-data.log'])!;
    expect(EVENTS.exec(eventsName(text))![1]).toBe(host);
    expect(events).toContain(`Computer: ${host}.${domain}\r\n`);
    const [, user, sid] = new RegExp(`Caller: ${domain}\\\\(<USER-\\d+>) \\((<SID-\\d+>)\\)`).exec(text['personal-data.log'])!;
    expect(events).toContain(`User Name: ${domain}\\${user}`);
    expect(events).toContain(`User: ${sid}`);
  });

  it('lists the kinds and counts replaced in REDACTION.txt, in the chosen language', async () => {
    const zh = await exportZip(undefined, 'zh-CN');
    const report = zh.text[REPORT_FILE];
    const { counts } = zh.summary;
    expect(report).toContain(`用户名（<USER-n>）：${counts.user.replaced} 处，${counts.user.distinct} 个不同的值`);
    expect(report).toContain("已替换的内容：");
    expect(report).toContain(`SID（<SID-n>）：${counts.sid.replaced} 处`);
    expect(report).toContain('System.evtx：二进制事件日志');
    const en = await exportZip(undefined, 'en');
    expect(en.text[REPORT_FILE]).toContain(`E-mail addresses (<EMAIL-n>): ${counts.email.replaced} occurrences`);
  });

  it('reports its progress over both passes, rising to the end', async () => {
    const seen: number[] = [];
    await redactToZip(inputs(1024), { lang: 'en', onData: () => {}, onProgress: (d) => seen.push(d) });
    expect(seen.length).toBeGreaterThan(4);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    // the first pass only learns: half the work is done when it ends
    expect(seen.some((d) => Math.abs(d - 0.5) < 1e-9)).toBe(true);
  });

  it('gives the same export whatever the chunk size', async () => {
    const whole = await exportZip();
    const tiny = await exportZip(7);
    expect(tiny.text).toEqual(whole.text);
    expect(tiny.summary).toEqual(whole.summary as RedactionSummary);
  });

  it('still analyzes to the same codes, attempts and KB', async () => {
    const { text } = await exportZip();
    const before = await analyze([bytesInput('personal-data.log', fixtureBytes('personal-data.log'))], emptyKnowledge());
    const after = await analyze([bytesInput('personal-data.log', text['personal-data.log'])], emptyKnowledge());
    expect(after.inputs[0].format).toBe(before.inputs[0].format);
    expect(codeCounts(after)).toEqual(codeCounts(before));
    expect(outcomes(after)).toEqual(outcomes(before));
    expect(outcomes(after).length).toBeGreaterThanOrEqual(4);
    expect(after.kbs.map((k) => k.kb)).toEqual(before.kbs.map((k) => k.kb));

    const eventsBefore = await analyze([bytesInput('e.txt', fixtureText('personal-events.txt'))], emptyKnowledge());
    const eventsAfter = await analyze([bytesInput('e.txt', text[eventsName(text)])], emptyKnowledge());
    expect(codeCounts(eventsAfter)).toEqual(codeCounts(eventsBefore));
    expect(outcomes(eventsAfter)).toEqual(outcomes(eventsBefore));
  });
});

describe('text in other encodings', () => {
  it('reads a GB18030 event export as the analyzer does and writes it redacted as UTF-8', async () => {
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    // 用户名: zhangsan / 计算机: PC-0412, as a Chinese Windows writes them in its ANSI code page
    const bytes = Uint8Array.from([
      0xd3, 0xc3, 0xbb, 0xa7, 0xc3, 0xfb, ...ascii(': zhangsan\r\n'),
      0xbc, 0xc6, 0xcb, 0xe3, 0xbb, 0xfa, ...ascii(': PC-0412\r\nEvent ID: 20 0x80070570 KB5016623\r\n'),
    ]);
    const parts: Uint8Array[] = [];
    const summary = await redactToZip([bytesInput('System.txt', bytes)], { lang: 'zh-CN', onData: (d) => parts.push(d) });
    const zip = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (zip.set(p, at), at + p.length), 0);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(unzipSync(zip)['System.txt']);
    expect(text).toBe('用户名: <USER-1>\r\n计算机: <HOST-1>\r\nEvent ID: 20 0x80070570 KB5016623\r\n');
    expect(summary.counts.user).toEqual({ replaced: 1, distinct: 1 });
  });
});

describe('redacted copies of the real sample logs', () => {
  const samples = readdirSync(`${FIXTURES}samples`).map((f) => `samples/${f}`);

  it.each(samples)('%s analyzes the same after redaction', async (name) => {
    const parts: Uint8Array[] = [];
    await redactToZip([bytesInput(name, fixture(name))], { lang: 'en', onData: (d) => parts.push(d) });
    const zip = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (zip.set(p, at), at + p.length), 0);
    const redacted = unzipSync(zip)[name];
    const before = await analyze([bytesInput(name, fixture(name))], emptyKnowledge());
    const after = await analyze([bytesInput(name, redacted)], emptyKnowledge());
    expect(after.inputs[0].format).toBe(before.inputs[0].format);
    expect(codeCounts(after)).toEqual(codeCounts(before));
    expect(outcomes(after)).toEqual(outcomes(before));
    expect(after.kbs.map((k) => k.kb)).toEqual(before.kbs.map((k) => k.kb));
    expect(after.builds.map((b) => b.build)).toEqual(before.builds.map((b) => b.build));
  });
});
