/** The query in the page's URL (`?q=`), so a search can be shared as a link. One panel per page owns it. */
export const QUERY_PARAM = 'q';

/**
 * A settled query reaches the URL once typing pauses this long. Every URL change makes
 * Chromium fetch and decode the page icon again (~10 ms of the main thread), which would
 * otherwise land in the middle of the next query's search.
 */
export const URL_PAUSE_MS = 1000;

export const queryInUrl = (): string | null => new URL(location.href).searchParams.get(QUERY_PARAM);

let pending: { timer: ReturnType<typeof setTimeout>; write: () => void } | undefined;

function replaceQuery(text: string): void {
  const url = new URL(location.href);
  if ((url.searchParams.get(QUERY_PARAM) ?? '') === text) return;
  if (text) url.searchParams.set(QUERY_PARAM, text);
  else url.searchParams.delete(QUERY_PARAM);
  history.replaceState(history.state, '', url);
}

/** Puts the query in `?q=` (or removes it): now, or after the pause (`later`); either replaces a pending write. */
export function writeQueryToUrl(text: string, later = false): void {
  if (pending) clearTimeout(pending.timer);
  pending = undefined;
  if (!later) return replaceQuery(text);
  const write = () => {
    pending = undefined;
    replaceQuery(text);
  };
  pending = { timer: setTimeout(write, URL_PAUSE_MS), write };
}

/** Writes a pending query now: before leaving for a result, so that Back returns to the search. */
export function flushQueryUrl(): void {
  if (pending) clearTimeout(pending.timer);
  pending?.write();
}
