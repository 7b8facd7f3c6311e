import type { BuildRow } from './types.ts';
import type { ParsedFile } from './front-matter.ts';
import { FieldReader } from './fields.ts';
import { canonicalKb } from './identifiers.ts';

/** An OS build table (`content/builds/<line>.yaml`): build → KB rows, each with its source. */
export function compileBuilds(parsed: ParsedFile): BuildRow[] {
  const read = new FieldReader(parsed);
  const line = read.string(['line']);
  const seen = new Map<string, number>();
  return read.list(['rows']).map((_, i) => {
    const at = ['rows', i];
    const build = read.string([...at, 'build']);
    if (!new RegExp(`^${line}\\.\\d+$`).test(build)) read.fail([...at, 'build'], `build '${build}' is not in the ${line} line`, `write ${line}.<revision>`);
    if (seen.has(build)) read.fail([...at, 'build'], `build ${build} is listed twice (first at row ${seen.get(build)! + 1})`);
    seen.set(build, i);
    const kbText = read.string([...at, 'kb']);
    return {
      build,
      kb: canonicalKb(kbText) ?? read.fail([...at, 'kb'], `'${kbText}' is not a KB number`),
      date: read.date([...at, 'date']),
      type: read.optionalString([...at, 'type']),
      source: read.string([...at, 'source']),
      ...(read.has([...at, 'confirmed_by']) ? { confirmedBy: read.string([...at, 'confirmed_by']) } : {}),
    };
  });
}
