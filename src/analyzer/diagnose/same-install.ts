import type { Attempt } from '../extract/attempts.ts';
import { PRECEDENCE } from '../extract/attempt-model.ts';
import { localMs, type LocalClock } from './clock-offset.ts';

/** The agent's history line, its exit code and event 20 of one install fall within this. */
const SAME_INSTALL_MS = 2 * 60_000;

/**
 * One install recorded by several files of a bundle (WindowsUpdate.log or its .etl, and
 * event 19/20 in System.evtx) is one attempt, not one per file. Attempts of different files
 * join when, on the machine's local clock, they ended within two minutes with the same status
 * and a result code one of them reports, and name no different update. The attempt with the
 * stronger outcome line stays; it takes the update names it lacked and keeps the others'
 * outcome lines in `joined`. Returns the attempts that remain, in their order.
 */
export function joinSameInstalls(updates: readonly Attempt[], clock: LocalClock | undefined): Attempt[] {
  const kept: Attempt[] = [];
  for (const attempt of updates) {
    const at = localMs(attempt, clock);
    const twin = at === undefined ? undefined : kept.find((k) => k.file !== attempt.file && !k.joined?.some((j) => j.file === attempt.file) && sameInstall(k, attempt, clock, at));
    if (!twin) {
      kept.push(attempt);
      continue;
    }
    const [stay, go] = PRECEDENCE[attempt.source] > PRECEDENCE[twin.source] ? [attempt, twin] : [twin, attempt];
    stay.update = { ...go.update, ...definedOnly(stay.update) };
    stay.joined = [...(stay.joined ?? []), go.outcome, ...(go.joined ?? [])];
    stay.related ??= go.related;
    kept[kept.indexOf(twin)] = stay;
  }
  return kept;
}

function sameInstall(a: Attempt, b: Attempt, clock: LocalClock | undefined, bAt: number): boolean {
  const aAt = localMs(a, clock);
  if (aAt === undefined || Math.abs(aAt - bAt) > SAME_INSTALL_MS || a.status !== b.status) return false;
  if (differ(a.update.kb, b.update.kb) || differ(a.update.id && bare(a.update.id), b.update.id && bare(b.update.id))) return false;
  if (a.status === 'succeeded') return !!(a.update.kb && a.update.kb === b.update.kb) || !!(a.update.id && b.update.id);
  return reports(a, b.code) || reports(b, a.code);
}

const reports = (a: Attempt, code: string | undefined) => !!code && (a.code === code || a.companions.some((c) => c.code === code));
const differ = (x: string | undefined, y: string | undefined) => !!x && !!y && x !== y;
/** `{3911FF81-…}.200` and `{3911ff81-…}` name one update. */
const bare = (id: string) => id.replace(/\.\d+$/, '').replace(/[{}]/g, '').toLowerCase();

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
