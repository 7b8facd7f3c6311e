/**
 * The literals the analyzer's line layer starts from, for one log format, and what each stands for:
 * a start of the line filter, of the `0x` code form or of a keyword form, or a marker word.
 * Every match of the filter and the code forms begins with one of them (bench/token-lines.ts
 * checks that the lines, codes and markers found from them are the analyzer's own).
 */
import type { LogFormat } from '../../src/analyzer/formats/types.ts';
import type { Literal } from './token-scanner.ts';

/** `marker`: the word's bit in the format's markers */
export interface Role {
  filter?: boolean;
  hex?: boolean;
  keyword?: boolean;
  marker?: number;
}

/** The literals every line filter, code form and marker word starts with, and what each stands for. */
export function tokenTable(format: LogFormat): { literals: Literal[]; roles: Role[] } {
  const literals: Literal[] = [];
  const roles: Role[] = [];
  const add = (literal: Literal, role: Role) => {
    // the same literal for two roles (`WSUS`: a trigger and a marker word) is searched once
    const same = literals.findIndex((l) => l.text === literal.text && !l.fold && !literal.fold && !l.hex8 && !literal.hex8);
    if (same >= 0) Object.assign(roles[same], role);
    else {
      literals.push(literal);
      roles.push(role);
    }
  };
  add({ text: '0x', fold: true, hex8: true, third: '0123456789abcdefABCDEF' }, { filter: true, hex: true });
  for (const text of ['*failed*', 'result', 'hresult', 'hr', 'errorcode', 'exit code', 'ntstatus', 'error:']) add({ text, fold: true }, { filter: true, keyword: true });
  add({ text: 'with [', fold: true }, { keyword: true });
  add({ text: 'kb', fold: true }, { filter: true });
  const formatWords = format.trigger!.split('|').map((w) => w.replace(/\\/g, ''));
  for (const text of ['Package_', 'WSUS', 'Server URL', 'WUServer', 'Managed server', 'OS Version=', 'OS Build', ...formatWords]) add({ text }, { filter: true });
  const markers = format.markers!;
  for (const word of markers.words) add({ text: word }, { marker: markers.bit(word) });
  return { literals, roles };
}
