import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REDACT_FIXTURES = fileURLToPath(new URL('../fixtures/redact/', import.meta.url));

export const fixtureText = (name: string): string => readFileSync(REDACT_FIXTURES + name, 'utf8');
export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(REDACT_FIXTURES + name));

/** Every personal value the fixtures hold, as invented for them. */
export const PERSONAL_VALUES = [
  'zhangsan',
  'wangli',
  'CONTOSO',
  'contoso.local',
  'pc-0412',
  'wsus01',
  'fileserver01',
  '92.0.14.83',
  '10.20.30.40',
  '10.20.30.41',
  'fe80::1',
  '2001:db8:85a3::8a2e:370:7334',
  'wang.li@contoso.com',
  'S-1-5-21-1004336348-1177238915-682003330-1001',
];

/** What the analyzer needs, present in the fixtures: codes, KB, build, GUIDs, times. */
export const ANALYZER_VALUES = [
  '0x80070490',
  '0x80070570',
  'resultMapped=8024001E',
  '0x80242008',
  '0x802400FF',
  'KB5016623',
  '10.0.17763.3287',
  '{3911FF81-80A6-49F3-B1E7-E7FBC1E67FEB}',
  '{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}',
  '2022/10/28 13:50:06.2734225',
  '2022-10-27T08:38:51.0000000Z',
];

/** Redacts every line of several texts with one redactor, after a learning pass, as the export does. */
export function redactTexts(redactor: { line(l: string): string; startCounting(): void }, texts: string[]): string[] {
  for (const text of texts) for (const line of text.split('\n')) redactor.line(line);
  redactor.startCounting();
  return texts.map((text) => text.split('\n').map((line) => redactor.line(line)).join('\n'));
}
