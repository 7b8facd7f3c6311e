/**
 * A tiny evaluator for the constant expressions found in error headers:
 * `__MSABI_LONG(0x5L)`, `_HRESULT_TYPEDEF_(0x80240001L)`, `((NTSTATUS)0xC0000001L)`,
 * `(WSABASEERR+4)`, `(APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x219)`,
 * `MAKE_HRESULT(SEVERITY_ERROR, FACILITY_WIN32, ERROR_NOT_FOUND)` and aliases of other names.
 * Results are unsigned 32-bit numbers; anything else throws an `EvaluateError`.
 */

export class EvaluateError extends Error {}

/** Resolves an identifier to its value, or undefined when unknown. */
export type Resolve = (name: string) => number | undefined;
/** Expands a call of a function-like macro defined in a header, or undefined when unknown. */
export type ResolveCall = (name: string, args: number[]) => number | undefined;

/** Wrappers that only change the C type of their argument. */
const IDENTITY_MACROS = new Set([
  '__MSABI_LONG',
  '_HRESULT_TYPEDEF_',
  '_NDIS_ERROR_TYPEDEF_',
  '_NTSTATUS_TYPEDEF_',
]);

/** Casts written `(TYPE)` in front of a value; they do not change the bits we keep. */
const CAST = /\(\s*(?:HRESULT|NTSTATUS|SCODE|DWORD|LONG|ULONG|long|int|unsigned\s+long|unsigned\s+int|unsigned|UINT|NDIS_STATUS)\s*\)/g;

type Token = { kind: 'num'; value: number } | { kind: 'id'; name: string } | { kind: 'op'; op: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(0[xX][0-9a-fA-F]+|\d+)(?:[uU]?[lL]{0,2}|i64|[lL][uU])?|([A-Za-z_]\w*)|(<<|>>|[-+~|&^*/(),]))/y;
  let at = 0;
  const source = text.trim();
  while (at < source.length) {
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) throw new EvaluateError(`cannot read '${source.slice(at)}'`);
    at = re.lastIndex;
    if (m[1] !== undefined) {
      const digits = m[1];
      // a leading 0 means octal in C; error headers only use it for a bare 0
      const value = /^0[0-7]+$/.test(digits) ? parseInt(digits, 8) : Number(digits);
      tokens.push({ kind: 'num', value });
    } else if (m[2] !== undefined) tokens.push({ kind: 'id', name: m[2] });
    else tokens.push({ kind: 'op', op: m[3] });
  }
  return tokens;
}

const BINARY: { ops: string[]; apply: (a: number, b: number, op: string) => number }[] = [
  { ops: ['|'], apply: (a, b) => (a | b) >>> 0 },
  { ops: ['^'], apply: (a, b) => (a ^ b) >>> 0 },
  { ops: ['&'], apply: (a, b) => (a & b) >>> 0 },
  { ops: ['<<', '>>'], apply: (a, b, op) => (op === '<<' ? (a << b) >>> 0 : a >>> b) },
  { ops: ['+', '-'], apply: (a, b, op) => (op === '+' ? a + b : a - b) >>> 0 },
  { ops: ['*', '/'], apply: (a, b, op) => (op === '*' ? Math.imul(a, b) : Math.floor(a / b)) >>> 0 },
];

/** Evaluates `text`; identifiers go through `resolve`. */
export function evaluate(text: string, resolve: Resolve, call: ResolveCall = () => undefined): number {
  const tokens = tokenize(text.replace(CAST, ' '));
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (op: string) => peek()?.kind === 'op' && (peek() as { op: string }).op === op;
  const expect = (op: string) => {
    if (!isOp(op)) throw new EvaluateError(`expected '${op}' in '${text}'`);
    pos++;
  };

  const binary = (level: number): number => {
    if (level === BINARY.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (t?.kind !== 'op' || !BINARY[level].ops.includes(t.op)) return left;
      pos++;
      left = BINARY[level].apply(left, binary(level + 1), t.op);
    }
  };

  const args = (): number[] => {
    expect('(');
    const list = [binary(0)];
    while (isOp(',')) {
      pos++;
      list.push(binary(0));
    }
    expect(')');
    return list;
  };

  const unary = (): number => {
    const t = peek();
    if (!t) throw new EvaluateError(`unexpected end of '${text}'`);
    pos++;
    if (t.kind === 'num') return t.value >>> 0;
    if (t.kind === 'op') {
      if (t.op === '(') {
        const value = binary(0);
        expect(')');
        return value;
      }
      if (t.op === '-') return (0 - unary()) >>> 0;
      if (t.op === '+') return unary();
      if (t.op === '~') return ~unary() >>> 0;
      throw new EvaluateError(`unexpected '${t.op}' in '${text}'`);
    }
    if (isOp('(')) {
      const list = args();
      if (IDENTITY_MACROS.has(t.name) && list.length === 1) return list[0];
      if ((t.name === 'MAKE_HRESULT' || t.name === 'MAKE_SCODE') && list.length === 3) {
        return ((list[0] << 31) | (list[1] << 16) | list[2]) >>> 0;
      }
      if (t.name === 'HRESULT_FROM_WIN32' && list.length === 1) {
        const x = list[0] | 0;
        return (x <= 0 ? x : (x & 0xffff) | 0x80070000) >>> 0;
      }
      const expanded = call(t.name, list);
      if (expanded !== undefined) return expanded >>> 0;
      throw new EvaluateError(`unknown macro ${t.name}() in '${text}'`);
    }
    const value = resolve(t.name);
    if (value === undefined) throw new EvaluateError(`unknown name ${t.name} in '${text}'`);
    return value;
  };

  const value = binary(0);
  if (pos !== tokens.length) throw new EvaluateError(`unexpected text after value in '${text}'`);
  return value >>> 0;
}
