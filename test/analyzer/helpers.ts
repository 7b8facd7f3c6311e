import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../../src/catalog/types.ts';
import { analyze, emptyKnowledge, type AnalyzerInput, type Knowledge, type Report } from '../../src/analyzer/index.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/logs/', import.meta.url));

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + path));
}

/** An input that hands its bytes over in chunks of `chunk` bytes (to test chunk boundaries). */
export function bytesInput(name: string, data: Uint8Array | string, chunk = 64 * 1024): AnalyzerInput {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return {
    name,
    size: bytes.length,
    async *stream() {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
  };
}

export const fixtureInput = (path: string, chunk?: number): AnalyzerInput => bytesInput(path, fixture(path), chunk);

export async function analyzeText(name: string, text: string, knowledge: Knowledge = emptyKnowledge()): Promise<Report> {
  return analyze([bytesInput(name, text)], knowledge);
}

const title = (en: string) => ({ 'zh-CN': en, en });

export function rule(id: string, fields: Partial<Rule>): Rule {
  return { id, log: 'any', outcome: false, title: title(id), source: { file: 'test', line: 1 }, ...fields };
}

/**
 * A small knowledge written in the test, shaped like the catalog's: names from public
 * headers, the noise/wrapper flags of articles, and the signatures of the offline-install runbook.
 */
export function caseKnowledge(): Knowledge {
  const k = emptyKnowledge();
  k.codes['0x80070570'] = { names: ['ERROR_FILE_CORRUPT'], article: true, runbooks: ['offline-install-with-hash-check'] };
  k.codes['0x8024001E'] = { names: ['WU_E_SERVICE_STOP'], article: true };
  k.codes['0x80070490'] = { names: ['ERROR_NOT_FOUND'] };
  k.codes['0x800F0821'] = { names: ['CBS_E_ABORT'], article: true };
  k.codes['0x80242008'] = { names: ['WU_E_UH_OPERATIONCANCELLED'] };
  k.codes['0x8024000B'] = { names: ['WU_E_CALL_CANCELLED'] };
  k.codes['0x8024200B'] = { names: ['WU_E_UH_INSTALLERFAILURE'], wrapper: true };
  k.codes['0x800F0922'] = { names: ['CBS_E_INSTALLERS_FAILED'], wrapper: true };
  k.runbooks['offline-install-with-hash-check'] = { title: title('Install the update offline and check its SHA-256') };
  k.rules.push(
    rule('runbook:offline-install-with-hash-check#1', { log: 'windowsupdate', code: '0x80070570', outcome: true, runbook: 'offline-install-with-hash-check' }),
    rule('runbook:offline-install-with-hash-check#2', { log: 'cbs', code: '0x800F0821', pattern: 'DPX', runbook: 'offline-install-with-hash-check' }),
  );
  k.builds.push({ build: '17763.3287', kb: 'KB5016623', date: '2022-08-09', type: 'B', source: 'test' });
  return k;
}

/** The token scan's bytes of `text` (`Line.bytes`): one per UTF-16 code unit, 0x80 for each past ASCII. */
export const scanBytes = (text: string): Uint8Array => Uint8Array.from({ length: text.length }, (_, i) => Math.min(text.charCodeAt(i), 0x80));

/**
 * A line as the token line layer hands it on: its bytes within those of a text where other lines
 * stand before and after it (a line end, then characters a reader must not take for the line's).
 */
export function lineInText(line: string, before = '2022-10-27 08:38:34, Info CBS hr=0x80070005\n', after = '\r\n 0x8007000E 2022'): { bytes: Uint8Array; start: number } {
  return { bytes: scanBytes(before + line + after), start: before.length };
}
