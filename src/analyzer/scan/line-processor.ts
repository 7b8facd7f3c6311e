import { extractCodes } from '../extract/codes.ts';
import { endsWithSuccess } from '../extract/success.ts';
import { LINE_MARKERS, type MarkerPlaces, type Markers } from '../extract/markers.ts';
import { buildMentions, kbMentions, packageMentions } from '../extract/mentions.ts';
import { extractWsus } from '../extract/wsus.ts';
import { articleNoise, CONTEXT_BOUND, noiseFor, type NoiseEntry } from '../diagnose/noise.ts';
import { ruleApplies, type CompiledRule } from '../diagnose/rules.ts';
import type { LineCode, LineParser, LogFormat } from '../formats/types.ts';
import { MAX_DISTINCT_CODES, type FileFacts } from './file-facts.ts';
import type { Session } from './session.ts';

const MAX_WSUS_EVENTS = 100;
const IN_CONTEXT = 'in-context';
/** Marker words that decide which extractors a line needs. */
const [KB, KB_LOWER, PACKAGE, OS, ROLLUP_FIX, WSUS, ERVER] = ['KB', 'kb', 'Package', 'OS ', 'RollupFix', 'WSUS', 'erver'].map((w) => LINE_MARKERS.bit(w));

/** What every format shares: codes (with noise marked), KBs, packages, builds, servers, rule patterns. */
export class LineProcessor {
  /** rules whose pattern's first line is all a finding needs */
  private readonly patterns: CompiledRule[];
  /** rules with a `cleared` pattern, sought to the end of the file (watch) */
  private readonly watched: CompiledRule[];
  /** the patterns not found yet in one regex: most lines match none, and one test is cheaper than many */
  private anyPattern?: RegExp;
  private patternsLeft: number;
  readonly markers: Markers;
  /** per code: its article's noise entry, null, or IN_CONTEXT when the line decides */
  private readonly routine = new Map<string, NoiseEntry | typeof IN_CONTEXT | null>();

  constructor(
    private readonly facts: FileFacts,
    private readonly format: LogFormat,
    private readonly session: Session,
  ) {
    const applying = session.rules.filter((r) => r.pattern && ruleApplies(r.rule, format.kind));
    this.patterns = applying.filter((r) => !r.cleared);
    this.watched = applying.filter((r) => r.cleared);
    this.patternsLeft = this.patterns.length;
    this.anyPattern = this.combine();
    this.markers = format.markers ?? LINE_MARKERS;
    if (!this.markers.extends(LINE_MARKERS)) throw new Error(`format ${format.kind}: its markers must be LINE_MARKERS.with(…)`);
  }

  /** The patterns not found yet as one regex, or undefined to test them one by one. */
  private combine(): RegExp | undefined {
    const sources = this.pendingSources();
    try {
      return sources.length ? new RegExp(sources.map((s) => `(?:${s})`).join('|')) : undefined;
    } catch {
      return undefined; // patterns that cannot be combined are tested one by one
    }
  }

  /**
   * Sources of the patterns still sought: those not found yet, as a pattern's first line is all
   * a finding needs, and both patterns of a rule with a `cleared` one, whose last lines decide.
   */
  patternSources(): string[] {
    return [...this.pendingSources(), ...this.watched.flatMap((r) => [r.pattern!.source, r.cleared!.source])];
  }

  /** Sources of the patterns whose first line is all a finding needs, not found yet. */
  private pendingSources(): string[] {
    const hits = this.facts.patternHits;
    return this.patterns.filter((r) => !hits.has(r.index)).map((r) => r.pattern!.source);
  }

  /** Patterns not found yet (a watched rule's are sought to the end, apart); the reader's filter narrows each time this drops. */
  get patternsPending(): number {
    return this.patternsLeft;
  }

  /** `hitAt`: the line filter's first match, before which the line holds no `0x` token (0 when unknown). */
  line(text: string, no: number, parser: LineParser, hitAt = 0): void {
    this.read(text, no, parser, extractCodes(text, this.format.kind === 'text', hitAt), this.markers.scan(text), true, undefined, 0, undefined);
  }

  /**
   * A line with its codes (as `extractCodes` gives them) and marker bits found already, by `line`
   * or by TokenLineReader; `patternHere` is false when no content pattern's first words stand in it;
   * `bytes` and `start` as `Line` has them; `places`, where the token line layer noted the placed
   * marker words (undefined from the regex line layer), for the mentions.
   */
  read(text: string, no: number, parser: LineParser, codes: LineCode[], marks: number, patternHere: boolean, bytes: Uint8Array | undefined, start: number, places: MarkerPlaces | undefined): void {
    const facts = this.facts;
    // A line of one code, the common case, asks once anyway: only a line of several remembers its answers.
    const several = codes.length > 1;
    if (several && this.lineNoise.size) this.lineNoise.clear();
    let unnamed = false;
    for (const hit of codes) {
      // A Win32 error written by name (`HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)`) gets the catalog's code for it.
      if (hit.code === '') hit.code = this.session.win32Code(hit.name!) ?? '';
      if (hit.code === '') {
        unnamed = true;
        continue;
      }
      const noise = this.noise(hit.code, text, several);
      if (noise) hit.noise = noise;
      facts.countCode(hit, no, text, noise);
    }
    // A name the catalog does not know is no code.
    if (unnamed) codes = codes.filter((c) => c.code !== '');
    // Its time is read once, for the last one (verdict coverage), not for each.
    const success = endsWithSuccess(text, codes, marks);
    if (success) facts.lastSuccess = { line: no, text };
    // Marker words guard the extractors: most lines need none of them.
    if (marks & (KB | KB_LOWER)) for (const kb of kbMentions(text, marks, places, bytes, start)) facts.mention(facts.kbs, kb, no, text);
    if (marks & PACKAGE) for (const identity of packageMentions(text, marks, places, bytes, start)) facts.mention(facts.packages, identity, no, text);
    if (marks & (OS | ROLLUP_FIX)) for (const build of buildMentions(text, marks, places)) facts.mention(facts.builds, build, no, text);
    if (marks & (WSUS | ERVER)) this.wsus(text, no);
    if (patternHere) {
      if (this.patternsLeft && (!this.anyPattern || this.anyPattern.test(text))) this.rules(text, no);
      for (const rule of this.watched) this.watch(rule, rule.cleared!, text, no);
    }
    // A new object each line: filling one kept object cost a write barrier per field.
    parser.line({ text, no, codes, marks, success, bytes, start });
  }

  private rules(text: string, no: number): void {
    const hits = this.facts.patternHits;
    for (const rule of this.patterns) {
      if (hits.has(rule.index) || !rule.pattern!.test(text)) continue;
      hits.set(rule.index, this.facts.evidence(no, text));
      this.patternsLeft--;
      this.anyPattern = this.combine();
    }
  }

  /** A watched rule: its pattern's first and last lines, and the first line after the last that clears it. */
  private watch(rule: CompiledRule, cleared: RegExp, text: string, no: number): void {
    const { patternHits: hits, patternWatch: watched } = this.facts;
    const seen = watched.get(rule.index);
    if (rule.pattern!.test(text)) {
      if (!seen) {
        hits.set(rule.index, this.facts.evidence(no, text));
        watched.set(rule.index, { lastLine: no, lastText: text });
        return;
      }
      seen.lastLine = no;
      seen.lastText = text;
      seen.cleared = undefined;
    } else if (seen && !seen.cleared && cleared.test(text)) {
      seen.cleared = this.facts.evidence(no, text);
    }
  }

  /** Routine here: a listed context on this line, or an article's noise for a code with no listed context; `remember`: keep the answer for the line's other codes. */
  private noise(code: string, text: string, remember: boolean): NoiseEntry | undefined {
    let routine = this.routine.get(code);
    if (routine === undefined) {
      routine = this.routineOf(code);
      // Bounded like the code tally: random input cannot grow it without end.
      if (this.routine.size < MAX_DISTINCT_CODES) this.routine.set(code, routine);
    }
    if (routine !== IN_CONTEXT) return routine ?? undefined;
    if (!remember) return noiseFor(code, text);
    // A context is read from the whole line, so a code's answer holds for the line: sought once per
    // code and line, not per occurrence (a 1 MB line holding one code 19,000 times took 33 s).
    if (this.lineNoise.has(code)) return this.lineNoise.get(code);
    const entry = noiseFor(code, text);
    this.lineNoise.set(code, entry);
    return entry;
  }

  /** The answers for the context-bound codes of the line being read (cleared by `read` for each line of several codes). */
  private readonly lineNoise = new Map<string, NoiseEntry | undefined>();

  /** What a code's noise depends on, looked up once per code, not once per line. */
  private routineOf(code: string): NoiseEntry | typeof IN_CONTEXT | null {
    if (CONTEXT_BOUND.has(code)) return IN_CONTEXT;
    // One entry per code, not one per line: a routine code can stand on most lines of a log.
    return this.session.knowledge.codes[code]?.noise ? articleNoise(code) : null;
  }

  /** Keeps the server setting each time it changes, so a removed server shows as removed. */
  private wsus(text: string, no: number): void {
    const setting = extractWsus(text);
    const list = this.facts.wsus;
    if (!setting || list.length >= MAX_WSUS_EVENTS || list[list.length - 1]?.url === setting.url) return;
    list.push({ url: setting.url, evidence: this.facts.evidence(no, text) });
  }
}
