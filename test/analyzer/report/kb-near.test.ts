import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeFromCatalog, renderText, type Report } from '../../../src/analyzer/index.ts';
import type { Catalog } from '../../../src/catalog/types.ts';
import { composeReply } from '../../../src/reply/compose.ts';
import { replyDataFromCatalog } from '../../../src/reply/data.ts';
import { loadCatalog } from '../../../scripts/lib/load-catalog.ts';
import { analyzeText } from '../helpers.ts';

const RECORD = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED';
const CASE_TYPO = '1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289BBFB6CED';
/** What the customer's message said, with the case's two typos (written here, no personal data). */
const PASTED = `Installing KB6016623 failed again with 0x80070570.\nWe checked the package against SHA-256 ${CASE_TYPO} and it did not match.\n`;

let catalog: Catalog;
let report: Report;
beforeAll(async () => {
  catalog = await loadCatalog();
  report = await analyzeText('message.txt', PASTED, knowledgeFromCatalog(catalog));
});

describe('a mistyped KB number in pasted text', () => {
  it('is reported as unknown, with the record one digit away', () => {
    expect(report.kbs).toEqual([
      expect.objectContaining({ kb: 'KB6016623', known: false, nearest: [{ kb: 'KB5016623', releaseDate: '2022-08-09', osBuild: '17763.3287', kind: 'cumulative' }] }),
    ]);
  });
  it('gets its did-you-mean in the text report, in both languages', () => {
    expect(renderText(report, 'en')).toContain('  No KB6016623 — did you mean KB5016623 (2022-08 cumulative update, 17763.3287)?');
    expect(renderText(report, 'zh-CN')).toContain('  没有 KB6016623 —— 是否要找 KB5016623（2022-08 累积更新，17763.3287）？');
  });
  it('makes the reply name the real package and give only the recorded hash', () => {
    const data = replyDataFromCatalog(catalog);
    const en = composeReply(report, data, 'en', 'https://support.example.cn/').text;
    expect(en).toContain('Note: KB6016623, as written in what was sent, does not exist; the package is KB5016623 (one digit apart).');
    expect(en).toContain(RECORD);
    expect(en).not.toContain(CASE_TYPO);
    const zh = composeReply(report, data, 'zh-CN', 'https://support.example.cn/').text;
    expect(zh).toContain('注意：资料中写的 KB6016623 并不存在，应为 KB5016623（只差一个数字）。');
    expect(zh).not.toContain(CASE_TYPO);
  });
  it('leaves a known KB number without a did-you-mean', async () => {
    const known = await analyzeText('message.txt', 'KB5016623 failed with 0x80070570\n', knowledgeFromCatalog(catalog));
    expect(known.kbs[0]).not.toHaveProperty('nearest');
  });
  it('leaves a KB number Windows wrote in its own log without a did-you-mean: a log has no typing mistakes', async () => {
    // KB5016622 is one digit from the recorded KB5016623; here CBS names it, so it is some other update
    const line = '2022-10-27 08:38:33, Info                  CBS    Plan: Package: Package_for_KB5016622~31bf3856ad364e35~amd64~~17763.3287.1.7, Update: 5016622-1234_neutral, current: Staged';
    const logged = await analyzeText('CBS.log', `${line}\r\n`, knowledgeFromCatalog(catalog));
    expect(logged.inputs[0].format).toBe('cbs');
    expect(logged.kbs).toEqual([expect.objectContaining({ kb: 'KB5016622', known: false })]);
    expect(logged.kbs[0]).not.toHaveProperty('nearest');
    // the same number typed in a message still gets one, unless a log names it too
    const typed = await analyzeText('message.txt', 'KB5016622 failed\n', knowledgeFromCatalog(catalog));
    expect(typed.kbs[0].nearest?.[0].kb).toBe('KB5016623');
  });
});
