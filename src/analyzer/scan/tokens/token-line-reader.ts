import { LineReader, MAX_LINE_CHARS, type LineFilter, type LineHandler } from '../../../input/index.ts';
import { CODE_FORM_SOURCES, keywordHit, type CodeHit } from '../../extract/codes.ts';
import { asciiBytes, writtenAt } from '../../extract/line-bytes.ts';
import { bitIndex, MAX_PLACES, type MarkerPlaces } from '../../extract/markers.ts';
import { cbsResultAfterPrefix, hexHit } from './code-forms-at.ts';
import { isResultAssignmentAt, keywordAt, keywordFormOf, RESULT_ASSIGNMENT_TEXT, type KeywordForm } from './keyword-forms-at.ts';
import { FILTER, FILTER_AS_WRITTEN, FILTER_SURE, HEX, KEYWORD, liveFilter, PATTERN, type TokenTable } from './token-table.ts';
import { LINE_END, TokenScanner } from './token-scanner.ts';

/**
 * The codes of a line with no code token: one array for all of them, as no reader of a line's
 * codes adds to them. Frozen, it made every loop over codes slower.
 */
const NO_CODES: CodeHit[] = [];

/** Set on a code token's literal id (ids are below 64) for a `0x` token the reader saw `[HRESULT = ` before. */
const AFTER_RESULT_PREFIX = 128;
const ID = AFTER_RESULT_PREFIX - 1;

/**
 * A line read with what the line layer found in it: its codes (as `extractCodes` gives them),
 * marker bits, whether a content pattern's first words stand in it, the scan's bytes with
 * the line's start in them (see `Line`), and the places of the placed marker words (MarkerPlaces).
 */
export type ReadLineHandler = (line: string, lineNo: number, hitAt: number, codes: CodeHit[], marks: number, patternHere: boolean, bytes: Uint8Array, start: number, places: MarkerPlaces) => void;

/**
 * The line reader over tokens: one SIMD scan of each text's bytes finds where the filter's
 * matches, the code forms and the marker words may start, and only there are the regexes
 * tried (sticky), where the token itself or a few character checks cannot answer. The lines
 * read, their numbers, codes and marker bits are those of the regex way (LineReader's filter,
 * then `extractCodes` and `Markers.scan`). The scan sees one byte per UTF-16 code unit, so its
 * offsets are the string's. Lines too long to hand on whole are read the regex way.
 */
export class TokenLineReader extends LineReader {
  private sticky: RegExp[] = [];
  private stickyOf?: readonly RegExp[];
  /** the table's roles for the filter in use (literals of content patterns found are no filter tokens), and per literal the alternatives it starts */
  private roles: Uint8Array;
  private matchers: (RegExp | undefined)[] = [];
  private readonly scanner: TokenScanner;
  private readonly keywordForm = new RegExp(CODE_FORM_SOURCES.keyword, 'iy');
  /** per literal, its bytes (a filter token is compared with them as written) */
  private readonly written: Uint8Array[];
  /** per literal of a keyword form: how its characters are read (keywordFormOf) */
  private readonly forms: KeywordForm[];
  /** per literal: whether `HRESULT = 0x` starts with it as written (its filter token is then sure where that stands) */
  private readonly startsAssignment: boolean[];
  /** the code tokens of the line being read: where each stands, and its literal */
  private codeAt = new Int32Array(64);
  private codeId = new Uint8Array(64);
  /** where the placed marker words stand in the line being read, from its start */
  private readonly places: MarkerPlaces = { count: new Uint8Array(32), at: new Int32Array(32 * MAX_PLACES) };

  constructor(
    onLine: LineHandler,
    private readonly onRead: ReadLineHandler,
    filter: LineFilter,
    private readonly table: TokenTable,
  ) {
    super(onLine, filter);
    this.scanner = TokenScanner.create(table.literals)!;
    this.roles = table.roles;
    this.written = table.literals.map((l) => asciiBytes(l.text));
    this.forms = table.literals.map((l, id) => (table.roles[id] & KEYWORD ? keywordFormOf(l.text) : undefined));
    this.startsAssignment = table.literals.map((l) => RESULT_ASSIGNMENT_TEXT.startsWith(l.text));
  }

  override end(): void {
    super.end();
    this.scanner.release();
  }

  protected override scanFiltered(text: string, last: number): void {
    if (this.stickyOf !== this.filters) {
      this.stickyOf = this.filters;
      this.sticky = (this.filters ?? []).map((f) => new RegExp(f.source, 'my'));
      ({ roles: this.roles, matchers: this.matchers } = liveFilter(this.table, this.sticky.map((f) => f.source)));
      // a literal that stands for nothing any more (a found pattern's) is not searched
      const { marks } = this.table;
      this.scanner.searchOnly(Array.from(this.roles, (role, id) => role !== 0 || marks[id] !== 0));
    }
    // text[last] is a line end: every line scanned ends in one.
    this.scanner.setText(text, last + 1);
    this.scanTokens(text);
  }

  /**
   * The scan reports each line end among the tokens, in order: a line's tokens are gathered until
   * its end, and lines are counted there, with no search for where they start or end.
   */
  private scanTokens(text: string): void {
    const { roles } = this;
    const { marks: markOf, placed } = this.table;
    const scanner = this.scanner;
    const base = scanner.base;
    const bytes = scanner.text;
    let start = 0, hitAt = -1, marks = 0, patterns = 0, codes = 0;
    /** where the `0x` of the line's last `[HRESULT = 0x` stands */
    let resultAt = -1;
    for (let count = scanner.next(true); count >= 0; count = scanner.next(true)) {
      const pairs = scanner.pairs;
      for (let k = 0; k < count; k++) {
        const at = pairs[2 * k] - base;
        const id = pairs[2 * k + 1];
        if (id === LINE_END) {
          if (hitAt >= 0) this.read(text, start, at, hitAt, marks, patterns !== 0, codes);
          this.lineNo++;
          start = at + 1;
          hitAt = -1;
          marks = 0;
          patterns = 0;
          codes = 0;
          continue;
        }
        const role = roles[id];
        const mark = markOf[id];
        if (mark & placed) this.place(mark & placed, marks, at - start);
        marks |= mark;
        patterns |= role & PATTERN;
        // `HRESULT = 0x` as written holds the filter's `HRESULT` as written: its bytes are not compared twice.
        const assignment = (role & KEYWORD) !== 0 && isResultAssignmentAt(bytes, at);
        if (role & FILTER && hitAt < 0 && ((assignment && role & FILTER_AS_WRITTEN && this.startsAssignment[id]) || this.filterAt(text, at, id, role))) hitAt = at - start;
        if (!(role & (HEX | KEYWORD))) continue;
        if (!assignment) codes = this.codeToken(codes, at, at === resultAt ? id | AFTER_RESULT_PREFIX : id);
        else if (at > start && bytes[at - 1] === 91) resultAt = at + 10; // [
      }
    }
  }

  /** Notes where a placed marker word stands in the line being read (`marks`: the words it has so far). */
  private place(bits: number, marks: number, at: number): void {
    const { count, at: places } = this.places;
    for (; bits; bits &= bits - 1) {
      const bit = bits & -bits;
      const i = bitIndex(bit);
      const n = marks & bit ? count[i] : 0;
      if (n < MAX_PLACES) places[i * MAX_PLACES + n] = at;
      count[i] = n > MAX_PLACES ? n : n + 1;
    }
  }

  /** Notes a code token of the line being read; returns how many it has. */
  private codeToken(count: number, at: number, id: number): number {
    if (count === this.codeAt.length) {
      const [at, ids] = [new Int32Array(count * 2), new Uint8Array(count * 2)];
      at.set(this.codeAt);
      ids.set(this.codeId);
      [this.codeAt, this.codeId] = [at, ids];
    }
    this.codeAt[count] = at;
    this.codeId[count] = id;
    return count + 1;
  }

  /** Whether the line filter matches at a filter token: known from the token itself where its literal is a whole trigger alternative. */
  private filterAt(text: string, at: number, id: number, role: number): boolean {
    if (role & FILTER_SURE) return true;
    if (role & FILTER_AS_WRITTEN && writtenAt(this.scanner.text, at, this.written[id])) return true;
    const own = this.matchers[id];
    if (!own) return this.filterMatchesAt(text, at);
    own.lastIndex = at;
    return own.test(text);
  }

  private filterMatchesAt(text: string, at: number): boolean {
    for (const filter of this.sticky) {
      filter.lastIndex = at;
      if (filter.test(text)) return true;
    }
    return false;
  }

  /** Hands on the line `text[start, stop)`. */
  private read(text: string, start: number, stop: number, hitAt: number, marks: number, patternHere: boolean, codes: number): void {
    // Without its `\r`, read from the scan's bytes: a byte of 13 is that character.
    const end = stop > start && this.scanner.text[stop - 1] === 13 ? stop - 1 : stop;
    if (end - start > MAX_LINE_CHARS) return this.emit(text, start, stop, hitAt);
    this.inLongLine = false;
    const line = text.slice(start, end);
    this.onRead(line, this.lineNo, hitAt, this.codes(line, start, hitAt, codes), marks, patternHere, this.scanner.text, start, this.places);
  }

  /** The line's codes, as `extractCodes(line, false, hitAt)` finds them, matched only where its `count` code tokens start. */
  private codes(line: string, start: number, hitAt: number, count: number): CodeHit[] {
    if (count === 0) return NO_CODES;
    const { codeAt, codeId, forms } = this;
    const roles = this.table.roles;
    const bytes = this.scanner.text;
    // One hit, the common case, makes an array of its own size: a growing array starts with room for seventeen.
    let one: CodeHit | undefined;
    let hits: CodeHit[] | undefined;
    for (let k = 0; k < count; k++) {
      const at = codeAt[k];
      const id = codeId[k];
      if (!(roles[id & ID] & HEX) || at - start < hitAt || at - start >= line.length) continue;
      const hit = (id & AFTER_RESULT_PREFIX && cbsResultAfterPrefix(bytes, at, start)) || hexHit(bytes, at, start, line);
      if (!hit) continue;
      if (hits) hits.push(hit);
      else if (one) hits = [one, hit];
      else one = hit;
    }
    const hexHits = hits ? hits.length : one ? 1 : 0;
    let from = 0;
    for (let k = 0; k < count; k++) {
      const at = codeAt[k] - start;
      const id = codeId[k] & ID;
      if (!(roles[id] & KEYWORD) || at < from || at >= line.length) continue;
      const read = keywordAt(bytes, codeAt[k], start, line, forms[id]);
      if (read === null) continue;
      if (read) {
        from = read.end;
        (hits ??= one ? [one] : []).push(read.hit);
        continue;
      }
      this.keywordForm.lastIndex = at;
      const m = this.keywordForm.exec(line);
      if (!m) continue;
      from = at + Math.max(1, m[0].length);
      const hit = keywordHit(m);
      if (hit) (hits ??= one ? [one] : []).push(hit);
    }
    if (!hits) return one ? [one] : NO_CODES;
    if (hexHits && hits.length > hexHits) hits.sort((a, b) => a.index - b.index);
    return hits;
  }
}
