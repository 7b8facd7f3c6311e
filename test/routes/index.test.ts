import { describe, expect, it } from 'vitest';
import { codeGroupPath, codePath, kbPath, pageUrl, queryPath, runbookPath, SECTIONS, siteRoot, stepAnchor, symptomPath } from '../../src/routes/index.ts';

describe('site routes', () => {
  it('serve zh-CN at the root and English under en/', () => {
    expect(siteRoot('/', 'zh-CN')).toBe('/');
    expect(siteRoot('/', 'en')).toBe('/en/');
  });

  it('keep a base path or a full address, with or without its final slash', () => {
    expect(siteRoot('/update-triage', 'en')).toBe('/update-triage/en/');
    expect(pageUrl('https://kb.example/update-triage/', 'zh-CN', codePath('0x80070570'))).toBe('https://kb.example/update-triage/codes/0x80070570/');
  });

  it('put code and KB pages in lower case', () => {
    expect(codePath('0x8024001E')).toBe('codes/0x8024001e/');
    expect(kbPath('KB5016623')).toBe('kb/kb5016623/');
    expect(codeGroupPath('facility', 'win32')).toBe('codes/facility/win32/');
    expect(SECTIONS).toEqual({ codes: 'codes/', kb: 'kb/', runbooks: 'runbooks/', symptoms: 'symptoms/' });
    expect(symptomPath('stuck-at-0-percent', 2)).toBe('symptoms/stuck-at-0-percent/#q-2');
  });

  it('link a runbook step by its fragment, the same id the step carries', () => {
    expect(runbookPath('offline-install-with-hash-check', 3)).toBe(`runbooks/offline-install-with-hash-check/#${stepAnchor(3)}`);
    expect(stepAnchor(3)).toBe('step-3');
    expect(runbookPath('dism-source')).toBe('runbooks/dism-source/');
  });

  it('send a value with no page to the home page lookup, encoded', () => {
    expect(pageUrl('/', 'en', queryPath('0x800f 0922'))).toBe('/en/?q=0x800f%200922');
  });
});
