/**
 * What a DISM command does, for telling which failure a later success of a command outlives: its
 * switches, lower case, with the values of those that name what it works on
 * (`/online /Cleanup-Image /RestoreHealth /Source:wim:D:\sources\install.wim:1 /LimitAccess` →
 * `cleanup-image restorehealth`; `/Enable-Feature /FeatureName:NetFx3 /All` → `enable-feature
 * featurename:netfx3`). Where it runs and where it looks for files (`/Online`, `/Source`,
 * `/LimitAccess`, `/All`, logging and scratch options) do not change what it does. Undefined for a
 * phase that is no DISM command (a CBS.log's DPX phase, the program calling the DISM API).
 */
const MODIFIERS = new Set(['online', 'image', 'windir', 'sysdrivedir', 'source', 'limitaccess', 'all', 'norestart', 'quiet', 'english', 'logpath', 'loglevel', 'scratchdir', 'format']);
const SWITCH = /(?:^|\s)\/([A-Za-z][\w-]*)(?::("[^"]*"|\S*))?/g;

export function dismAction(phase: string | undefined): string | undefined {
  if (!phase) return undefined;
  const parts: string[] = [];
  for (const [, name, value] of phase.matchAll(SWITCH)) {
    const key = name.toLowerCase();
    if (MODIFIERS.has(key)) continue;
    parts.push(value === undefined || value === '' ? key : `${key}:${value.replace(/"/g, '').toLowerCase()}`);
  }
  return parts.length ? parts.join(' ') : undefined;
}
