import { packageRef } from '../extract/kbs.ts';
import type { UpdateRef } from '../extract/attempt-model.ts';

/** An update's packages a CBS.log reports installed, kept per file: a big log installs a few a month. */
export const MAX_INSTALLS = 100;

/**
 * CBS reporting a package change it has completed, to Windows Update and the event log:
 * `Reporting package change completion for package: Package_for_KB5000736~…~10.0.1.3, current: Installed,
 * original: Staged, target: Installed, status: 0x0, …`. An install is the update's own package
 * (`Package_for_…`, not its parts `Package_1_for_…`) brought to Installed from another state.
 */
const CHANGE_REPORTED = /Reporting package change completion for package: (Package_for_\S+?), current: Installed, original: (\w+), target: Installed, status: 0x0\b/;

/** The words the parser looks for before the regex, on lines that name a package and report no failure. */
export const CHANGE_WORDS = 'Reporting package change completion';

/** The update a line reports installed, or undefined. */
export function reportedInstall(text: string): UpdateRef | undefined {
  const m = CHANGE_REPORTED.exec(text);
  return m && m[2] !== 'Installed' ? packageRef(m[1]) : undefined;
}
