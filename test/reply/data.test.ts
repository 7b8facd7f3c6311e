import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/lib/load-catalog.ts';
import { replyDataFromCatalog } from '../../src/reply/data.ts';

describe('reply data from the catalog', () => {
  it('keeps every runbook step in order with its stable id, in both languages', async () => {
    const catalog = await loadCatalog();
    const data = replyDataFromCatalog(catalog);
    expect(Object.keys(data.runbooks).sort()).toEqual(catalog.runbooks.map((r) => r.id).sort());
    for (const runbook of catalog.runbooks) {
      const steps = data.runbooks[runbook.id].steps;
      expect(steps.map((s) => s.id)).toEqual(runbook.steps.map((_, i) => `step-${i + 1}`));
      for (const s of steps) expect(s.title['zh-CN'] && s.title.en, `${runbook.id} ${s.id}`).toBeTruthy();
    }
  });

  it('keys KB records and articles the way reports name them', async () => {
    const catalog = await loadCatalog();
    const data = replyDataFromCatalog(catalog);
    for (const kb of catalog.kbs) expect(data.kbs[kb.kb.toUpperCase()].sha256).toBe(kb.sha256);
    for (const article of catalog.articles) {
      const key = `0x${article.code.slice(2).toUpperCase()}`;
      expect(data.codes[key].summary).toEqual(article.summary);
    }
    // only what a reply needs: no article bodies in the file the page downloads
    expect(JSON.stringify(data)).not.toContain('<h2');
  });
});
