import type { BuildRow } from '../../catalog/types.ts';

/**
 * OS builds named in a line: the cumulative update package version, DISM's image version, `OS Build 17763.3287`.
 * As Windows writes them, in its case: each form holds a marker word (`RollupFix`, `OS `) at a fixed place.
 */
const ROLLUP_FIX_FORM = 'Package_for_RollupFix~[0-9a-fA-F]{16}~\\w+~\\w*~(\\d{5}\\.\\d{1,5})\\.\\d+\\.\\d+';
const OS_FORMS = 'OS Version=10\\.0\\.(\\d{5}\\.\\d{1,5})\\b|\\bOS Build (\\d{5}\\.\\d{1,5})\\b';
const BUILD_FORMS = new RegExp(`${ROLLUP_FIX_FORM}|${OS_FORMS}`, 'g');
/** Each form alone, sticky, for the places where its marker word stands (buildMentions in mentions.ts). */
export const ROLLUP_FIX_AT = new RegExp(ROLLUP_FIX_FORM, 'y');
export const OS_AT = new RegExp(OS_FORMS, 'y');
/** Where `RollupFix` stands in the rollup form. */
export const ROLLUP_FIX_OFFSET = 'Package_for_'.length;

export function extractBuilds(line: string): string[] {
  const out: string[] = [];
  BUILD_FORMS.lastIndex = 0;
  for (let m = BUILD_FORMS.exec(line); m; m = BUILD_FORMS.exec(line)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** The KB that brings a build, from the build tables in the catalog. */
export function kbForBuild(build: string, rows: readonly BuildRow[]): BuildRow | undefined {
  return rows.find((row) => row.build === build);
}
