/**
 * The KBs, packages and builds a line mentions, for the file's lists: each an own copy
 * (own-copy.ts), which the lists keep as it is, and where read at bytes the same string for the
 * same name each time. Each form starts from, or
 * holds at a fixed place, a marker word the token scan places (LINE_MARKERS): where the places
 * are known (MarkerPlaces, from the token line layer), a sticky regex is asked at each, in order, past the last match;
 * else the line is searched. Both ways find the same, as a global search of the forms would.
 * Asked at its place, a KB costs about a quarter of a search of the line, a package two thirds.
 */
import { extractBuilds, OS_AT, ROLLUP_FIX_AT, ROLLUP_FIX_OFFSET } from './builds.ts';
import { extractPackages, isNameChar, PACKAGE, packageIdentity } from './kbs.ts';
import { LINE_MARKERS, placeAt, placeCount, type MarkerPlaces } from './markers.ts';
import { kbAtBytes } from './kb-at-bytes.ts';
import { keepIdentity, recallIdentity, recalled } from './package-recall.ts';
import { ownCopy } from './own-copy.ts';

const [KB, KB_LOWER, PACKAGE_WORD, OS, ROLLUP_FIX] = ['KB', 'kb', 'Package', 'OS ', 'RollupFix'].map((w) => LINE_MARKERS.bit(w));

/**
 * `KB5016623`, `kb5016623`, `KB 5016623`, as Windows writes KB numbers in its logs (the line
 * filter's triggers read the same); extractKbs, for titles and names, also takes `Kb`.
 */
const KB_WRITTEN = /(?:KB|kb)(?<![A-Za-z0-9](?:KB|kb)) ?(\d{6,7})(?!\d)/g;
const KB_AT = new RegExp(KB_WRITTEN.source, 'y');
const PACKAGE_AT = new RegExp(PACKAGE.source, 'y');

/** `bytes` and `from`, where the line's characters stand as the scan's bytes, let each KB be read from them (kb-at-bytes.ts). */
export function kbMentions(line: string, marks: number, places: MarkerPlaces | undefined, bytes?: Uint8Array, from = 0): string[] {
  const out: string[] = [];
  const upper = placeCount(places, marks, KB);
  const lower = placeCount(places, marks, KB_LOWER);
  if (upper < 0 || lower < 0) {
    KB_WRITTEN.lastIndex = 0;
    for (let m = KB_WRITTEN.exec(line); m; m = KB_WRITTEN.exec(line)) out.push(ownCopy('KB' + m[1]));
    return out;
  }
  // The two words' places, merged in order; a match (`KB`, a space, digits) holds no other place.
  for (let u = 0, l = 0; u < upper || l < lower; ) {
    const takeUpper = l === lower || (u < upper && placeAt(places!, KB, u) < placeAt(places!, KB_LOWER, l));
    const at = takeUpper ? placeAt(places!, KB, u++) : placeAt(places!, KB_LOWER, l++);
    if (bytes) {
      const kb = kbAtBytes(bytes, from, at, line.length);
      if (kb) out.push(kb);
      continue;
    }
    KB_AT.lastIndex = at;
    const m = KB_AT.exec(line);
    if (m) out.push(ownCopy('KB' + m[1]));
  }
  return out;
}

const PACKAGE_WORD_LENGTH = 'Package'.length;
/**
 * Whether the character after a place's `Package` can go on into an identity (the form's name
 * characters, or its `~`). Most places that cannot are the word itself (`Package: …`,
 * `<Missing_Package>`), and a byte tells so before the regex is asked. A line's last byte is
 * followed by its line end, which cannot.
 */
const continuesIdentity = (c: number): boolean => isNameChar(c) || c === 126;

/**
 * `bytes` and `from`, where the line's characters stand as the scan's bytes (a `Line` read by the
 * token line layer has them), let an identity read before be recalled at a place (package-recall.ts).
 */
export function packageMentions(line: string, marks: number, places: MarkerPlaces | undefined, bytes?: Uint8Array, from = 0): string[] {
  const count = placeCount(places, marks, PACKAGE_WORD);
  if (count < 0) return extractPackages(line).map(ownCopy);
  const out: string[] = [];
  let end = 0;
  for (let k = 0; k < count; k++) {
    const at = placeAt(places!, PACKAGE_WORD, k);
    if (at < end) continue;
    if (bytes && !continuesIdentity(bytes[from + at + PACKAGE_WORD_LENGTH])) continue;
    const known = bytes && recallIdentity(bytes, from, at, line.length);
    if (known) {
      end = at - recalled.before + known.length;
      out.push(known);
      continue;
    }
    PACKAGE_AT.lastIndex = at;
    if (!PACKAGE_AT.test(line)) continue;
    end = PACKAGE_AT.lastIndex;
    const identity = packageIdentity(line, at, end);
    out.push(bytes ? keepIdentity(identity, identity.length - (end - at), bytes, from, at, line.length) : ownCopy(identity));
  }
  return out;
}

export function buildMentions(line: string, marks: number, places: MarkerPlaces | undefined): string[] {
  const rollups = placeCount(places, marks, ROLLUP_FIX);
  const oses = placeCount(places, marks, OS);
  if (rollups < 0 || oses < 0) return extractBuilds(line).map(ownCopy);
  const out: string[] = [];
  let end = 0;
  for (let r = 0, o = 0; r < rollups || o < oses; ) {
    // a rollup form starts before its `RollupFix`; the two forms' starts, merged in order
    const rollupAt = r < rollups ? placeAt(places!, ROLLUP_FIX, r) - ROLLUP_FIX_OFFSET : Infinity;
    const rollup = o === oses || rollupAt < placeAt(places!, OS, o);
    const at = rollup ? (r++, rollupAt) : placeAt(places!, OS, o++);
    const form = rollup ? ROLLUP_FIX_AT : OS_AT;
    if (at < end) continue;
    form.lastIndex = at;
    const m = form.exec(line);
    if (!m) continue;
    out.push(ownCopy(m[1] ?? m[2]));
    end = form.lastIndex;
  }
  return out;
}
