/**
 * Drawing a big report in pieces. One task that builds thousands of elements keeps the page
 * from answering input and painting for as long as it runs (and its style and layout after
 * it): each piece here is small, and the browser gets the main thread back between pieces.
 */

/** Resolves in a new task, after the browser has had its turn (input, style, layout, paint). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Items of a long list drawn at once, and per click on "show more". */
export const LIST_STEP = 50;

/** A part of the result: drawn at once, or its element now and the rest in `steps`, a task apart. */
export type Drawn = HTMLElement | { element: HTMLElement; steps: Iterable<void> };
