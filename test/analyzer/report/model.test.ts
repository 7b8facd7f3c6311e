import { describe, expect, it } from 'vitest';
import { analyze, renderText, REPORT_SCHEMA, REPORT_VERSION, type Report } from '../../../src/analyzer/index.ts';
import { bytesInput, caseKnowledge, fixtureInput } from '../helpers.ts';

/** The documented contract (docs/report-format.md), as a checker: key → type. */
type Shape = string | Shape[] | { [key: string]: Shape };
const EVIDENCE: Shape = { file: 'string', line: 'number', text: 'string', 'time?': 'string' };
const ATTEMPT: Shape = {
  file: 'string',
  update: { 'id?': 'string', 'kb?': 'string', 'title?': 'string', 'package?': 'string', 'phase?': 'string' },
  'start?': EVIDENCE,
  status: 'string',
  'code?': 'string',
  'name?': 'string',
  'restartPending?': 'boolean',
  source: 'string',
  outcome: EVIDENCE,
  'recoveredBy?': EVIDENCE,
  companions: [{ code: 'string', 'name?': 'string', wrapper: 'boolean', form: 'string', evidence: EVIDENCE }],
  'related?': { file: 'string', line: 'number', 'code?': 'string' },
};
const MENTION: Shape = { code: 'string', 'name?': 'string', count: 'number', evidence: [EVIDENCE] };
const REPORT: Shape = {
  schema: 'string',
  version: 'number',
  inputs: [{ file: 'string', 'size?': 'number', status: 'string', 'format?': 'string', 'confidence?': 'number', 'encoding?': 'string', 'trace?': 'boolean', 'lines?': 'number', 'reason?': 'string', 'message?': 'string', 'codes?': [{ code: 'string', count: 'number', noise: 'number', forms: 'object', evidence: [EVIDENCE] }] }],
  codes: [{ code: 'string', names: ['string'], 'printed?': 'string', article: 'boolean', 'title?': 'object', count: 'number', noise: 'boolean', 'noiseWhy?': 'string', success: 'boolean', wrapper: 'boolean', outcomes: 'number', files: [{ file: 'string', count: 'number' }], structure: { severity: 'number', facility: 'number', code: 'number' } }],
  attempts: [ATTEMPT],
  servicing: [ATTEMPT],
  kbs: [{ kb: 'string', 'title?': 'object', known: 'boolean', files: ['string'], evidence: EVIDENCE }],
  packages: [{ identity: 'string', 'kb?': 'string', evidence: EVIDENCE }],
  builds: [{ build: 'string', 'kb?': 'string', 'date?': 'string', evidence: EVIDENCE }],
  wsus: [{ url: 'string|null', evidence: EVIDENCE }],
  findings: [{ rule: 'string', title: 'object', file: 'string', log: 'string', 'code?': 'string', evidence: [EVIDENCE], links: { 'runbook?': 'string', 'article?': 'string', 'code?': 'string', kbs: ['string'] } }],
  runbooks: [{ id: 'string', 'title?': 'object', findings: 'number' }],
  rootCause: 'object|null',
  verdict: {
    state: 'string',
    coverage: { files: 'number', 'from?': 'string', 'to?': 'string', installed: [{ update: 'object', evidence: EVIDENCE, 'restartPending?': 'boolean' }], succeeded: 'number', failed: 'number' },
    recovered: [{ 'code?': 'string', 'name?': 'string', update: 'object', failure: EVIDENCE, fixedBy: EVIDENCE, 'restartPending?': 'boolean' }],
    unresolved: [MENTION],
    outlived: [MENTION],
    'apart?': { days: 'number', before: { file: 'string', to: 'string' }, after: { file: 'string', from: 'string' } },
    'dismOnly?': 'boolean',
    'setuperrOnly?': 'boolean',
    'unreadable?': { count: 'number', first: { file: 'string', reason: 'string' } },
    next: ['string'],
  },
  warnings: [{ 'file?': 'string', 'line?': 'number', message: 'string' }],
};

function check(value: unknown, shape: Shape, path: string, errors: string[]): void {
  if (typeof shape === 'string') {
    const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    if (!shape.split('|').includes(type)) errors.push(`${path}: ${type}, expected ${shape}`);
  } else if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return void errors.push(`${path}: not an array`);
    value.forEach((item, i) => check(item, shape[0], `${path}[${i}]`, errors));
  } else {
    if (typeof value !== 'object' || value === null) return void errors.push(`${path}: not an object`);
    const keys = new Set(Object.keys(value));
    for (const [key, sub] of Object.entries(shape)) {
      const name = key.replace(/\?$/, '');
      keys.delete(name);
      if (!(name in value)) {
        if (!key.endsWith('?')) errors.push(`${path}.${name}: missing`);
      } else check((value as Record<string, unknown>)[name], sub, `${path}.${name}`, errors);
    }
    for (const extra of keys) errors.push(`${path}.${extra}: not in the contract`);
  }
}

async function sampleReports(): Promise<Report[]> {
  const k = caseKnowledge();
  return Promise.all([
    analyze([fixtureInput('case/WindowsUpdate.log'), fixtureInput('case/CBS.log')], k),
    analyze(['real-11-windowsupdate.log', 'real-12-events.txt', 'real-14-setupact.log', 'real-17-windowsupdate.log'].map((f) => fixtureInput(`samples/${f}`)), k),
    analyze([bytesInput('System.evtx', new Uint8Array([0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0]))], k),
  ]);
}

describe('report model', () => {
  it('follows the documented contract, and survives JSON unchanged', async () => {
    for (const report of await sampleReports()) {
      const errors: string[] = [];
      check(report, REPORT, 'report', errors);
      expect(errors).toEqual([]);
      expect(report).toMatchObject({ schema: REPORT_SCHEMA, version: REPORT_VERSION });
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    }
  });

  it('decodes a code with no public name structurally (0x802400FF: facility 0x24, code 0xFF)', async () => {
    const [report] = await sampleReports();
    expect(report.codes.find((c) => c.code === '0x802400FF')).toMatchObject({ names: [], structure: { severity: 1, facility: 0x24, code: 0xff } });
  });
});

describe('readable report', () => {
  it('says the same things in zh-CN and en', async () => {
    const [report] = await sampleReports();
    const zh = renderText(report, 'zh-CN');
    const en = renderText(report, 'en');
    expect(zh).toContain('# 日志分析报告');
    expect(en).toContain('# Log analysis report');
    for (const text of [zh, en]) {
      expect(text).toContain('0x80070570 ERROR_FILE_CORRUPT');
      expect(text).toContain('offline-install-with-hash-check');
      expect(text).toContain('4 × 0x80070570');
      expect(text).toContain('case/CBS.log:7');
    }
    expect(en).toContain('6 failed: 1 × 0x80070490, 4 × 0x80070570, 1 × 0x8024001E');
    expect(zh).toContain('6 次失败');
  });

  it("names the root cause's runbooks in its section, with their titles where the report has them", async () => {
    const [report] = await sampleReports();
    expect(report.rootCause?.runbooks).toEqual(['offline-install-with-hash-check']);
    const text = renderText(report, 'en');
    const root = text.slice(text.indexOf('## Root cause'), text.indexOf('\n## ', text.indexOf('## Root cause') + 1));
    expect(root).toMatch(/\nSuggested runbooks:\n {2}- offline-install-with-hash-check: \S/);
  });

  it('says why a file could not be read', async () => {
    const [, , evtx] = await sampleReports();
    expect(renderText(evtx, 'en')).toContain('event log (.evtx) with no readable chunk');
    expect(renderText(evtx, 'zh-CN')).toContain('事件日志（.evtx）中没有可读的数据块');
  });
});
