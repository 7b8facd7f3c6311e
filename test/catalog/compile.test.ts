import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/catalog/compile.ts';
import { ContentError } from '../../src/catalog/content-error.ts';
import { ARTICLE, KB, RUNBOOK, BUILDS, input, lineOf } from './fixtures.ts';

/** Compiles and returns the ContentError's `file:line: message` first line. */
function errorOf(...args: Parameters<typeof input>): string {
  try {
    compileCatalog(input(...args));
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n')[0];
    throw error;
  }
  throw new Error('expected a content error');
}

describe('compileCatalog', () => {
  it('compiles a valid content set into one typed catalog', () => {
    const { catalog, warnings } = compileCatalog(input());
    expect(warnings).toEqual([]);
    expect(catalog.articles.map((a) => a.code)).toEqual(['0x80070570']);
    expect(catalog.articles[0].keywords).toEqual({ 'zh-CN': ['文件损坏'], en: ['file corrupt', 'corrupted file'] });
    expect(catalog.kbs[0].sha256).toBe('1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED');
    expect(catalog.runbooks[0].steps.map((s) => s.id)).toEqual(['step-1', 'step-2']);
    expect(catalog.builds).toEqual([expect.objectContaining({ build: '17763.3287', kb: 'KB5016623' })]);
    expect(catalog.rules).toEqual([expect.objectContaining({ log: 'windowsupdate', code: '0x80070570', outcome: true, article: '0x80070570' })]);
  });

  it("reads a KB fact's source written once for both languages, or in each", () => {
    const kb = KB.replace('  sha256: vendor package record\n', '  sha256:\n    zh-CN: 厂商软件包记录\n    en: vendor package record\n');
    const { catalog } = compileCatalog(input({ kb }));
    expect(catalog.kbs[0].sources.release_date).toEqual({ 'zh-CN': 'https://example.test/kb5016623', en: 'https://example.test/kb5016623' });
    expect(catalog.kbs[0].sources.sha256).toEqual({ 'zh-CN': '厂商软件包记录', en: 'vendor package record' });
    const half = KB.replace('  sha256: vendor package record\n', '  sha256:\n    zh-CN: 厂商软件包记录\n');
    expect(() => compileCatalog(input({ kb: half }))).toThrow(`content/kb/kb5016623.md:${lineOf(half, '  sha256:')}: missing required field 'sources.sha256.en'`);
  });

  it('renders code and KB mentions in prose as links to their pages, per language', () => {
    const { catalog } = compileCatalog(input());
    const { html } = catalog.articles[0];
    expect(html['zh-CN']).toContain('<a href="/kb/kb5016623/">KB5016623</a>');
    expect(html['zh-CN']).toContain('<a href="/codes/0x8024001e/">0x8024001E</a>');
    expect(html.en).toContain('<a href="/en/kb/kb5016623/">KB5016623</a>');
    // the article's own code is not a link to the page being read
    expect(html.en).toContain('as 0x80070570.');
    expect(html.en).toContain('<h2 id="causes">Typical causes</h2>');
  });

  it('keeps a KB title as published unless the record marks it derived from a naming pattern', () => {
    expect(compileCatalog(input()).catalog.kbs[0].titleDerived).toBe(false);
    const kb = KB.replace('product:', 'title_derived: true\nproduct:');
    expect(compileCatalog(input({ kb })).catalog.kbs[0].titleDerived).toBe(true);
  });

  it('stops on a SHA-256 that is not 64 hex digits, naming the file and line', () => {
    const kb = KB.replace('6CED', '6CE');
    expect(errorOf({ kb })).toBe(`content/kb/kb5016623.md:${lineOf(kb, 'sha256:')}: SHA-256 must be 64 hex digits; got 63 characters`);
  });

  it('stops when a declared name does not belong to the code', () => {
    const article = ARTICLE.replace('name: ERROR_FILE_CORRUPT', 'name: ERROR_DISK_CORRUPT');
    expect(errorOf({ article })).toBe(`content/codes/0x80070570.md:${lineOf(article, 'name:')}: name ERROR_DISK_CORRUPT does not belong to 0x80070570`);
  });

  it('stops when the code does not match its file name', () => {
    const article = ARTICLE.replace('code: "0x80070570"', 'code: "0x80070571"');
    expect(errorOf({ article })).toMatch(/^content\/codes\/0x80070570\.md:2: code 0x80070571 does not match the file name/);
  });

  it('stops on a duplicate id', () => {
    const extra = { kbs: [{ path: 'content/kb/kb5016623.md', text: KB }, { path: 'content/kb/KB5016623.md', text: KB }] };
    expect(errorOf({ extra })).toBe(`content/kb/KB5016623.md:${lineOf(KB, 'kb:')}: duplicate id 'KB5016623': already used by content/kb/kb5016623.md`);
  });

  it.each([
    ['an article names a missing runbook', { article: ARTICLE.replace('runbooks: [offline-install]', 'runbooks: [no-such-runbook]') }, 'runbooks names runbook'],
    ['an article names an unknown related code', { article: ARTICLE.replace('related: ["0x8024001E"]', 'related: ["0x80070571"]') }, "related names code '0x80070571'"],
    ['an article names a KB without a record', { article: ARTICLE.replace('kbs: [KB5016623]', 'kbs: [KB6016623]') }, "kbs names KB 'KB6016623'"],
    ['a runbook names a KB without a record', { runbook: RUNBOOK.replace('kbs: [KB5016623]', 'kbs: [KB6016623]') }, "kbs names KB 'KB6016623'"],
    ['a runbook names an unknown code', { runbook: RUNBOOK.replace('codes: ["0x80070570"]', 'codes: ["0x80070571"]') }, "codes names code '0x80070571'"],
    ['a KB needs a prerequisite without a record', { kb: KB.replace('prerequisites: []', 'prerequisites: [KB5005112]') }, "prerequisites names KB 'KB5005112'"],
  ])('stops when %s', (_, overrides, message) => {
    expect(errorOf(overrides)).toContain(message);
  });

  it('requires localized fields in both zh-CN and en', () => {
    const article = ARTICLE.replace('  en: The file or directory is corrupted and unreadable\n', '');
    expect(errorOf({ article })).toBe(`content/codes/0x80070570.md:${lineOf(article, 'title:')}: missing required field 'title.en'`);
  });

  it('requires both language sections in an article body, with their headings', () => {
    const noEnglish = ARTICLE.slice(0, ARTICLE.indexOf('# en'));
    expect(errorOf({ article: noEnglish })).toContain("missing '# en' section in the body");
    const noCauses = ARTICLE.replace('## Typical causes', '## Causes');
    expect(errorOf({ article: noCauses })).toBe(`content/codes/0x80070570.md:${lineOf(noCauses, '# en')}: the en section lacks the heading '## Typical causes'`);
  });

  it('requires a check on every step that changes the machine', () => {
    const runbook = RUNBOOK.replace(/    check:\n      zh-CN: 查看版本\n      en: Check the build\n/, '');
    expect(errorOf({ runbook })).toContain("step 2 changes the machine but has no 'check'");
  });

  it('refuses signature patterns that could run in exponential time', () => {
    const article = ARTICLE.replace('    outcome: true', '    pattern: "Failed (a+)+b"');
    expect(errorOf({ article })).toBe(`content/codes/0x80070570.md:${lineOf(article, 'pattern:')}: signature pattern has a nested quantifier`);
  });

  it('refuses signature patterns that may start anywhere: the analyzer finds patterns by their first words', () => {
    const article = ARTICLE.replace('    outcome: true', '    pattern: "Store corruption|.*failed"');
    expect(errorOf({ article })).toBe(`content/codes/0x80070570.md:${lineOf(article, 'pattern:')}: signature pattern does not start with literal text in each alternative`);
    expect(() => compileCatalog(input({ article: ARTICLE.replace('    outcome: true', '    pattern: "Store corruption|Failed to process"') }))).not.toThrow();
  });

  it('reads a `cleared` pattern beside a pattern, checked as patterns are, and refuses one with no pattern to clear', () => {
    const withCleared = ARTICLE.replace('    outcome: true', "    pattern: 'Total Detected Corruption:\\s*[1-9]'\n    cleared: 'CorruptionDetectedDuringAcr is clear'");
    const rule = compileCatalog(input({ article: withCleared })).catalog.rules.find((r) => r.cleared);
    expect(rule).toMatchObject({ pattern: 'Total Detected Corruption:\\s*[1-9]', cleared: 'CorruptionDetectedDuringAcr is clear' });
    const noPattern = ARTICLE.replace('    outcome: true', "    outcome: true\n    cleared: 'CorruptionDetectedDuringAcr is clear'");
    expect(errorOf({ article: noPattern })).toBe(`content/codes/0x80070570.md:${lineOf(noPattern, 'cleared:')}: a signature's \`cleared\` needs a \`pattern\``);
    const anywhere = ARTICLE.replace('    outcome: true', "    pattern: 'Store corruption'\n    cleared: '.*fixed'");
    expect(errorOf({ article: anywhere })).toBe(`content/codes/0x80070570.md:${lineOf(anywhere, 'cleared:')}: signature \`cleared\` pattern does not start with literal text in each alternative`);
  });

  it('reads a product named once for both languages, or in each', () => {
    const once = compileCatalog(input({})).catalog.kbs[0];
    expect(once.product).toEqual({ 'zh-CN': 'Windows 10 Version 1809', en: 'Windows 10 Version 1809' });
    const kb = KB.replace('product: Windows 10 Version 1809', 'product:\n  zh-CN: Windows 10 神州网信政府版\n  en: Windows 10 China Government Edition');
    expect(compileCatalog(input({ kb })).catalog.kbs[0].product).toEqual({ 'zh-CN': 'Windows 10 神州网信政府版', en: 'Windows 10 China Government Edition' });
  });

  it('reports invalid YAML with its line', () => {
    const runbook = RUNBOOK.replace('  en: Support Engineering', '  en: [unclosed');
    expect(errorOf({ runbook })).toMatch(/^content\/runbooks\/offline-install\.md:\d+: invalid YAML/);
  });

  it('stops on a build row outside its OS line', () => {
    expect(errorOf({ builds: BUILDS.replace('"17763.3287"', '"19041.3287"') })).toBe("content/builds/17763.yaml:3: build '19041.3287' is not in the 17763 line");
  });

  it('warns, without stopping, about unknown mentions and stale runbooks', () => {
    const article = ARTICLE.replace('Seen with KB5016623', 'Seen with KB6016623');
    const runbook = RUNBOOK.replace('reviewed: 2026-11-01', 'reviewed: 2025-06-01');
    const { warnings } = compileCatalog(input({ article, runbook }));
    expect(warnings).toEqual([
      { file: 'content/codes/0x80070570.md', line: lineOf(article, 'Seen with KB6016623'), message: "unknown KB 'KB6016623' is not linked: did you mean KB5016623?" },
      { file: 'content/runbooks/offline-install.md', line: lineOf(runbook, 'reviewed:'), message: "runbook 'offline-install' was last reviewed 2025-06-01, more than 365 days ago" },
    ]);
  });

  it('takes a KB of the build table as a real release: mentioned without a record, it is text, not a warning', () => {
    const builds = BUILDS + '  - build: "17763.437"\n    kb: KB4493509\n    date: 2019-04-09\n    type: B\n    source: https://example.test/builds\n';
    const article = ARTICLE.replace('Seen with KB5016623', 'Seen since KB4493509, not KB4493508');
    const { warnings } = compileCatalog(input({ article, builds }));
    expect(warnings).toEqual([{ file: 'content/codes/0x80070570.md', line: lineOf(article, 'KB4493508'), message: "unknown KB 'KB4493508' is not linked" }]);
  });

  it('gives a page to a code that only an article knows, without inventing a name', () => {
    const article = ARTICLE.replace('code: "0x80070570"', 'code: "0x802400FF"').replace('name: ERROR_FILE_CORRUPT\n', '');
    const { catalog } = compileCatalog(input({ extra: { articles: [{ path: 'content/codes/0x802400ff.md', text: article }] } }));
    expect(catalog.codes.find((c) => c.value === '0x802400FF')).toEqual({ value: '0x802400FF', names: [] });
  });
});
