/**
 * Reads the object-like `#define`s of a C header, with their line numbers and the
 * conditional branch they sit in. Only the first definition of a name is kept: the
 * SDK defines E_NOTIMPL… twice, the Win32 values under `#if` and legacy 16-bit ones
 * under `#else`, and the first branch is the one Windows builds use.
 */

export interface Define {
  name: string;
  /** the replacement text, comments removed */
  body: string;
  line: number;
  /** true when the define sits in an `#else`/`#elif` branch */
  inElse: boolean;
}

export interface Macro {
  params: string[];
  body: string;
}

export interface ParsedHeader {
  defines: Map<string, Define>;
  /** function-like macros, for headers that build codes with their own (`EMAKEHR(0x1018)`) */
  macros: Map<string, Macro>;
  /** later definitions of an already defined name, kept for the report */
  shadowed: Define[];
}

/** Removes comments while keeping line breaks, so line numbers stay right. */
function stripComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, '');
}

export function parseHeader(text: string): ParsedHeader {
  const lines = stripComments(text.replace(/\r\n?/g, '\n')).split('\n');
  const defines = new Map<string, Define>();
  const macros = new Map<string, Macro>();
  const shadowed: Define[] = [];
  // one entry per open conditional: whether we are past its first branch
  const branches: boolean[] = [];

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i];
    // join continuation lines
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i];
    const directive = /^\s*#\s*(\w+)\s*(.*)$/.exec(line);
    if (!directive) continue;
    const [, keyword, rest] = directive;
    if (keyword === 'if' || keyword === 'ifdef' || keyword === 'ifndef') branches.push(false);
    else if (keyword === 'else' || keyword === 'elif') {
      if (branches.length) branches[branches.length - 1] = true;
    } else if (keyword === 'endif') branches.pop();
    else if (keyword === 'define') {
      const m = /^([A-Za-z_]\w*)(\(([^)]*)\))?\s*(.*)$/.exec(rest);
      if (!m) continue;
      // function-like macros (`NAME(` with no space) are not values themselves
      if (m[2]) {
        if (!macros.has(m[1])) macros.set(m[1], { params: m[3].split(',').map((p) => p.trim()), body: m[4].trim() });
        continue;
      }
      const define: Define = { name: m[1], body: m[4].trim(), line: lineNo, inElse: branches.includes(true) };
      if (defines.has(define.name)) shadowed.push(define);
      else defines.set(define.name, define);
    }
  }
  return { defines, macros, shadowed };
}
