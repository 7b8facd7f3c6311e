import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Redactor } from '../../src/redact/redactor.ts';

/** Tokens the analyzer reads, in the shapes logs write them. */
const analyzerToken = fc.oneof(
  fc.integer({ min: 0x80000000, max: 0xffffffff }).map((n) => `0x${n.toString(16).toUpperCase()}`),
  fc.integer({ min: 0x80000000, max: 0xffffffff }).map((n) => `resultMapped=${n.toString(16).toUpperCase()}`),
  fc.integer({ min: 1000000, max: 5999999 }).map((n) => `KB${n}`),
  fc.integer({ min: 1, max: 9999 }).map((n) => `10.0.17763.${n}`),
  fc.uuid().map((u) => `{${u.toUpperCase()}}`),
  fc.date({ min: new Date('2015-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().replace('T', ' ').slice(0, 19)),
);

/** Personal values of every kind, and the words around them in logs. */
const personal = fc.oneof(
  fc.constantFrom('CONTOSO\\zhangsan', 'C:\\Users\\wangli\\AppData', 'pc-0412.contoso.local', 'Computer: PC-0412', '10.20.30.40', 'fe80::1', 'wang.li@contoso.com', 'S-1-5-21-1004336348-1177238915-682003330-1001'),
  fc.constantFrom('Handler', 'CBS called Error with', '用户名:', 'at', ',', '(', ')', '='),
);

const line = fc.array(fc.oneof(analyzerToken, personal), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));

describe('redaction properties', () => {
  it('never changes a code, KB number, build, GUID or time, whatever stands around it', () => {
    fc.assert(
      fc.property(fc.array(analyzerToken, { minLength: 1, maxLength: 8 }), line, (tokens, noise) => {
        const text = `${noise} ${tokens.join(' ')} ${noise}`;
        const out = new Redactor().line(text);
        for (const token of tokens) expect(out).toContain(token);
      }),
    );
  });

  it('is stable after the learning pass: redacting a redacted line changes nothing', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const redactor = new Redactor();
        for (const l of lines) redactor.line(l); // the export's first pass learns every name
        const once = lines.map((l) => redactor.line(l));
        expect(once.map((l) => redactor.line(l))).toEqual(once);
      }),
    );
  });

  it('gives a value the same placeholder wherever it appears', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 6 }), (lines) => {
        const redactor = new Redactor();
        const out = lines.map((l) => redactor.line(l)).join('\n');
        // one e-mail address in the inputs: at most one e-mail placeholder in the output
        expect(new Set(out.match(/<EMAIL-\d+>/g) ?? []).size).toBeLessThanOrEqual(1);
        expect(new Set(out.match(/<SID-\d+>/g) ?? []).size).toBeLessThanOrEqual(1);
      }),
    );
  });
});
