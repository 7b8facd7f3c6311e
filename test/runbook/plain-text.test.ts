import { beforeAll, describe, expect, it } from 'vitest';
import { compileFromDisk } from '../../scripts/lib/load-catalog.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { runbookAsText } from '../../src/runbook/plain-text.ts';

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await compileFromDisk()).catalog;
}, 60_000);

const runbook = (id: string) => catalog.runbooks.find((r) => r.id === id)!;

describe('a runbook copied as a reply', () => {
  it("keeps each step's condition, so a reader runs gpupdate only after the policy is changed", () => {
    const url = 'https://kb.example/runbooks/automatic-updates-turned-off/';
    const text = runbookAsText(runbook('automatic-updates-turned-off'), 'zh-CN', url);
    expect(text).toContain(`5. 策略改回后刷新组策略  (${url}#step-5)\n   仅在组策略管理员修改了策略之后执行。执行后重新做第 1 步。\n     gpupdate /force`);
    expect(text).toContain('   预期结果：显示计算机策略更新成功完成。');
  });

  it("says a step's link in words with its full address, and code without backticks", () => {
    const url = 'https://kb.example/en/runbooks/pending-reboot-or-transaction/';
    const text = runbookAsText(runbook('pending-reboot-or-transaction'), 'en', url);
    expect(text).toContain('install again with Install the cumulative update offline and verify its SHA-256 (https://kb.example/en/runbooks/offline-install-with-hash-check/) or through WSUS');
    expect(text).not.toMatch(/\]\(|`/);
  });
});
