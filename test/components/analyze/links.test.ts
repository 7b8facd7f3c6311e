import { describe, expect, it } from 'vitest';
import { reportLinks } from '../../../src/components/analyze/links.ts';
import { caseReport } from './case-report.ts';

describe('reportLinks', () => {
  it('links named codes and known KB numbers to their pages, in the language and under the base path', async () => {
    const report = await caseReport();
    const zh = reportLinks(report, 'zh-CN', '/');
    expect(zh.code('0x80070570')).toBe('/codes/0x80070570/');
    expect(zh.code('0x8024001E')).toBe('/codes/0x8024001e/');
    const en = reportLinks(report, 'en', '/update-triage');
    expect(en.code('0x800F0821')).toBe('/update-triage/en/codes/0x800f0821/');
    expect(en.runbook('offline-install-with-hash-check', 3)).toBe('/update-triage/en/runbooks/offline-install-with-hash-check/#step-3');
  });

  it('sends a value with no public name to the lookup, which decodes it from its bits', async () => {
    const links = reportLinks(await caseReport(), 'zh-CN', '/');
    expect(links.code('0x802400FF')).toBe('/?q=0x802400FF');
  });

  it('links a KB number to its page only when the catalog has it', async () => {
    const report = await caseReport();
    const known = { ...report, kbs: report.kbs.map((k) => ({ ...k, known: true })) };
    expect(reportLinks(known, 'zh-CN', '/').kb('KB5016623')).toBe('/kb/kb5016623/');
    const unknown = { ...report, kbs: report.kbs.map((k) => ({ ...k, known: false })) };
    expect(reportLinks(unknown, 'en', '/').kb('KB5016623')).toBe('/en/?q=KB5016623');
  });
});
