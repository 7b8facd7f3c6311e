import { ownCopy } from './own-copy.ts';

/** Update ids titled at most per file: a log cannot grow the map without end. */
const MAX_TITLES = 1000;
const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const TITLE = 'Title=';
const PRODUCT = ', ProductName=';
const ID = 'UpdateId=';
const LISTED_ID = 'UpdateId = ';

/**
 * The titles a WindowsUpdate.log gives update ids. The agent's API writes one line for each update
 * it hands on: `Title=Windows 11, version 24H2, ProductName=Client.OS.RS2.amd64,
 * UpdateId=AD27E52B-9E18-408A-9DF2-8688E5273FBF.1, FlightId=…`. An outcome that names its update
 * by id (a `LogHistory` record, a handler's result) takes its title from here: the title last
 * written (`Title = …`) is often another update's when the agent installs several. A title may
 * hold commas, so it ends where `, ProductName=` starts, found with indexOf, not a lazy regex.
 * The agent and its deployment also list each update on two lines, `Title = <title>` and on the
 * next line `UpdateId = <id>.<revision>`: every WindowsUpdate.log measured writes these.
 */
export class UpdateTitles {
  private readonly byId = new Map<string, string>();
  /** the last `Title = …` line: its title, and its line number */
  private listed?: { title: string; no: number };

  /** Reads the id and title of a line that gives both; other lines change nothing. */
  note(line: string): void {
    const at = line.indexOf(TITLE);
    const product = at < 0 ? -1 : line.indexOf(PRODUCT, at);
    const idAt = product < 0 ? -1 : line.indexOf(ID, product);
    if (idAt < 0) return;
    this.set(line.slice(idAt + ID.length, idAt + ID.length + 36), line.slice(at + TITLE.length, product).trim());
  }

  /** A `Title = …` line: its title is the id's that the next line gives. */
  noteListedTitle(title: string, no: number): void {
    this.listed = { title, no };
  }

  /** An `UpdateId = …` line: the id of the title on the line before, if that line gave one. */
  noteListedId(line: string, no: number): void {
    const listed = this.listed;
    const at = line.indexOf(LISTED_ID);
    if (!listed || listed.no !== no - 1 || at < 0) return;
    this.set(line.slice(at + LISTED_ID.length, at + LISTED_ID.length + 36), listed.title);
  }

  private set(rawId: string, title: string): void {
    const id = rawId.toUpperCase();
    if (!GUID.test(id) || title === '' || title === '(null)' || this.byId.get(id) === title) return;
    if (this.byId.size < MAX_TITLES || this.byId.has(id)) this.byId.set(id, ownCopy(title));
  }

  /** The title of an update id (upper case, no revision), when the log gave one. */
  of(id: string): string | undefined {
    return this.byId.get(id);
  }

  /** Whether the log gave `title` to an update other than `id`: read only at an update's result, a few times a log. */
  titlesAnother(title: string, id: string): boolean {
    for (const [other, given] of this.byId) if (given === title && other !== id) return true;
    return false;
  }
}
