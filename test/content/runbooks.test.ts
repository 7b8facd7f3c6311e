import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { compileFromDisk } from '../../scripts/lib/load-catalog.ts';
import type { Catalog } from '../../src/catalog/types.ts';

/**
 * Engineers paste `/runbooks/<id>/#step-N` into e-mails that live for years: a step that moves
 * breaks those links. The anchors file records what each anchor points at; a change to it is a
 * decision, made by updating the file (UPDATE_ANCHORS=1 npm run test:unit), never by accident.
 */
const ANCHORS_FILE = 'test/fixtures/runbook-anchors.json';

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await compileFromDisk()).catalog;
}, 60_000);

function anchors(c: Catalog): Record<string, Record<string, string>> {
  return Object.fromEntries(c.runbooks.map((rb) => [rb.id, Object.fromEntries(rb.steps.map((s) => [s.id, s.title.en]))]));
}

describe('the runbook library', () => {
  it('has every runbook the product links to', () => {
    expect(catalog.runbooks.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'offline-install-with-hash-check', 'clear-softwaredistribution-download', 'reset-windows-update-components',
        'collect-logs-with-log-collector', 'boot-trace-procmon-wpr', 'component-store-repair',
        'servicing-stack-update-prerequisite', 'wsus-client-checks', 'disk-space-and-system-reserved', 'pending-reboot-or-transaction',
      ]),
    );
  });

  it('gives every runbook each required part in both languages', () => {
    for (const rb of catalog.runbooks) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const where = `${rb.id} (${lang})`;
        expect(rb.title[lang], where).not.toBe('');
        expect(rb.when[lang].length, `${where}: when`).toBeGreaterThan(0);
        expect(rb.prerequisites[lang].length, `${where}: prerequisites`).toBeGreaterThan(0);
        expect(rb.rollback[lang].length, `${where}: rollback`).toBeGreaterThan(0);
        expect(rb.escalate[lang], `${where}: escalate`).not.toBe('');
        for (const step of rb.steps) {
          expect(step.expect[lang], `${where} ${step.id}: expect`).not.toBe('');
          if (step.changes) expect(step.check?.[lang], `${where} ${step.id}: check`).toBeTruthy();
          if (step.command) expect(step.shell, `${where} ${step.id}: shell`).toBeDefined();
        }
      }
      expect(Object.values(rb.owner).join(' '), rb.id).not.toMatch(/@/);
      expect(rb.reviewed, rb.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rb.steps.some((s) => s.command), `${rb.id}: at least one exact command`).toBe(true);
    }
  });

  it('keeps step anchors stable across rebuilds', async () => {
    const again = (await compileFromDisk()).catalog;
    expect(anchors(again)).toEqual(anchors(catalog));
    if (process.env.UPDATE_ANCHORS === '1') writeFileSync(ANCHORS_FILE, `${JSON.stringify(anchors(catalog), null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(ANCHORS_FILE, 'utf8')) as Record<string, Record<string, string>>;
    // every anchor ever published still exists and still means the same step
    for (const [id, steps] of Object.entries(recorded)) {
      for (const [anchor, title] of Object.entries(steps)) expect(anchors(catalog)[id]?.[anchor], `${id}#${anchor}`).toBe(title);
    }
  }, 60_000);

  it('points the case to the offline-install runbook through its signatures', () => {
    const rules = catalog.rules.filter((r) => r.runbook === 'offline-install-with-hash-check');
    expect(rules.map((r) => `${r.log}:${r.code}`)).toEqual(
      expect.arrayContaining(['windowsupdate:0x80070570', 'windowsupdate:0x8024001E', 'windowsupdate:0x80070490', 'cbs:0x800F0821']),
    );
  });
});
