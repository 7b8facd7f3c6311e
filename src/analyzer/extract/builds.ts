import type { BuildRow } from '../../catalog/types.ts';

/** OS builds named in a line: the cumulative update package version, DISM's image version, `OS Build 17763.3287`. */
const BUILD_FORMS =
  /Package_for_RollupFix~[0-9a-f]{16}~\w+~\w*~(\d{5}\.\d{1,5})\.\d+\.\d+|OS Version=10\.0\.(\d{5}\.\d{1,5})\b|\bOS Build (\d{5}\.\d{1,5})\b/gi;

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
