import type { Attempt } from '../extract/attempts.ts';
import { isStoreApp } from './store-app.ts';

/**
 * Failures that say nothing of this machine's updates (DISM commands, mostly), set aside from the verdict,
 * the findings and the reply, and counted in a sentence of their own. The command is the phase the
 * parser noted for the episode (`Executing command line: …`).
 *
 * `other-image`: work on an image other than the running system: a WIM file mounted, applied,
 * captured or listed, or an image mounted in a folder (`/Image:C:\mount`). An image named by a
 * drive's root (`/Image:C:\`) is this machine's own Windows serviced offline, from WinPE, and is
 * not one of them.
 *
 * `app-package`: an app package provisioned for every user or taken out (`/Add-ProvisionedAppxPackage`,
 * which a PC maker's installer runs for its own apps, and fails when a newer version is already
 * there): an app is no Windows update.
 *
 * `user-cancel`: Windows Setup cancelled by its user (setup-run.ts), and the failures of its
 * winding down: the user's choice, no failure of the machine.
 *
 * `store-app`: an app from the Microsoft Store, which the Windows Update agent installs and logs
 * as it does updates (store-app.ts): an app is no Windows update either. Most of its failures are
 * the app running while its update would replace it (0x80073D02), which the Store retries.
 */
export type SetAside = 'other-image' | 'app-package' | 'user-cancel' | 'store-app';

/** The verdict's count of each kind, in the order its sentences are said (setAsideSentences). */
export const ASIDE_FIELD = { 'other-image': 'otherImage', 'app-package': 'appPackages', 'user-cancel': 'userCancelled', 'store-app': 'storeApps' } as const satisfies Record<SetAside, string>;
export type SetAsideField = (typeof ASIDE_FIELD)[SetAside];

/** The phase of the episode a user's cancel of Windows Setup opens (setup-run.ts). */
export const CANCELLED_BY_USER = 'Windows Setup: cancelled by the user';

const OTHER_IMAGE =
  /\/(?:Mount|Unmount|Remount|Commit|Apply|Capture|Append|Export|Split|Delete)-(?:Image|Wim)\b|\/Get-(?:Wim|Image|Mounted(?:Wim|Image))Info\b|\/Cleanup-(?:Mountpoints|Wim)\b|\/Image:(?!"?[A-Za-z]:\\?"?(?:\s|$))/i;
const APP_PACKAGE = /\/(?:Add|Remove)-ProvisionedAppxPackage\b|\/Set-ProvisionedAppxDataFile\b/i;

/** Why an attempt is set aside, or undefined for one that counts. */
export const setAside = (attempt: Attempt): SetAside | undefined => setAsideOf(attempt.kind, attempt.update);

/**
 * The same, from an attempt's kind and what it names, as the report keeps them: a servicing
 * episode by what it was doing (`update.phase`), an update by its title (a Store app's). The
 * verdict, the reply and the page's timeline read it alike.
 */
export const setAsideOf = (kind: Attempt['kind'], update: { phase?: string; title?: string }): SetAside | undefined =>
  kind === 'servicing' ? setAsidePhase(update) : isStoreApp(update) ? 'store-app' : undefined;

/** A servicing episode's, from what it was doing (`update.phase`). */
function setAsidePhase({ phase }: { phase?: string }): SetAside | undefined {
  if (phase === undefined) return undefined;
  if (phase === CANCELLED_BY_USER) return 'user-cancel';
  if (OTHER_IMAGE.test(phase)) return 'other-image';
  return APP_PACKAGE.test(phase) ? 'app-package' : undefined;
}
