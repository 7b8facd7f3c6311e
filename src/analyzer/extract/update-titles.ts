import { ownCopy } from './own-copy.ts';

/** Update ids titled at most per file: a log cannot grow the map without end. */
const MAX_TITLES = 1000;
const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const TITLE = 'Title=';
const PRODUCT = ', ProductName=';
const ID = 'UpdateId=';

/**
 * The titles a WindowsUpdate.log gives update ids. The agent's API writes one line for each update
 * it hands on: `Title=Windows 11, version 24H2, ProductName=Client.OS.RS2.amd64,
 * UpdateId=AD27E52B-9E18-408A-9DF2-8688E5273FBF.1, FlightId=…`. An outcome that names its update
 * by id (a `LogHistory` record, a handler's result) takes its title from here: the title last
 * written (`Title = …`) is often another update's when the agent installs several. A title may
 * hold commas, so it ends where `, ProductName=` starts, found with indexOf, not a lazy regex.
 */
export class UpdateTitles {
  private readonly byId = new Map<string, string>();

  /** Reads the id and title of a line that gives both; other lines change nothing. */
  note(line: string): void {
    const at = line.indexOf(TITLE);
    const product = at < 0 ? -1 : line.indexOf(PRODUCT, at);
    const idAt = product < 0 ? -1 : line.indexOf(ID, product);
    if (idAt < 0) return;
    const id = line.slice(idAt + ID.length, idAt + ID.length + 36).toUpperCase();
    const title = line.slice(at + TITLE.length, product).trim();
    if (!GUID.test(id) || title === '' || title === '(null)' || this.byId.get(id) === title) return;
    if (this.byId.size < MAX_TITLES || this.byId.has(id)) this.byId.set(id, ownCopy(title));
  }

  /** The title of an update id (upper case, no revision), when the log gave one. */
  of(id: string): string | undefined {
    return this.byId.get(id);
  }
}
