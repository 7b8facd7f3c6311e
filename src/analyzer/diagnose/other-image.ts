import type { Attempt } from '../extract/attempts.ts';

/**
 * DISM commands that work on an image other than the running system: a WIM file mounted,
 * applied, captured or listed, or an image mounted in a folder (`/Image:C:\mount`). An image
 * named by a drive's root (`/Image:C:\`) is this machine's own Windows serviced offline, from
 * WinPE, and is not one of them.
 */
const OTHER_IMAGE =
  /\/(?:Mount|Unmount|Remount|Commit|Apply|Capture|Append|Export|Split|Delete)-(?:Image|Wim)\b|\/Get-(?:Wim|Image|Mounted(?:Wim|Image))Info\b|\/Cleanup-(?:Mountpoints|Wim)\b|\/Image:(?!"?[A-Za-z]:\\?"?(?:\s|$))/i;

/**
 * Whether a servicing episode is a DISM command's on another image: its failure says nothing of
 * this machine's updates (an administrator preparing install media on it, say). The command is
 * the phase the parser noted for the episode (`Executing command line: …`).
 */
export const onOtherImage = (attempt: Attempt): boolean => attempt.kind === 'servicing' && onOtherImagePhase(attempt.update);

/** Whether what an episode was doing, as the report keeps it (`update.phase`), is a DISM command on another image. */
export const onOtherImagePhase = ({ phase }: { phase?: string }): boolean => phase !== undefined && OTHER_IMAGE.test(phase);
